// A large dataset's first render prepared a step per task: the order, the stop on a newer load, and that the stored state's scene is the prepared one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { parseDatasetText } from '../../../src/model/validate';
import { applyLoadResult, setFilters, stateAfterLoad } from '../../../src/state/actions';
import { loadDatasetFromUrl, type Fetcher } from '../../../src/state/load';
import {
  addPreparer as addAppPreparer,
  prepareInTasks,
  PREPARE_FROM,
  STEP_BUDGET_MS,
  type Preparer,
} from '../../../src/state/prepare';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { datasetIndex } from '../../../src/view/dataset-index';
import { sceneOf } from '../../../src/view/graph-scene';
import type { ParseClient } from '../../../src/worker/parse-client';

const big = generateDataset({ actors: PREPARE_FROM, agreements: 3000, seed: 7 });

/** The waits prepareInTasks makes, counted, each a real later task. */
function countedWaits(): { wait: () => Promise<void>; count: () => number } {
  let waits = 0;
  return {
    wait: () => {
      waits++;
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
    count: () => waits,
  };
}

/** Preparers this file adds, removed after each test so none runs in the next. */
const added: Array<() => void> = [];
const addPreparer = (preparer: Preparer): void => void added.push(addAppPreparer(preparer));

beforeEach(() => resetAtlas());
afterEach(() => added.splice(0).forEach((remove) => remove()));

describe('prepareInTasks', () => {
  it('with no time budget runs every registered step after its own wait, in registration order', async () => {
    const ran: Array<[string, number]> = [];
    const waits = countedWaits();
    addPreparer(() => [() => ran.push(['a1', waits.count()]), () => ran.push(['a2', waits.count()])]);
    addPreparer(() => [() => ran.push(['b1', waits.count()])]);
    await prepareInTasks(stateAfterLoad(useAtlas.getState(), big, [], 'big'), () => true, {
      wait: waits.wait,
      budgetMs: 0,
    });
    // The app's own preparers (scene, layout, index: registered when their modules loaded) run first; these three
    // run last, in order, each after one more wait than the step before it.
    expect(ran.map(([name]) => name)).toEqual(['a1', 'a2', 'b1']);
    const [[, first], [, second], [, third]] = ran as [[string, number], [string, number], [string, number]];
    expect([second - first, third - second]).toEqual([1, 1]);
    // And one more wait after the last step, which used the (zero) budget: the caller stores in a task of its own.
    expect(third).toBe(waits.count() - 1);
  });

  it('runs steps that fit the time budget in one task, and waits once the steps since the last wait used it up', async () => {
    const ran: Array<[string, number]> = [];
    const waits = countedWaits();
    let clock = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      addPreparer(() => [
        () => ran.push(['quick 1', waits.count()]),
        () => ran.push(['quick 2', waits.count()]),
        () => {
          ran.push(['slow', waits.count()]);
          clock += STEP_BUDGET_MS;
        },
        () => ran.push(['after the slow one', waits.count()]),
      ]);
      await prepareInTasks(stateAfterLoad(useAtlas.getState(), big, [], 'big'), () => true, { wait: waits.wait });
    } finally {
      spy.mockRestore();
    }
    const last = waits.count();
    // The app's own steps ran first (on this frozen clock, all in the first task); then these four.
    expect(ran).toEqual([
      ['quick 1', last - 1],
      ['quick 2', last - 1],
      ['slow', last - 1],
      ['after the slow one', last],
    ]);
  });

  it('waits once more after a last step that used the budget, and not after a last step that took no time', async () => {
    const waits = countedWaits();
    let clock = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const waitsAfterLast: number[] = [];
    try {
      for (const slow of [true, false]) {
        let atLast = -1;
        const remove = addAppPreparer(() => [
          () => {
            atLast = waits.count();
            if (slow) clock += STEP_BUDGET_MS;
          },
        ]);
        await prepareInTasks(stateAfterLoad(useAtlas.getState(), big, [], 'big'), () => true, { wait: waits.wait });
        remove();
        waitsAfterLast.push(waits.count() - atLast);
      }
    } finally {
      spy.mockRestore();
    }
    expect(waitsAfterLast).toEqual([1, 0]);
  });

  it('stops before the next step once a newer load no longer wants it', async () => {
    const ran: number[] = [];
    let wanted = true;
    addPreparer(() => [
      () => ran.push(1),
      () => {
        ran.push(2);
        wanted = false;
      },
      () => ran.push(3),
    ]);
    await prepareInTasks(stateAfterLoad(useAtlas.getState(), big, [], 'big'), () => wanted);
    expect(ran).toEqual([1, 2]);
  });

  it('goes on past a step that throws (the render computes it again and reports it)', async () => {
    const ran: string[] = [];
    addPreparer(() => [
      () => {
        throw new Error('bad step');
      },
      () => ran.push('after'),
    ]);
    await expect(prepareInTasks(stateAfterLoad(useAtlas.getState(), big, [], 'big'), () => true)).resolves.toBe(
      undefined,
    );
    expect(ran).toEqual(['after']);
  });
});

describe('a prepared load', () => {
  it('stores the state the scene was prepared for: the first render finds the prepared elements and index', async () => {
    setFilters({ countries: [big.actors[0]!.country] });
    const next = stateAfterLoad(useAtlas.getState(), big, [], 'big');
    await prepareInTasks(next, () => true);
    const prepared = sceneOf(next)!;
    applyLoadResult({ ok: true, dataset: big, warnings: [] }, 'big');
    const stored = sceneOf(useAtlas.getState())!;
    // The same objects, not equal copies: the render reads what the steps computed.
    expect(stored.elements).toBe(prepared.elements);
    expect(stored.ties).toBe(prepared.ties);
    expect(stored.filtered.actors.length).toBeLessThan(big.actors.length);
    expect(datasetIndex(big)).toBe(datasetIndex(big));
  });

  it('loads a dataset of PREPARE_FROM actors from a URL with every step done before it is stored', async () => {
    const text = JSON.stringify(big);
    const fetcher: Fetcher = async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => text });
    const parser: ParseClient = {
      parse: async (raw) => parseDatasetText(raw),
      warm: () => undefined,
      dispose: () => undefined,
    };
    let storedWhilePreparing = false;
    addPreparer(() => [() => (storedWhilePreparing ||= useAtlas.getState().dataset !== null)]);
    const ok = await loadDatasetFromUrl('/big.json', { base: 'http://localhost/', fetcher, parser });
    expect(ok).toBe(true);
    expect(storedWhilePreparing).toBe(false);
    expect(useAtlas.getState().dataset?.actors).toHaveLength(PREPARE_FROM);
  });

  it('stores nothing when a newer load starts while the first is being prepared', async () => {
    const text = JSON.stringify(big);
    const small = generateDataset({ actors: 20, agreements: 30, seed: 1 });
    const fetcherOf =
      (body: string): Fetcher =>
      async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => body });
    const parser: ParseClient = {
      parse: async (raw) => parseDatasetText(raw),
      warm: () => undefined,
      dispose: () => undefined,
    };
    let second: Promise<boolean> | null = null;
    addPreparer(() => [
      () => {
        second ??= loadDatasetFromUrl('/small.json', {
          base: 'http://localhost/',
          fetcher: fetcherOf(JSON.stringify(small)),
          parser,
        });
      },
    ]);
    const first = await loadDatasetFromUrl('/big.json', {
      base: 'http://localhost/',
      fetcher: fetcherOf(text),
      parser,
    });
    expect(first).toBe(false);
    expect(await second).toBe(true);
    expect(useAtlas.getState().dataset?.actors).toHaveLength(20);
  });
});
