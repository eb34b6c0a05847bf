// Filter changes: stored at once for a small dataset, prepared a step per task for a large one, the latest change winning.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import type { Filters } from '../../../src/model/types';
import { applyLinkState, applyLoadResult } from '../../../src/state/actions';
import { setFilters, setYear, shownFilters } from '../../../src/state/filters';
import { addPreparer, PREPARE_FROM } from '../../../src/state/prepare';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { sceneOf } from '../../../src/view/graph-scene';

const big = generateDataset({ actors: PREPARE_FROM, agreements: 3000, seed: 7 });
const small = generateDataset({ actors: 30, agreements: 60, seed: 3 });
const countryOf = (index: number): string => big.actors[index]!.country;

/** Every filters object the store's view held, in order (from the moment this is called). */
function storedFilters(): { list: Filters[]; stop: () => void } {
  const list: Filters[] = [];
  const stop = useAtlas.subscribe((state, previous) => {
    if (state.view.filters !== previous.view.filters) list.push(state.view.filters);
  });
  return { list, stop };
}

const removals: Array<() => void> = [];
beforeEach(() => resetAtlas());
afterEach(() => removals.splice(0).forEach((remove) => remove()));

describe('a filter change on a small dataset', () => {
  it('is stored before setFilters returns, with nothing pending', () => {
    applyLoadResult({ ok: true, dataset: small, warnings: [] }, 'small');
    const version = useAtlas.getState().graphVersion;
    void setFilters({ year: 2012 });
    const state = useAtlas.getState();
    expect(state.view.filters.year).toBe(2012);
    expect(state.pendingFilters).toBeNull();
    expect(state.graphVersion).toBe(version + 1);
  });
});

describe(`a filter change on a dataset of ${PREPARE_FROM} actors`, () => {
  beforeEach(() => void applyLoadResult({ ok: true, dataset: big, warnings: [] }, 'big'));

  it('shows the new filters to the controls at once and stores them once the scene is prepared', async () => {
    const country = countryOf(0);
    const done = setFilters({ countries: [country] });
    const now = useAtlas.getState();
    expect(now.view.filters.countries).toEqual([]);
    expect(now.pendingFilters?.countries).toEqual([country]);
    expect(shownFilters(now).countries).toEqual([country]);
    await done;
    const after = useAtlas.getState();
    expect(after.view.filters.countries).toEqual([country]);
    expect(after.pendingFilters).toBeNull();
  });

  it('stores the state whose scene the steps computed: the render reads the prepared elements, not a copy', async () => {
    let prepared: unknown = null;
    let storedDuringSteps = false;
    removals.push(
      addPreparer((state) => [
        () => {
          storedDuringSteps ||= useAtlas.getState().view.filters.countries.length > 0;
          prepared = sceneOf(state)?.elements ?? null;
        },
      ]),
    );
    await setFilters({ countries: [countryOf(0)] });
    expect(storedDuringSteps).toBe(false);
    expect(prepared).not.toBeNull();
    expect(sceneOf(useAtlas.getState())?.elements).toBe(prepared);
  });

  it('stores only the latest of two quick changes, which keeps the first change it was laid over', async () => {
    const stored = storedFilters();
    const first = setYear(2012);
    const second = setFilters({ countries: [countryOf(1)] });
    await Promise.all([first, second]);
    stored.stop();
    expect(stored.list).toHaveLength(1);
    expect(stored.list[0]).toMatchObject({ year: 2012, countries: [countryOf(1)] });
    expect(useAtlas.getState().pendingFilters).toBeNull();
  });

  it('drops a change still being prepared when a link lays its own view over it', async () => {
    const change = setFilters({ countries: [countryOf(2)] });
    applyLinkState({ filters: { ...useAtlas.getState().view.filters, year: 2015 } });
    expect(useAtlas.getState().pendingFilters).toBeNull();
    await change;
    const { filters } = useAtlas.getState().view;
    expect(filters.year).toBe(2015);
    expect(filters.countries).toEqual([]);
  });

  it('drops a change still being prepared when another dataset is loaded', async () => {
    const change = setFilters({ countries: [countryOf(3)] });
    applyLoadResult({ ok: true, dataset: small, warnings: [] }, 'small');
    await change;
    const state = useAtlas.getState();
    expect(state.dataset).toBe(small);
    expect(state.pendingFilters).toBeNull();
    expect(state.view.filters.countries).toEqual([]);
  });
});
