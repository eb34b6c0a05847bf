// Level of detail: over the budget it draws each actor's strongest tie, then the heaviest; it hides lines, never changes a number.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { actorIdOf, buildActorGraph, isHubKey } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import {
  buildElements,
  edgeId,
  type EdgeElement,
  type GraphElements,
  type NodeElement,
} from '../../../src/render/elements';
import { encodeNodes } from '../../../src/render/encoding';
import { EDGE_BUDGET, levelOfDetail, lodNote, rankEdges, tiesAlsoDrawn } from '../../../src/render/lod';
import { tieElement } from '../render/tie-element';

const node = (id: string): NodeElement => ({
  group: 'nodes',
  data: { id, label: id, type: 'actor', color: '#000000', size: 14 },
});

/** A hub with heavy spokes, and a pair (x, y) joined only by a light tie. */
function fixture(): GraphElements {
  return {
    nodes: ['hub', 'a', 'b', 'c', 'x', 'y'].map(node),
    edges: [
      tieElement('hub', 'a', 5),
      tieElement('hub', 'b', 4),
      tieElement('hub', 'c', 3),
      tieElement('a', 'b', 2),
      tieElement('x', 'y', 1),
    ],
    lineKinds: ['bilateral'],
  };
}

/** Elements of a generated network, as the app builds them (metric-free encoding keeps the test fast). */
function generated(actors: number, agreements: number): GraphElements {
  const graph = buildActorGraph(generateDataset({ actors, agreements, seed: 11 }), emptyFilters(), 'clique');
  const ids = graph.filterNodes((key) => !isHubKey(key)).map(actorIdOf);
  const degree = new Map(ids.map((id) => [id, graph.degree(id)]));
  const encoding = encodeNodes(
    ids,
    { type: 'metric', title: 'Degree', values: degree },
    { title: 'Degree', values: degree },
  );
  return buildElements(graph, encoding, new Map());
}

