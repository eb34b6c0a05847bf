// The path finder on the ties' typed arrays: the same report as on the graphology actor graph, pair for pair.
import { describe, expect, it } from 'vitest';
import { graphSpace, tiesSpace } from '../../../src/analysis/path-space';
import { neighbourhood, pathReport } from '../../../src/analysis/paths';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom, actorKey } from '../../../src/model/graph';
import { mulberry32 } from '../../../src/model/random';
import { buildTieIndex, filteredTies } from '../../../src/model/ties';
import { emptyFilters, type Dataset, type Filters } from '../../../src/model/types';
import { gapland } from './gapland';

/** The two spaces of one dataset under filters, in a projection. */
function spaces(dataset: Dataset, filters: Filters, projection: 'clique' | 'hub' = 'clique') {
  const filtered = applyFilters(dataset, filters);
  const graph = actorGraphFrom(filtered, projection);
  const ties = tiesSpace(filteredTies(buildTieIndex(dataset), filtered, projection));
  return { filtered, graph, ties };
}

describe('the ties as a path space', () => {
  it('lists each node’s neighbours, agreements and degree exactly as the actor graph does', () => {
    const dataset = generateDataset({ actors: 120, agreements: 260, seed: 4 });
    for (const projection of ['clique', 'hub'] as const) {
      const { graph, ties } = spaces(dataset, emptyFilters(), projection);
      const fromGraph = graphSpace(graph);
      graph.forEachNode((key) => {
        expect(ties.has(key)).toBe(true);
        expect(ties.neighbours(key)).toEqual(fromGraph.neighbours(key));
        expect(ties.degree(key)).toBe(fromGraph.degree(key));
        for (const other of fromGraph.neighbours(key)) {
          expect(ties.agreements(key, other)).toEqual(fromGraph.agreements(key, other));
        }
      });
      expect(ties.has(actorKey('nobody'))).toBe(false);
    }
  });

  it('gives the same path report as the actor graph for 300 pairs: found, none (with its brokers), same and missing', () => {
    const random = mulberry32(9);
    const kinds = new Set<string>();
    const cases: Array<[Dataset, Filters]> = [
      [generateDataset({ actors: 300, agreements: 320, seed: 2 }), emptyFilters()],
      [generateDataset({ actors: 300, agreements: 900, seed: 6 }), { ...emptyFilters(), year: 2012 }],
      [gapland(), emptyFilters()],
    ];
    for (const [dataset, filters] of cases) {
      const { filtered, graph, ties } = spaces(dataset, filters);
      const ids = [...filtered.actors.map((actor) => actor.id), 'nobody'];
      // A score that differs by actor, so the brokers' choice is by score first, as with betweenness.
      const score = (id: string): number | null => (id.length % 3 === 0 ? null : id.charCodeAt(id.length - 1) % 7);
      for (let i = 0; i < 100; i++) {
        const a = ids[Math.floor(random() * ids.length)]!;
        const b = i % 25 === 0 ? a : ids[Math.floor(random() * ids.length)]!;
        const expected = pathReport(graph, a, b, 10, score);
        kinds.add(expected.kind);
        expect(pathReport(ties, a, b, 10, score), `${a} → ${b}`).toEqual(expected);
      }
    }
    expect([...kinds].sort()).toEqual(['found', 'missing', 'none', 'same']);
  });

  it('gives every focus neighbourhood (1 and 2 steps) the actor graph gives, in both projections', () => {
    const dataset = generateDataset({ actors: 200, agreements: 300, seed: 8 });
    for (const projection of ['clique', 'hub'] as const) {
      const { filtered, graph, ties } = spaces(dataset, emptyFilters(), projection);
      for (const actor of filtered.actors) {
        for (const hops of [1, 2] as const) {
          const expected = [...neighbourhood(graph, actor.id, hops)].sort();
          expect([...neighbourhood(ties, actor.id, hops)].sort(), `${actor.id} ${hops}`).toEqual(expected);
        }
      }
      expect(neighbourhood(ties, 'nobody', 1).size).toBe(0);
    }
  });
});
