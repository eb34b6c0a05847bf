// The analysis without a graphology graph (edge list, CSR, Louvain on the edge list) gives the graphology path's numbers and NetworkX's.
import { describe, expect, it } from 'vitest';
import { actorMetrics, metricGraphOfFiltered, metricsSteps } from '../../../src/analysis/actor-metrics';
import { communities, communitiesOfEdges, modularity } from '../../../src/analysis/community';
import { countryCsrOf, countryMetrics, type CountryCsr } from '../../../src/analysis/country-metrics';
import { csrFromFiltered, edgesFromFiltered, toCsr } from '../../../src/analysis/csr';
import { scopeOf } from '../../../src/analysis/scope';
import { runSteps } from '../../../src/analysis/steps';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom, countryGraphFrom, isHubKey, type CountryGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset, type Filters, type Projection } from '../../../src/model/types';
import { caseName, entriesOf, loadFixtures } from './reference-fixtures';

const TOL = 1e-6;
const POWER_TOL = 1e-5;

/** Both paths on one dataset, filters and projection. */
function both(dataset: Dataset, filters: Filters, projection: Projection) {
  const filtered = applyFilters(dataset, filters);
  const graph = actorGraphFrom(filtered, projection);
  const mine = runSteps(metricsSteps(metricGraphOfFiltered(filtered, projection)), {});
  return { filtered, graph, mine, theirs: actorMetrics(graph) };
}

function expectSameLouvain(dataset: Dataset, filters: Filters, projection: Projection, seed: number): void {
  const filtered = applyFilters(dataset, filters);
  const labelled = (node: string): boolean => !isHubKey(node);
  const mine = communitiesOfEdges(edgesFromFiltered(filtered, projection), { seed, labelled });
  const theirs = communities(actorGraphFrom(filtered, projection), { seed, labelled });
  expect([...mine.entries()]).toEqual([...theirs.entries()]);
}

describe('metrics from the filtered data (no graphology graph)', () => {
  for (const fixture of loadFixtures()) {
    for (const c of fixture.cases) {
      const name = caseName(fixture, c);
      it(`equal the graphology path's rows exactly on ${name}`, () => {
        const { mine, theirs } = both(fixture.dataset, c.filters, c.projection);
        expect(mine).toEqual(theirs);
      });

      it(`match NetworkX within 1e-6 (eigenvector and PageRank 1e-5) on ${name}`, () => {
        const { mine } = both(fixture.dataset, c.filters, c.projection);
        const byId = new Map(mine.actors.map((row) => [row.id, row]));
        expect([...byId.keys()].sort()).toEqual(Object.keys(c.expected.actors).sort());
        for (const [id, want] of entriesOf(c.expected.actors)) {
          const got = byId.get(id)!;
          expect(got.degree, id).toBe(want.degree);
          expect(got.crossBorderPartners, id).toBe(want.crossBorderPartners);
          expect(Math.abs(got.betweenness - want.betweenness), id).toBeLessThan(TOL);
          expect(Math.abs(got.closeness - want.closeness), id).toBeLessThan(TOL);
          expect(Math.abs((got.pagerank ?? NaN) - want.pagerank), id).toBeLessThan(POWER_TOL);
          if (want.eigenvector === null) expect(got.eigenvector, id).toBeNull();
          else expect(Math.abs((got.eigenvector ?? NaN) - want.eigenvector), id).toBeLessThan(POWER_TOL);
          if (want.constraint === null) expect(got.constraint, id).toBeNull();
          else expect(Math.abs((got.constraint ?? NaN) - want.constraint), id).toBeLessThan(TOL);
        }
      });

      it(`finds communities at least 0.97 × as modular as NetworkX Louvain on ${name}`, () => {
        if (c.expected.louvainModularityMean === undefined) return;
        const filtered = applyFilters(fixture.dataset, c.filters);
        const edges = edgesFromFiltered(filtered, c.projection);
        const labels = communitiesOfEdges(edges, { labelled: (node) => !isHubKey(node) });
        expect(modularity(csrFromFiltered(filtered, c.projection), (node) => labels.get(node))).toBeGreaterThanOrEqual(
          0.97 * c.expected.louvainModularityMean,
        );
      });
    }
  }

  it('Louvain on the edge list gives graphology-Louvain labels on generated networks, both projections, two seeds', () => {
    const dataset = generateDataset({ actors: 400, agreements: 2000, seed: 4 });
    const year: Filters = { ...emptyFilters(), year: 2015 };
    for (const projection of ['clique', 'hub'] as const) {
      for (const seed of [1, 7]) {
        expectSameLouvain(dataset, emptyFilters(), projection, seed);
        expectSameLouvain(dataset, year, projection, seed);
      }
    }
  }, 30_000);

  it("equal the graphology path's rows exactly on a generated network in both projections", () => {
    const dataset = generateDataset({ actors: 300, agreements: 1200, seed: 11 });
    const { mine, theirs } = both(dataset, emptyFilters(), 'clique');
    expect(mine).toEqual(theirs);
    const hub = both(dataset, emptyFilters(), 'hub');
    expect(hub.mine).toEqual(hub.theirs);
  }, 30_000);
});

/** The graphology country graph as a CountryCsr: the reference countryCsrOf is checked against. */
const countryCsrOfGraph = (graph: CountryGraph): CountryCsr => ({
  csr: toCsr(graph),
  actors: (code) => graph.getNodeAttribute(code, 'actors'),
});

describe('countryCsrOf', () => {
  function expectSameCountryGraph(dataset: Dataset, filters: Filters): void {
    const filtered = applyFilters(dataset, filters);
    const scope = scopeOf(dataset, filtered);
    const mine = countryCsrOf(scope);
    const graph = countryGraphFrom(filtered);
    const theirs = countryCsrOfGraph(graph);
    expect(mine.csr.nodes).toEqual(theirs.csr.nodes);
    expect([...mine.csr.offsets]).toEqual([...theirs.csr.offsets]);
    expect([...mine.csr.targets]).toEqual([...theirs.csr.targets]);
    expect([...mine.csr.weights]).toEqual([...theirs.csr.weights]);
    for (const code of graph.nodes()) expect(mine.actors(code)).toBe(theirs.actors(code));
    expect(countryMetrics(scope)).toEqual(countryMetrics(scope, theirs));
  }

  for (const fixture of loadFixtures()) {
    for (const c of fixture.cases) {
      it(`equals the graphology country graph's CSR and rows on ${caseName(fixture, c)}`, () =>
        expectSameCountryGraph(fixture.dataset, c.filters));
    }
  }

  it("equals the graphology country graph's CSR and rows on a generated network, with and without a year filter", () => {
    const dataset = generateDataset({ actors: 400, agreements: 1800, seed: 9 });
    expectSameCountryGraph(dataset, emptyFilters());
    expectSameCountryGraph(dataset, { ...emptyFilters(), year: 2015 });
  });
});
