// Shortest alliance paths, articulation points, bridges and components on hand-built graphs with the answers written out.
import { describe, expect, it } from 'vitest';
import { articulationPoints, bridges, connectedComponents, shortestPaths } from '../../../src/analysis/paths';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset } from '../../../src/model/types';
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

describe('shortestPaths', () => {
  it('walks Gapland from ee1 to se1 with the agreements behind each step', () => {
    expect(shortestPaths(clique, 'ee1', 'se1')).toEqual({
      distance: 4,
      truncated: false,
      paths: [
        {
          actors: ['ee1', 'fi1', 'fi2', 'lv2', 'se1'],
          steps: [
            { from: 'ee1', to: 'fi1', agreements: ['a1'] },
            { from: 'fi1', to: 'fi2', agreements: ['a3'] },
            { from: 'fi2', to: 'lv2', agreements: ['a2'] },
            { from: 'lv2', to: 'se1', agreements: ['a4'] },
          ],
        },
      ],
    });
  });

  it('folds the agreement node of the hub projection into one step', () => {
    const result = shortestPaths(hub, 'fi2', 'lv2');
    expect(result.distance).toBe(2);
    expect(result.paths).toEqual([{ actors: ['fi2', 'lv2'], steps: [{ from: 'fi2', to: 'lv2', agreements: ['a2'] }] }]);
  });

  it('returns every equally short path, up to the limit', () => {
    const graph = buildActorGraph(square(), emptyFilters());
    const both = shortestPaths(graph, 'a', 'c');
    expect(both.distance).toBe(2);
    expect(both.paths.map((p) => p.actors).sort()).toEqual([
      ['a', '__proto__', 'c'],
      ['a', 'constructor', 'c'],
    ]);
    expect(both.paths.find((p) => p.actors[1] === 'constructor')?.steps[0]?.agreements).toEqual(['da', 'da2']);
    const one = shortestPaths(graph, 'a', 'c', 1);
    expect([one.paths.length, one.truncated]).toEqual([1, true]);
  });

  it('says unreachable with a null distance, and unknown actors likewise', () => {
    const graph = buildActorGraph(square(), emptyFilters());
    expect(shortestPaths(graph, 'a', 'e')).toEqual({ distance: null, paths: [], truncated: false });
    expect(shortestPaths(graph, 'a', 'nobody').distance).toBeNull();
    expect(shortestPaths(graph, 'e', 'e').distance).toBe(0);
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
