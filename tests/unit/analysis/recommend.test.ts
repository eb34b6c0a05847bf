// Partner recommendations: written-out values on Gapland, and Adamic–Adar plus ranking checked against NetworkX fixtures.
import { describe, expect, it } from 'vitest';
import {
  allRecommendations,
  recommendFor,
  recommendIndex,
  recommendIndexFromTies,
  recommendationsIn,
  recommendPartners,
} from '../../../src/analysis/recommend';
import { generateDataset } from '../../../src/model/generate';
import { buildTieIndex, filteredTies } from '../../../src/model/ties';
import { applyFilters } from '../../../src/model/filter';
import { actorGraphFrom, actorKey, buildActorGraph, isHubKey } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { gapland } from './gapland';
import { caseName, loadFixtures } from './reference-fixtures';

describe('recommendations on Gapland', () => {
  const graph = buildActorGraph(gapland(), emptyFilters());
  const ln2 = Math.log(2);
  const ln3 = Math.log(3);

  it('scores Adamic–Adar + 1 per shared sector, best first, with the reason in words', () => {
    // fi2–ee1 share fi1 (degree 2): 1/ln 2 + 1 (cleantech); fi2–se1 share lv2 (degree 3): 1/ln 3 + 1 (health).
    expect(recommendPartners(graph, gapland(), 'fi2')).toEqual([
      { actor: 'fi2', partner: 'ee1', score: 1 + 1 / ln2, reason: 'shares 1 partner: FI fi1; both in Cleantech' },
      { actor: 'fi2', partner: 'se1', score: 1 + 1 / ln3, reason: 'shares 1 partner: LV lv2; both in Health' },
    ]);
  });

  it('lists every actor with candidates, skipping same-country and already joined actors', () => {
    const rows = allRecommendations(graph, gapland()).map((r) => [r.actor, r.partner, Number(r.score.toFixed(6))]);
    expect(rows).toEqual([
      ['fi1', 'lv1', Number((1 + 1 / ln3).toFixed(6))],
      ['fi2', 'ee1', Number((1 + 1 / ln2).toFixed(6))],
      ['fi2', 'se1', Number((1 + 1 / ln3).toFixed(6))],
      ['ee1', 'fi2', Number((1 + 1 / ln2).toFixed(6))],
      ['ee1', 'lv1', 1],
      ['lv1', 'fi1', Number((1 + 1 / ln3).toFixed(6))],
      ['lv1', 'ee1', 1],
      ['se1', 'fi2', Number((1 + 1 / ln3).toFixed(6))],
    ]);
    expect(allRecommendations(graph, gapland()).find((r) => r.actor === 'ee1' && r.partner === 'lv1')?.reason).toBe(
      'both in Cleantech',
    );
  });

  it('treats co-parties of a multilateral agreement as joined in the hub projection too', () => {
    // lv2 and fi2 stay excluded; fi1 no longer shares a direct neighbour with lv1 (fi2 sits behind the
    // agreement node), so fi1 and ee1 both score 1 and tie by id.
    const hub = buildActorGraph(gapland(), emptyFilters(), 'hub');
    expect(recommendPartners(hub, gapland(), 'lv1').map((r) => [r.partner, r.score])).toEqual([
      ['ee1', 1],
      ['fi1', 1],
    ]);
  });
});

describe.each(
  loadFixtures().flatMap((fixture) => fixture.cases.map((c) => ({ fixture, c, name: caseName(fixture, c) }))),
)('recommendations against NetworkX: $name', ({ fixture, c }) => {
  const graph = actorGraphFrom(applyFilters(fixture.dataset, c.filters), c.projection);

  it('ranks the same best three, with the same scores', () => {
    const got = allRecommendations(graph, fixture.dataset);
    expect(got.map((r) => [r.actor, r.partner])).toEqual(c.expected.recommendations.map((r) => [r.actor, r.partner]));
    got.forEach((r, i) => expect(Math.abs(r.score - c.expected.recommendations[i]!.score)).toBeLessThan(1e-9));
  });

  it('computes nx.adamic_adar_index for every candidate pair', () => {
    const index = recommendIndex(graph, fixture.dataset);
    const sectorsOf = new Map(fixture.dataset.actors.map((a) => [a.id, new Set(a.sectors ?? [])]));
    const everyCandidate = new Map<string, Map<string, number>>();
    for (const [a, b, aa] of c.expected.adamicAdar) {
      let all = everyCandidate.get(a);
      if (all === undefined) {
        const rows = recommendFor(index, index.csr.nodes.indexOf(actorKey(a)), Infinity);
        all = new Map(rows.map((r) => [r.partner, r.score]));
        everyCandidate.set(a, all);
      }
      const score = all.get(b);
      const shared = [...sectorsOf.get(a)!].filter((s) => sectorsOf.get(b)!.has(s)).length;
      expect(score, `${a}–${b}`).toBeDefined();
      expect(Math.abs(score! - shared - aa)).toBeLessThan(1e-9);
    }
  });
});

describe('one recommendation index for every selection', () => {
  const dataset = generateDataset({ actors: 200, agreements: 400, seed: 11 });
  const filtered = applyFilters(dataset, emptyFilters());
  const graph = actorGraphFrom(filtered, 'clique');
  const ids = dataset.actors.map((actor) => actor.id);

  it('gives every actor the same partners as a fresh index, asked in any order and twice', () => {
    // Each actor's five best from an index of its own.
    const expected = new Map(ids.map((id) => [id, recommendPartners(graph, dataset, id, 5)]));
    expect([...expected.values()].filter((rows) => rows.length > 0).length).toBeGreaterThan(50);
    const kept = recommendIndexFromTies(filteredTies(buildTieIndex(dataset), filtered, 'clique'), filtered, dataset);
    for (const order of [ids, [...ids].reverse(), ids]) {
      for (const id of order) expect(recommendationsIn(kept, id, 5), id).toEqual(expected.get(id));
    }
  });
});

describe('the index without graphology', () => {
  /** An index's fields that scoring reads, as plain arrays. */
  const plain = (index: ReturnType<typeof recommendIndex>) => ({
    nodes: index.csr.nodes,
    offsets: [...index.csr.offsets],
    targets: [...index.csr.targets],
    weights: [...index.csr.weights],
    ids: index.ids,
    labels: index.labels,
    country: index.country,
    sectors: index.sectors,
    members: [...index.members],
  });

  for (const projection of ['clique', 'hub'] as const) {
    it(`equals the actor graph's index field by field, and scores every actor alike (${projection} projection)`, () => {
      const dataset = generateDataset({ actors: 150, agreements: 300, seed: 3 });
      const filtered = applyFilters(dataset, emptyFilters());
      const fromGraph = recommendIndex(actorGraphFrom(filtered, projection), dataset);
      const fromFiltered = recommendIndexFromTies(
        filteredTies(buildTieIndex(dataset), filtered, projection),
        filtered,
        dataset,
      );
      expect(plain(fromFiltered)).toEqual(plain(fromGraph));
      // The hub projection has hub nodes (its multilateral agreements), labelled by their agreements.
      if (projection === 'hub') expect(fromFiltered.csr.nodes.some(isHubKey)).toBe(true);
      for (let a = 0; a < fromGraph.csr.nodes.length; a++) {
        expect(recommendFor(fromFiltered, a, 5)).toEqual(recommendFor(fromGraph, a, 5));
      }
    });
  }
});
