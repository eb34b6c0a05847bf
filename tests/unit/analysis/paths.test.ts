// Shortest alliance paths (the path finder's report), the "no path" bridge suggestion, focus neighbourhoods,
// articulation points, bridges and components, on hand-built graphs with the answers written out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allShortestPaths,
  articulationPoints,
  bridges,
  connectedComponents,
  neighbourhood,
  pathReport,
} from '../../../src/analysis/paths';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Actor, type Agreement, type Dataset } from '../../../src/model/types';
import { gapland } from './gapland';

const clique = buildActorGraph(gapland(), emptyFilters());
const hub = buildActorGraph(gapland(), emptyFilters(), 'hub');

/** a–b–c–d–a, plus e on its own; ids that are Object.prototype names must behave like any other. */
const square = (): Dataset => ({
  format: 'alliance-graph@1',
  actors: ['a', '__proto__', 'c', 'constructor', 'e'].map((id) => ({ id, label: id, kind: 'cluster', country: 'FI' })),
  agreements: [
    { id: 'ab', kind: 'bilateral', parties: ['a', '__proto__'] },
    { id: 'bc', kind: 'bilateral', parties: ['__proto__', 'c'] },
    { id: 'cd', kind: 'bilateral', parties: ['c', 'constructor'] },
    { id: 'da', kind: 'bilateral', parties: ['constructor', 'a'] },
    { id: 'da2', kind: 'other', parties: ['a', 'constructor'] },
  ],
});

describe('pathReport on the hub projection and Gapland', () => {
  it('walks Gapland from ee1 to se1 with the agreements behind each step', () => {
    expect(pathReport(clique, 'ee1', 'se1')).toEqual({
      kind: 'found',
      length: 4,
      truncated: false,
      paths: [['ee1', 'fi1', 'fi2', 'lv2', 'se1']],
      steps: [
        [
          { from: 'ee1', to: 'fi1', agreements: ['a1'] },
          { from: 'fi1', to: 'fi2', agreements: ['a3'] },
          { from: 'fi2', to: 'lv2', agreements: ['a2'] },
          { from: 'lv2', to: 'se1', agreements: ['a4'] },
        ],
      ],
    });
  });

  it('folds the agreement node of the hub projection into one step, which is not a stop', () => {
    expect(pathReport(hub, 'fi2', 'lv2')).toEqual({
      kind: 'found',
      length: 1,
      truncated: false,
      paths: [['fi2', 'lv2']],
      steps: [[{ from: 'fi2', to: 'lv2', agreements: ['a2'] }]],
    });
    expect(pathReport(hub, 'ee1', 'se1')).toMatchObject({ kind: 'found', length: 4 });
  });

  it('returns every equally short path with all agreements of a tie, up to the limit', () => {
    const graph = buildActorGraph(square(), emptyFilters());
    const both = pathReport(graph, 'a', 'c');
    expect(both.kind === 'found' && both.length).toBe(2);
    if (both.kind !== 'found') return;
    expect([...both.paths].sort()).toEqual([
      ['a', '__proto__', 'c'],
      ['a', 'constructor', 'c'],
    ]);
    expect(both.steps.find((steps) => steps[0]?.to === 'constructor')?.[0]?.agreements).toEqual(['da', 'da2']);
    const one = pathReport(graph, 'a', 'c', 1);
    expect(one.kind === 'found' && [one.paths.length, one.truncated]).toEqual([1, true]);
  });

  it('names the unreachable isolate’s part and the other part when no path exists', () => {
    const graph = buildActorGraph(square(), emptyFilters());
    expect(pathReport(graph, 'a', 'e')).toMatchObject({ kind: 'none', bridge: { sourcePart: 4, targetPart: 1 } });
    expect(pathReport(hub, 'ee1', 'ee1')).toEqual({ kind: 'same' });
  });
});

describe('structure', () => {
  it('finds the articulation points and bridges of Gapland', () => {
    // ee1–fi1–fi2–{lv1,lv2 triangle}–se1: fi1, fi2 and lv2 each hold a part on.
    expect(articulationPoints(clique).sort()).toEqual(['fi1', 'fi2', 'lv2']);
    expect(bridges(clique)).toEqual([
      { actors: ['fi1', 'fi2'], agreements: ['a3'] },
      { actors: ['fi1', 'ee1'], agreements: ['a1'] },
      { actors: ['lv2', 'se1'], agreements: ['a4'] },
    ]);
  });

  it('has no cut point in a cycle, and splits the isolate off as its own component', () => {
    const graph = buildActorGraph(square(), emptyFilters());
    expect(articulationPoints(graph)).toEqual([]);
    expect(bridges(graph)).toEqual([]);
    expect(connectedComponents(graph)).toEqual([['a', '__proto__', 'c', 'constructor'], ['e']]);
  });

  it('leaves agreement nodes out of the hub projection’s components and cut points', () => {
    expect(connectedComponents(hub)).toEqual([['fi1', 'fi2', 'ee1', 'lv1', 'lv2', 'se1']]);
    expect(articulationPoints(hub).sort()).toEqual(['fi1', 'fi2', 'lv2']);
  });
});

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

describe('the sample story "From Riga to Silicon Valley"', () => {
  it('finds the two 2-step chains from the Latvian IT Cluster to Nordic Innovation House Silicon Valley', () => {
    const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
    const report = pathReport(buildActorGraph(sample, emptyFilters()), 'latvian-it-cluster', 'nih-sv');
    expect(report).toMatchObject({
      kind: 'found',
      length: 2,
      truncated: false,
      paths: [
        ['latvian-it-cluster', 'innovation-norway', 'nih-sv'],
        ['latvian-it-cluster', 'vinnova', 'nih-sv'],
      ],
    });
    if (report.kind !== 'found') return;
    expect(report.steps[0]?.[1]).toEqual({
      from: 'innovation-norway',
      to: 'nih-sv',
      agreements: ['nih-silicon-valley'],
    });
  });
});
