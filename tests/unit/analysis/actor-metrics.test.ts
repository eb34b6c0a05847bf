// Holds the per actor and per country metrics to NetworkX 2.8 values on every reference fixture and filter case.
import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { actorMetrics } from '../../../src/analysis/actor-metrics';
import { communities, modularity } from '../../../src/analysis/community';
import { countryMetrics } from '../../../src/analysis/country-metrics';
import { toCsr } from '../../../src/analysis/csr';
import { scopeOf } from '../../../src/analysis/scope';
import { applyFilters } from '../../../src/model/filter';
import { actorGraphFrom, actorIdOf, actorKey, isHubKey } from '../../../src/model/graph';
import { caseName, entriesOf, loadFixtures } from './reference-fixtures';

const fixtures = loadFixtures();
const TOL = 1e-6;
const POWER_TOL = 1e-5;

describe.each(fixtures.flatMap((fixture) => fixture.cases.map((c) => ({ fixture, c, name: caseName(fixture, c) }))))(
  '$name',
  ({ fixture, c }) => {
    const filtered = applyFilters(fixture.dataset, c.filters);
    const graph = actorGraphFrom(filtered, c.projection);
    const result = actorMetrics(graph);
    const byId = new Map(result.actors.map((row) => [row.id, row]));

    it('lists exactly the passing actors, never the hub nodes', () => {
      expect([...byId.keys()].sort()).toEqual(Object.keys(c.expected.actors).sort());
      expect(result.actors.some((row) => isHubKey(row.id))).toBe(false);
      expect(filtered.agreements.map((p) => p.agreement.id)).toEqual(c.expected.passingAgreements);
    });

    it('matches NetworkX per actor within 1e-6 (eigenvector and PageRank 1e-5)', () => {
      for (const [id, want] of entriesOf(c.expected.actors)) {
        const got = byId.get(id);
        if (got === undefined) throw new Error(`actor ${id} missing`);
        expect(got.degree, id).toBe(want.degree);
        expect(got.strength, id).toBeCloseTo(want.strength, 9);
        expect(got.crossBorderPartners, id).toBe(want.crossBorderPartners);
        expect(Math.abs(got.degreeCentrality - want.degreeCentrality), id).toBeLessThan(TOL);
        expect(Math.abs(got.betweenness - want.betweenness), id).toBeLessThan(TOL);
        expect(Math.abs(got.closeness - want.closeness), id).toBeLessThan(TOL);
        expect(Math.abs((got.pagerank ?? NaN) - want.pagerank), id).toBeLessThan(POWER_TOL);
        if (want.eigenvector === null) expect(got.eigenvector, id).toBeNull();
        else expect(Math.abs((got.eigenvector ?? NaN) - want.eigenvector), id).toBeLessThan(POWER_TOL);
        if (want.constraint === null) expect(got.constraint, id).toBeNull();
        else expect(Math.abs((got.constraint ?? NaN) - want.constraint), id).toBeLessThan(TOL);
      }
    });

    it('says why eigenvector is null when it is', () => {
      const failed = Object.values(c.expected.actors).some((row) => row.eigenvector === null);
      expect(result.notes.some((note) => note.startsWith('eigenvector:'))).toBe(failed);
    });

    it('graphology-metrics betweenness (unweighted) agrees with the same reference', () => {
      const theirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
      for (const [id, want] of entriesOf(c.expected.actors)) {
        expect(
          Math.abs((Object.getOwnPropertyDescriptor(theirs, actorKey(id))?.value as number) - want.betweenness),
          id,
        ).toBeLessThan(TOL);
      }
    });

    it('finds communities at least 0.97 × as modular as NetworkX Louvain (mean over 10 seeds)', () => {
      if (c.expected.louvainModularityMean === undefined || c.expected.modularityByCountry === undefined) return;
      const csr = toCsr(graph);
      // The whole partition, hub nodes included, is what Louvain optimised; actors must carry the same labels.
      const labels = communities(graph, { labelled: (node) => !isHubKey(node) });
      for (const row of result.actors) expect(labels.get(actorKey(row.id))).toBe(row.community);
      expect(modularity(csr, (node) => labels.get(node))).toBeGreaterThanOrEqual(
        0.97 * c.expected.louvainModularityMean,
      );
      const countryOf = new Map(
        result.actors.map((row) => [row.id, row.country.charCodeAt(0) * 65536 + row.country.charCodeAt(1)]),
      );
      expect(
        Math.abs(modularity(csr, (node) => countryOf.get(actorIdOf(node))) - c.expected.modularityByCountry),
      ).toBeLessThan(TOL);
    });

    it('numbers communities 0, 1, … by size', () => {
      const sizes = new Map<number, number>();
      for (const row of result.actors) sizes.set(row.community, (sizes.get(row.community) ?? 0) + 1);
      const labels = [...sizes.keys()].sort((a, b) => a - b);
      expect(labels).toEqual(labels.map((_, i) => i));
      for (let i = 1; i < labels.length; i++) expect(sizes.get(i - 1)! >= sizes.get(i)!).toBe(true);
    });

    it('matches NetworkX per country', () => {
      const rows = countryMetrics(scopeOf(fixture.dataset, filtered));
      expect(rows.map((row) => row.code)).toEqual(Object.keys(c.expected.countries).sort());
      for (const row of rows) {
        const want = c.expected.countries[row.code]!;
        expect({ ...row, betweenness: 0, pagerank: 0, code: undefined }).toEqual({
          ...want,
          betweenness: 0,
          pagerank: 0,
        });
        expect(Math.abs(row.betweenness - want.betweenness)).toBeLessThan(TOL);
        expect(Math.abs((row.pagerank ?? NaN) - want.pagerank)).toBeLessThan(POWER_TOL);
      }
    });
  },
);
