// Shortest alliance paths, the "no path" bridge suggestion, focus neighbourhoods and the year span.
import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Actor, type Agreement, type Dataset } from '../../../src/model/types';
import { allShortestPaths, neighbourhood, pathReport } from '../../../src/view/explorer/paths';
import { yearSpan } from '../../../src/view/explorer/years';

const actor = (id: string, country = 'FI'): Actor => ({ id, label: id.toUpperCase(), kind: 'cluster', country });
const tie = (id: string, a: string, b: string, extra: Partial<Agreement> = {}): Agreement => ({
  id,
  kind: 'bilateral',
  parties: [a, b],
  ...extra,
});
// A diamond a–b–d, a–c–d (two equally short paths), a tail d–e, and a separate pair x–y plus lone z.
const dataset: Dataset = {
  format: 'alliance-graph@1',
  asOf: '2014-03',
  actors: ['a', 'b', 'c', 'd', 'e', 'x', 'y', 'z', '__proto__'].map((id) => actor(id)),
  agreements: [
    tie('ab', 'a', 'b', { since: 2009 }),
    tie('ac', 'a', 'c', { since: '2010-05-01', until: 2012 }),
    tie('bd', 'b', 'd'),
    tie('bd2', 'b', 'd', { kind: 'sister-city' }),
    tie('cd', 'c', 'd'),
    tie('de', 'd', 'e'),
    tie('xy', 'x', 'y'),
    tie('yp', 'y', '__proto__'),
  ],
};
const graph = buildActorGraph(dataset, emptyFilters());

describe('pathReport', () => {
  it('lists every equally short path with the agreements behind each step', () => {
    const report = pathReport(graph, 'a', 'e');
    expect(report.kind).toBe('found');
    if (report.kind !== 'found') return;
    expect(report.length).toBe(3);
    expect(report.paths).toEqual([
      ['a', 'b', 'd', 'e'],
      ['a', 'c', 'd', 'e'],
    ]);
    expect(report.steps[0]).toEqual([
      { from: 'a', to: 'b', agreements: ['ab'] },
      { from: 'b', to: 'd', agreements: ['bd', 'bd2'] },
      { from: 'd', to: 'e', agreements: ['de'] },
    ]);
    expect(report.truncated).toBe(false);
  });

  it('stops at the limit and says so', () => {
    const report = pathReport(graph, 'a', 'd', 1);
    expect(report.kind === 'found' && report.paths.length === 1 && report.truncated).toBe(true);
    expect(allShortestPaths(graph, 'a', 'd', 5)).toHaveLength(2);
  });

  it('suggests the best-connected actor of each part when no path exists', () => {
    const scores = new Map([
      ['d', 0.5],
      ['b', 0.2],
    ]);
    const score = (id: string): number | null => scores.get(id) ?? 0;
    const report = pathReport(graph, 'e', 'x', 10, score);
    expect(report).toEqual({
      kind: 'none',
      bridge: { sourceSide: 'd', targetSide: 'y', sourcePart: 5, targetPart: 3 },
    });
    // Without scores, degree decides: y has two partners, x and __proto__ one each.
    expect(pathReport(graph, 'z', '__proto__')).toEqual({
      kind: 'none',
      bridge: { sourceSide: 'z', targetSide: 'y', sourcePart: 1, targetPart: 3 },
    });
  });

  it('reports unknown actors and the same actor twice', () => {
    expect(pathReport(graph, 'a', 'nobody')).toEqual({ kind: 'missing', missing: ['nobody'] });
    expect(pathReport(graph, 'a', 'a')).toEqual({ kind: 'same' });
  });
});

describe('neighbourhood', () => {
  it('keeps the actor and its partners within one or two hops', () => {
    expect([...neighbourhood(graph, 'a', 1)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(graph, 'a', 2)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...neighbourhood(graph, '__proto__', 2)].sort()).toEqual(['__proto__', 'x', 'y']);
    expect(neighbourhood(graph, 'nobody', 1).size).toBe(0);
  });
});

describe('yearSpan', () => {
  it('spans the since and until years (dates by their year), reaching asOf for open agreements', () => {
    expect(yearSpan(dataset)).toEqual([2009, 2014]);
    expect(yearSpan({ agreements: dataset.agreements })).toEqual([2009, 2012]);
    expect(yearSpan({ agreements: [tie('q', 'a', 'b')] })).toBeNull();
  });
});
