// earlyPrepare: a large parsed dataset's first view prepared while the worker validates it, stopped by an invalid verdict.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import type { Dataset } from '../../../src/model/types';
import { applyLoadResult } from '../../../src/state/actions';
import { earlyPrepare } from '../../../src/state/early-prepare';
import { addPreparer, PREPARE_FROM } from '../../../src/state/prepare';
import { resetAtlas, useAtlas } from '../../../src/state/store';

const big = (seed: number): Dataset => generateDataset({ actors: PREPARE_FROM, agreements: 2000, seed });
const asCandidate = (dataset: Dataset): Record<string, unknown> => dataset as unknown as Record<string, unknown>;

/** What the test preparer's steps saw: the dataset of the state they were given, and the store's at that moment. */
let seen: Array<{ prepared: Dataset | null; stored: Dataset | null }> = [];
let remove = (): void => undefined;

beforeEach(() => {
  resetAtlas();
  seen = [];
  const step = (dataset: Dataset | null) => () =>
    void seen.push({ prepared: dataset, stored: useAtlas.getState().dataset });
  remove = addPreparer(({ dataset }) => [step(dataset), step(dataset), step(dataset)]);
});
afterEach(() => remove());

describe('earlyPrepare', () => {
  it('prepares a large parsed dataset before it is stored, and settle with that dataset waits for every step', async () => {
    const candidate = big(1);
    const early = earlyPrepare('big.json', () => true);
    early.onParsed(asCandidate(candidate));
    await early.settle(candidate);
    expect(seen).toHaveLength(3);
    expect(seen.every(({ prepared, stored }) => prepared === candidate && stored === null)).toBe(true);
  });

  it('stops at its next step when the verdict is invalid, and settle does not wait for it', async () => {
    const early = earlyPrepare('big.json', () => true);
    early.onParsed(asCandidate(big(1)));
    await early.settle(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });

  it('stops when its load is no longer the latest', async () => {
    let latest = true;
    const early = earlyPrepare('big.json', () => latest);
    const candidate = big(1);
    early.onParsed(asCandidate(candidate));
    latest = false;
    await early.settle(candidate);
    expect(seen).toEqual([]);
  });

  it('prepares nothing while a large dataset is on screen, whose memos the steps would replace', async () => {
    applyLoadResult({ ok: true, dataset: big(2), warnings: [] }, 'shown.json');
    const candidate = big(1);
    const early = earlyPrepare('big.json', () => true);
    early.onParsed(asCandidate(candidate));
    await early.settle(candidate);
    expect(seen).toEqual([]);
  });

  it(`prepares nothing for a dataset of fewer than ${PREPARE_FROM} actors, nor for a value without an actors list`, async () => {
    const small = generateDataset({ actors: PREPARE_FROM - 1, agreements: 2000, seed: 1 });
    for (const value of [asCandidate(small), { agreements: [] }]) {
      const early = earlyPrepare('small.json', () => true);
      early.onParsed(value);
      await early.settle(value as unknown as Dataset);
    }
    expect(seen).toEqual([]);
  });
});
