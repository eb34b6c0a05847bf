// The store's actions: good loads replace the dataset, bad ones keep it; selectors are memoised on identity.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyLinkState,
  loadDatasetFromText,
  reportLoadFailure,
  selectActor,
  setFilters,
  setProjection,
} from './actions';
import { actorGraphOf, countsOf, filteredOf, metricValuesOf, tiesOf } from './derived';
import { resetAtlas, useAtlas, type AtlasState } from './store';

const good = (title: string, extraActor = 'c') =>
  JSON.stringify({
    format: 'alliance-graph@1',
    title,
    sectors: [
      { id: 'health', label: 'Health' },
      { id: 'cleantech', label: 'Cleantech' },
    ],
    actors: [
      { id: 'a', label: 'A', kind: 'cluster', country: 'FI', sectors: ['health'] },
      { id: 'b', label: 'B', kind: 'agency', country: 'SE' },
      { id: extraActor, label: 'C', kind: 'cluster', country: 'SE', sectors: ['cleantech'] },
    ],
    agreements: [
      { id: 'ab', kind: 'bilateral', parties: ['a', 'b'], weight: 2 },
      { id: 'abc', kind: 'multilateral', parties: ['a', 'b', extraActor] },
    ],
  });

beforeEach(resetAtlas);

describe('loading', () => {
  it('replaces the dataset on a good file and bumps both versions', () => {
    expect(loadDatasetFromText(good('First'), 'first.json').ok).toBe(true);
    const state = useAtlas.getState();
    expect(state.dataset?.title).toBe('First');
    expect(state.source).toBe('first.json');
    expect([state.datasetVersion, state.graphVersion]).toEqual([1, 1]);
  });

  it('keeps the previous dataset when a bad file comes after it, and lists the problems', () => {
    loadDatasetFromText(good('First'), 'first.json');
    const before = useAtlas.getState().dataset;
    const bad = JSON.stringify({
      format: 'alliance-graph@1',
      actors: [],
      agreements: [{ id: 'x', kind: 'bilateral', parties: ['nobody', 'a'] }],
    });
    expect(loadDatasetFromText(bad, 'bad.json').ok).toBe(false);
    const state = useAtlas.getState();
    expect(state.dataset).toBe(before);
    expect(state.datasetVersion).toBe(1);
    expect(state.failure?.source).toBe('bad.json');
    expect(state.failure?.problems.map((p) => p.pointer)).toContain('/agreements/0/parties/0');
    loadDatasetFromText(good('Second'), 'second.json');
    expect(useAtlas.getState().failure).toBeNull();
  });

  it('reports a failure that is not about content as one problem', () => {
    reportLoadFailure('https://example.org/x.json', 'HTTP 404', 'server');
    expect(useAtlas.getState().failure).toEqual({
      source: 'https://example.org/x.json',
      kind: 'server',
      problems: [{ severity: 'error', pointer: '', message: 'HTTP 404' }],
    });
  });

  it('keeps a selection that still exists in the new dataset and drops one that does not', () => {
    loadDatasetFromText(good('First'), 'first.json');
    selectActor('c');
    loadDatasetFromText(good('Again'), 'again.json');
    expect(useAtlas.getState().view.selected).toBe('c');
    loadDatasetFromText(good('Other', 'z'), 'other.json');
    expect(useAtlas.getState().view.selected).toBeNull();
  });

  it('holds a link state until the dataset arrives, then checks it against the data', () => {
    applyLinkState({ selected: 'b', focus: 'ghost' });
    expect(useAtlas.getState().view.selected).toBe('b');
    loadDatasetFromText(good('First'), 'first.json');
    expect(useAtlas.getState().view.selected).toBe('b');
    expect(useAtlas.getState().view.focus).toBeNull();
  });
});

/** The filtered dataset and actor graph of a store state, as the panels and exports read them. */
function graphOfState(state: AtlasState) {
  if (state.dataset === null) return null;
  const filtered = filteredOf(state.dataset, state.view.filters);
  return { filtered, graph: actorGraphOf(filtered, state.view.projection) };
}

describe('derived data', () => {
  it('counts actors, agreements and countries after filters', () => {
    loadDatasetFromText(good('First'), 'first.json');
    const all = graphOfState(useAtlas.getState());
    expect(all && countsOf(all.filtered)).toEqual({ actors: 3, agreements: 2, countries: 2 });
    setFilters({ countries: ['SE'] });
    const se = graphOfState(useAtlas.getState());
    // Only b and c pass; "ab" keeps one party and drops out, "abc" keeps two.
    expect(se && countsOf(se.filtered)).toEqual({ actors: 2, agreements: 1, countries: 1 });
    expect(useAtlas.getState().graphVersion).toBe(2);
  });

  it('returns the same graph object until the dataset, filters or projection change', () => {
    loadDatasetFromText(good('First'), 'first.json');
    const first = graphOfState(useAtlas.getState())?.graph;
    selectActor('a');
    expect(graphOfState(useAtlas.getState())?.graph).toBe(first);
    setProjection('hub');
    const hub = graphOfState(useAtlas.getState())?.graph;
    expect(hub).not.toBe(first);
    expect(hub?.order).toBe(4);
  });

  it('reads degree and strength off the ties, and leaves other metrics null until analysed', () => {
    loadDatasetFromText(good('First'), 'first.json');
    const state = useAtlas.getState();
    const built = graphOfState(state);
    if (!built || !state.dataset) throw new Error('no graph');
    const graph = tiesOf(state.dataset, built.filtered, state.view.projection);
    expect([...metricValuesOf(graph, 'degree', null, state.graphVersion)]).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
    // a–b: bilateral weight 2 + multilateral weight 1; a–c: 1.
    expect(metricValuesOf(graph, 'strength', null, state.graphVersion).get('a')).toBe(4);
    expect(metricValuesOf(graph, 'betweenness', null, state.graphVersion).get('a')).toBeNull();
  });
});
