// The typed-array ties draw the same graph as graphology's actor graph: elements, agreements, degree and strength.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addHypothetical } from '../../../src/analysis/whatif';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom, actorIdOf, isHubKey, MAX_CLIQUE_PARTIES, type ActorGraph } from '../../../src/model/graph';
import { buildTieIndex, filteredTies, tieAgreements, type FilteredTies } from '../../../src/model/ties';
import { emptyFilters, type Dataset, type Filters, type Projection } from '../../../src/model/types';
import { buildElements, edgeId } from '../../../src/render/elements';
import { buildTieElements, edgeEndsOf } from '../../../src/render/tie-elements';
import { levelOfDetail } from '../../../src/render/lod';
import { encodeNodes } from '../../../src/render/encoding';
import { edgeAgreementsOf } from '../../../src/view/gaps/compare-scene';

const sample = JSON.parse(readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8')) as Dataset;

/**
 * A generated dataset made harder: fractional weights, illustrative agreements, a repeated party, an
 * agreement past MAX_CLIQUE_PARTIES (a hub in both projections until a filter leaves few enough parties)
 * and a what-if agreement.
 */
function generated(): Dataset {
  const base = generateDataset({ actors: 300, agreements: 900, seed: 7 });
  const agreements = base.agreements.map((agreement, k) => ({
    ...agreement,
    ...(k % 3 === 0 ? { weight: 0.1 + (k % 7) * 0.3 } : {}),
    ...(k % 5 === 0 ? { evidence: 'illustrative' as const } : {}),
    ...(k === 4 ? { parties: [...agreement.parties, agreement.parties[0] as string] } : {}),
  }));
  const big = {
    id: 'big-network',
    kind: agreements[0]!.kind,
    label: 'A large network',
    parties: base.actors.slice(0, MAX_CLIQUE_PARTIES + 40).map((actor) => actor.id),
  };
  const dataset: Dataset = { ...base, agreements: [...agreements.slice(0, 450), big, ...agreements.slice(450)] };
  const spec = { parties: [base.actors[3]!.id, base.actors[250]!.id], kind: big.kind, sectors: [] };
  return addHypothetical({ dataset, hypothetical: new Set() }, spec).state.dataset;
}

/** Filters that each hide a different part: year, sector, country, actor and agreement kind, evidence. */
function filterSets(dataset: Dataset): Array<Partial<Filters>> {
  const countries = [...new Set(dataset.actors.map((actor) => actor.country))].sort();
  const sectors = [...new Set(dataset.actors.flatMap((actor) => actor.sectors ?? []))].sort();
  const years = dataset.agreements.flatMap((agreement) => (agreement.since ? [String(agreement.since)] : [])).sort();
  const middleYear = Number(String(years[Math.floor(years.length / 2)]).slice(0, 4));
  return [
    {},
    { year: middleYear },
    { sectors: sectors.slice(0, 1) },
    { countries: countries.slice(0, 3) },
    { actorKinds: [dataset.actors[0]!.kind] },
    { agreementKinds: [dataset.agreements[0]!.kind] },
    { documentedOnly: true },
    { year: middleYear, countries: countries.slice(1, 6), documentedOnly: true },
  ];
}

function graphDegreeStrength(graph: ActorGraph): Array<[string, number, number]> {
  return graph
    .filterNodes((key) => !isHubKey(key))
    .map((key) => {
      let strength = 0;
      graph.forEachEdge(key, (_edge, attributes) => (strength += attributes.weight));
      return [actorIdOf(key), graph.degree(key), strength];
    });
}

function tiesDegreeStrength(ties: FilteredTies): Array<[string, number, number]> {
  return ties.keys
    .slice(0, ties.actors)
    .map((key, node) => [actorIdOf(key), ties.degree[node] as number, ties.strength[node] as number]);
}

function compare(
  dataset: Dataset,
  filters: Partial<Filters>,
  projection: Projection,
): FilteredTies & { illustrativeTies: number } {
  const filtered = applyFilters(dataset, { ...emptyFilters(), ...filters });
  const graph = actorGraphFrom(filtered, projection);
  const ties = filteredTies(buildTieIndex(dataset), filtered, projection);
  const label = `${projection} ${JSON.stringify(filters)}`;

  expect(ties.keys, label).toEqual(graph.nodes());
  expect(
    [...ties.weight].map((weight, e) => [
      ties.keys[ties.source[e]!],
      ties.keys[ties.target[e]!],
      weight,
      tieAgreements(ties, e),
    ]),
    label,
  ).toEqual(
    graph.mapEdges((_edge, attributes, source, target) => [source, target, attributes.weight, attributes.agreements]),
  );

  const mine = tiesDegreeStrength(ties);
  const theirs = graphDegreeStrength(graph);
  expect(
    mine.map(([id, degree]) => [id, degree]),
    label,
  ).toEqual(theirs.map(([id, degree]) => [id, degree]));
  // Summed in edge order rather than graphology's neighbour order: equal up to floating-point rounding.
  mine.forEach(([, , strength], i) => expect(strength, label).toBeCloseTo(theirs[i]![2], 9));

  // One encoding for both, sized by strength so that sizes vary.
  const ids = mine.map(([id]) => id);
  const encoding = encodeNodes(
    ids,
    {
      type: 'category',
      title: 'Country',
      values: new Map(filtered.actors.map((a) => [a.id, a.country])),
      label: (code) => code,
    },
    { title: 'Strength', values: new Map(mine.map(([id, , strength]) => [id, strength])) },
  );
  const kinds = new Map(dataset.agreements.map((agreement) => [agreement.id, agreement.kind]));
  const illustrative = new Set(dataset.agreements.filter((a) => a.evidence === 'illustrative').map((a) => a.id));
  const elements = buildTieElements(ties, filtered, encoding, kinds, illustrative);
  const old = buildElements(graph, encoding, kinds, illustrative);
  expect(elements, label).toStrictEqual(old);
  // The level of detail ranks these ties from the typed arrays handed over with them, the old elements by reading
  // each edge: the same ties drawn, whatever the budget.
  expect(edgeEndsOf(elements.edges), label).toBeDefined();
  for (const budget of [1, Math.floor(elements.edges.length / 3)]) {
    expect(levelOfDetail(elements, { budget }).elements.edges, label).toStrictEqual(
      levelOfDetail(old, { budget }).elements.edges,
    );
  }

  // The what-if marking reads each drawn edge's agreements from the ties now.
  const fromGraph = new Map<string, readonly string[]>();
  graph.forEachEdge((_edge, attributes, source, target) =>
    fromGraph.set(edgeId(actorIdOf(source), actorIdOf(target)), attributes.agreements),
  );
  expect(edgeAgreementsOf(ties), label).toEqual(fromGraph);
  return { ...ties, illustrativeTies: elements.illustrativeTies ?? 0 };
}

describe('filteredTies and buildTieElements', () => {
  it('give the graphology path’s nodes, edges, agreements, degrees, strengths and elements on the sample', () => {
    for (const projection of ['clique', 'hub'] as const) {
      for (const filters of filterSets(sample)) compare(sample, filters, projection);
    }
  });

  // 8 filters × 2 projections of 300 actors through both builders: ~2 s alone, more beside other test files.
  it(
    'give the same on a generated dataset with weights, illustrative ties, a repeated party, a large agreement and a what-if',
    { timeout: 60_000 },
    () => {
      const dataset = generated();
      let hubs = 0;
      let illustrativeTies = 0;
      for (const projection of ['clique', 'hub'] as const) {
        for (const filters of filterSets(dataset)) {
          const ties = compare(dataset, filters, projection);
          hubs += ties.hubs.length;
          illustrativeTies += ties.illustrativeTies;
        }
      }
      expect(hubs).toBeGreaterThan(0);
      expect(illustrativeTies).toBeGreaterThan(0);
    },
  );

  it('draws a too-large agreement as a clique, as graphology does, once a filter leaves few enough of its parties', () => {
    const dataset = generated();
    const big = dataset.agreements.find((agreement) => agreement.id === 'big-network')!;
    const countries = [...new Set(dataset.actors.map((actor) => actor.country))].sort();
    // Countries until the big agreement has between 2 and MAX_CLIQUE_PARTIES parties left.
    for (let take = 1; take <= countries.length; take++) {
      const filters = { countries: countries.slice(0, take) };
      const passing = applyFilters(dataset, { ...emptyFilters(), ...filters }).agreements.find(
        (entry) => entry.agreement === big,
      );
      if (passing && passing.parties.length > 2 && passing.parties.length <= MAX_CLIQUE_PARTIES) {
        const ties = compare(dataset, filters, 'clique');
        expect(ties.hubs).toEqual([]);
        return;
      }
    }
    throw new Error('no filter leaves the large agreement drawn as a clique');
  });
});
