// The paths "Show these paths" draws: against every shortest path enumerated by brute force on small graphs.
import { describe, expect, it } from 'vitest';
import { brokerPathsOf } from '../../../src/analysis/broker-paths';
import { brokerageOf } from '../../../src/analysis/brokerage';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters, type Actor, type Agreement } from '../../../src/model/types';

function network(countries: Record<string, string>, ties: Array<[string, string]>) {
  const actors: Actor[] = Object.entries(countries).map(([id, country]) => ({
    id,
    label: id,
    kind: 'cluster',
    country,
  }));
  const agreements: Agreement[] = ties.map(([a, b], i) => ({ id: `g${i}`, kind: 'bilateral', parties: [a, b] }));
  return applyFilters({ actors, agreements }, emptyFilters());
}

/** Every simple path of minimum length between s and t, by breadth-first layers (fine for a dozen nodes). */
function allShortest(adj: Map<string, string[]>, s: string, t: string): string[][] {
  let layer: string[][] = [[s]];
  while (layer.length > 0) {
    const done = layer.filter((path) => path[path.length - 1] === t);
    if (done.length > 0) return done;
    layer = layer.flatMap((path) =>
      (adj.get(path[path.length - 1]!) ?? []).filter((w) => !path.includes(w)).map((w) => [...path, w]),
    );
  }
  return [];
}

/** The oracle: pairs, paths, and the union of ties and actors of the s–t shortest paths through v. */
function bruteForce(
  countries: Record<string, string>,
  ties: Array<[string, string]>,
  v: string,
  pair: [string, string],
) {
  const adj = new Map<string, string[]>();
  for (const [a, b] of ties) {
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  }
  const ids = Object.keys(countries);
  const edges = new Set<string>();
  const nodes = new Set<string>();
  let pairs = 0;
  let paths = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [s, t] = [ids[i]!, ids[j]!];
      if (s === v || t === v) continue;
      const cs = countries[s]!;
      const ct = countries[t]!;
      if (!((cs === pair[0] && ct === pair[1]) || (cs === pair[1] && ct === pair[0]))) continue;
      const through = allShortest(adj, s, t).filter((path) => path.includes(v));
      if (through.length === 0) continue;
      pairs++;
      paths += through.length;
      for (const path of through) {
        path.forEach((id) => nodes.add(id));
        for (let k = 0; k + 1 < path.length; k++) edges.add([path[k], path[k + 1]].sort().join('-'));
      }
    }
  return { pairs, paths, edges: [...edges].sort(), nodes: [...nodes].sort() };
}

const GRAPHS: Array<{ name: string; countries: Record<string, string>; ties: Array<[string, string]> }> = [
  {
    // Two Latvian actors reach two Swedish ones through v, one of them also by a longer detour, plus a side branch.
    name: 'a broker between two countries with a detour and a side branch',
    countries: { a1: 'LV', a2: 'LV', v: 'EE', m: 'EE', b1: 'SE', b2: 'SE', x: 'FI', y: 'FI' },
    ties: [
      ['a1', 'v'],
      ['a2', 'a1'],
      ['v', 'm'],
      ['m', 'b1'],
      ['v', 'b2'],
      ['a2', 'y'],
      ['y', 'x'],
      ['x', 'b1'],
      ['v', 'x'],
    ],
  },
  {
    // A diamond on each side: two equally short routes into v and two out of it.
    name: 'equally short routes on both sides (4 paths for one pair)',
    countries: { s: 'DE', p: 'PL', q: 'PL', v: 'DK', r: 'NO', w: 'NO', t: 'SE', z: 'SE' },
    ties: [
      ['s', 'p'],
      ['s', 'q'],
      ['p', 'v'],
      ['q', 'v'],
      ['v', 'r'],
      ['v', 'w'],
      ['r', 't'],
      ['w', 't'],
      ['s', 'z'],
    ],
  },
];

describe('brokerPathsOf', () => {
  for (const graph of GRAPHS) {
    const filtered = network(graph.countries, graph.ties);
    const countryCodes = [...new Set(Object.values(graph.countries))].sort();
    it(`${graph.name}: for every country pair and actor, ties, actors and counts equal the brute-force enumeration`, () => {
      let nonEmpty = 0;
      for (const v of Object.keys(graph.countries))
        for (const a of countryCodes)
          for (const b of countryCodes) {
            if (a > b) continue;
            const got = brokerPathsOf(filtered, v, [a, b])!;
            const want = bruteForce(graph.countries, graph.ties, v, [a, b]);
            const label = `${v} ${a}–${b}`;
            expect(got.pairs, label).toBe(want.pairs);
            expect(got.paths, label).toBe(want.paths);
            expect(got.edges.map((e) => [...e].sort().join('-')).sort(), label).toEqual(want.edges);
            expect([...got.nodes].sort(), label).toEqual(want.nodes);
            if (want.pairs > 0) nonEmpty++;
          }
      expect(nonEmpty).toBeGreaterThan(3);
    });
  }

  it('finds paths for exactly the country pairs brokerageOf credits the actor with', () => {
    const graph = GRAPHS[0]!;
    const filtered = network(graph.countries, graph.ties);
    const brokerage = brokerageOf(filtered, 'v')!;
    expect(brokerage.byCountryPair.length).toBeGreaterThan(0);
    for (const entry of brokerage.byCountryPair) {
      expect(brokerPathsOf(filtered, 'v', entry.countries)!.pairs).toBeGreaterThan(0);
    }
  });

  it('counts 4 paths over 8 ties for the diamond pair s–t, and answers null for an unknown actor', () => {
    const filtered = network(GRAPHS[1]!.countries, GRAPHS[1]!.ties);
    const result = brokerPathsOf(filtered, 'v', ['DE', 'SE'])!;
    expect(result).toMatchObject({ pairs: 1, paths: 4 });
    expect(result.edges).toHaveLength(8);
    expect(brokerPathsOf(filtered, 'nobody', ['DE', 'SE'])).toBeNull();
  });
});