// The generated networks take seconds to build on a shared 2-core machine.
describe('levelOfDetail', { timeout: 30_000 }, () => {
  it('passes everything through under the budget or when all is asked for', () => {
    const elements = fixture();
    expect(levelOfDetail(elements, { budget: 5 })).toEqual({ elements, totalEdges: 5, hiddenEdges: 0 });
    expect(levelOfDetail(elements, { budget: 1, showAll: true }).elements).toBe(elements);
    expect(lodNote(levelOfDetail(elements, { budget: 5 }))).toBeNull();
  });

  it("keeps each actor's strongest tie before heavier ties elsewhere", () => {
    // By weight alone a budget of 4 would take a-b and leave x and y looking isolated; the
    // strongest-tie pass takes x-y (their only tie) instead.
    const lod = levelOfDetail(fixture(), { budget: 4 });
    expect(lod.elements.edges.map((e) => e.data.id)).toEqual(['hub-a', 'hub-b', 'hub-c', 'x-y']);
    expect(lod.hiddenEdges).toBe(1);
    const tight = levelOfDetail(fixture(), { budget: 2 });
    expect(tight.elements.edges.map((e) => e.data.id)).toEqual(['hub-a', 'hub-b']);
    expect(lodNote(tight)).toMatch(/Drawing 2 of 5 ties.*3 lighter ties are hidden/);
  });

  it('says in one sentence for a narrow frame how many of the ties are drawn and that counts include all', () => {
    const tight = levelOfDetail(fixture(), { budget: 2 });
    expect(lodNote(tight, { short: true })).toBe(
      "2 of 5 ties drawn, each actor's strongest first; counts include all.",
    );
    expect(lodNote(levelOfDetail(fixture(), { budget: 5 }), { short: true })).toBeNull();
  });

  it('never changes a node or a number on a generated 2,000-actor network over the budget', () => {
    const elements = generated(2000, 10000);
    expect(elements.edges.length).toBeGreaterThan(5000);
    const before = JSON.stringify(elements);
    const lod = levelOfDetail(elements, { budget: 5000 });
    // The input is untouched, nodes are the very same objects, and the counts add up.
    expect(JSON.stringify(elements)).toBe(before);
    expect(lod.elements.nodes).toBe(elements.nodes);
    expect(lod.totalEdges).toBe(elements.edges.length);
    expect(lod.elements.edges).toHaveLength(5000);
    expect(lod.hiddenEdges).toBe(elements.edges.length - 5000);
    // Drawn edges are original edges, data unchanged, in the original order.
    const position = new Map(elements.edges.map((e, i) => [e, i]));
    let last = -1;
    for (const drawn of lod.elements.edges) {
      const index = position.get(drawn);
      expect(index).toBeGreaterThan(last);
      last = index!;
    }
    // Every actor with a tie still shows one.
    const connected = new Set(elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    const shown = new Set(lod.elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect([...connected].filter((id) => !shown.has(id))).toEqual([]);
    // Once every actor is covered, the rest of the budget went to the heaviest: no hidden tie outweighs
    // the lightest of the drawn ties that were not needed to cover an actor.
    const hidden = elements.edges.filter((e) => !lod.elements.edges.includes(e));
    const heaviestHidden = Math.max(...hidden.map((e) => e.data.weight));
    const drawnWeights = lod.elements.edges.map((e) => e.data.weight).sort((a, b) => b - a);
    expect(drawnWeights[Math.floor(drawnWeights.length / 2)]!).toBeGreaterThanOrEqual(heaviestHidden);
  });

  it('uses a budget of about 10,000 edges by default and is deterministic', () => {
    expect(EDGE_BUDGET).toBe(10_000);
    const elements = generated(500, 2000);
    const a = levelOfDetail(elements, { budget: 1000 });
    const b = levelOfDetail({ ...elements, edges: [...elements.edges].reverse() }, { budget: 1000 });
    expect(new Set(a.elements.edges.map((e) => e.data.id))).toEqual(new Set(b.elements.edges.map((e) => e.data.id)));
  });

  it('ranks edges exactly as the sort of element objects by weight, then id, did (pair ids, other ids, control characters)', () => {
    // The comparator the level of detail used before it read typed arrays.
    const stronger = (a: EdgeElement, b: EdgeElement): number =>
      b.data.weight - a.data.weight || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);
    const byElements = (edges: EdgeElement[]): number[] => {
      const position = new Map(edges.map((e, i) => [e, i]));
      return edges
        .slice()
        .sort(stronger)
        .map((e) => position.get(e)!);
    };
    const elements = generated(500, 2000);
    // Few distinct weights, so most comparisons fall to the id, as in the app's networks.
    const coarse = elements.edges.map((e, i) => ({ ...e, data: { ...e.data, weight: (i * 7) % 3 } }));
    // Ids that are prefixes of others, with pair ids (the fast path), and with U+0001 in an id (the string sort).
    const pairsOf = (ids: string[]): EdgeElement[] =>
      ids.flatMap((x, i) =>
        ids.slice(i + 1).map((y, j) => {
          const pair = tieElement(x, y, (i + j) % 2);
          return { ...pair, data: { ...pair.data, id: edgeId(x, y) } };
        }),
      );
    const prefixes = pairsOf(['ab', 'a', 'b', 'a b', 'B', 'é', 'abc', 'a-']);
    const control = pairsOf(['a', 'a\u0001', 'ab', 'a\u0001b', 'b']);
    for (const edges of [elements.edges, coarse, fixture().edges, prefixes, control]) {
      expect([...rankEdges(edges)]).toEqual(byElements(edges));
    }
  });

  it('chooses the same ties as the element sort on a generated network with fractional and equal weights', () => {
    const elements = generated(2000, 10000);
    const weighted = {
      ...elements,
      edges: elements.edges.map((e, i) => ({ ...e, data: { ...e.data, weight: i % 5 === 0 ? 1.5 : (i % 4) + 1 } })),
    };
    const stronger = (a: EdgeElement, b: EdgeElement): number =>
      b.data.weight - a.data.weight || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);
    const reference = (all: EdgeElement[], budget: number): EdgeElement[] => {
      const ranked = all.slice().sort(stronger);
      const chosen = new Set<EdgeElement>();
      const covered = new Set<string>();
      for (const e of ranked) {
        if (chosen.size >= budget) break;
        if (covered.has(e.data.source) && covered.has(e.data.target)) continue;
        chosen.add(e);
        covered.add(e.data.source);
        covered.add(e.data.target);
      }
      for (const e of ranked) {
        if (chosen.size >= budget) break;
        chosen.add(e);
      }
      return all.filter((e) => chosen.has(e));
    };
    for (const budget of [0, 100, 1500, 5000]) {
      expect(levelOfDetail(weighted, { budget }).elements.edges).toEqual(reference(weighted.edges, budget));
    }
  });
});

describe('tiesAlsoDrawn', () => {
  it("adds the left-out ties of the picked actors and of a path's steps, and none already drawn", () => {
    // Budget 2 draws hub-a and hub-b: c's tie to the hub, a-b and x-y are left out.
    const elements = fixture();
    const tight = levelOfDetail(elements, { budget: 2 });
    const ids = (actors: string[], pairs: Array<[string, string]> = []) =>
      tiesAlsoDrawn(tight, elements, { actors: new Set(actors), pairs }).map((e) => e.data.id);
    expect(ids(['a'])).toEqual(['a-b']);
    expect(ids(['hub'])).toEqual(['hub-c']);
    expect(ids([], [['y', 'x']])).toEqual(['x-y']);
    // Both ends on the path but not a step of it: left out.
    expect(
      ids(
        [],
        [
          ['a', 'hub'],
          ['hub', 'b'],
        ],
      ),
    ).toEqual([]);
    expect(ids([])).toEqual([]);
  });

  it('adds nothing when every tie is drawn already', () => {
    const elements = fixture();
    const all = levelOfDetail(elements, { budget: 5 });
    expect(tiesAlsoDrawn(all, elements, { actors: new Set(['a', 'x']), pairs: [['x', 'y']] })).toEqual([]);
  });

  it('counts the added ties as drawn in the note', () => {
    const tight = levelOfDetail(fixture(), { budget: 2 });
    expect(lodNote(tight, { also: 1 })).toMatch(
      /^Drawing 3 of 5 ties: .*all of a selection, focus or path\. 2 lighter/,
    );
    expect(lodNote(tight, { short: true, also: 1 })).toBe(
      "3 of 5 ties drawn, each actor's strongest first; counts include all.",
    );
  });
});
