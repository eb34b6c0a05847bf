// An agreement with thousands of parties: a warning, and a hub node instead of millions of pair ties, in every projection path.
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { brokerageOf } from '../../../src/analysis/brokerage';
import { compareEdges } from '../../../src/analysis/compare-edges';
import { csrFromFiltered } from '../../../src/analysis/csr';
import { applyFilters } from '../../../src/model/filter';
import { actorGraphFrom, cliqueTies, hubKey, MAX_CLIQUE_PARTIES } from '../../../src/model/graph';
import { buildTieIndex, cliqueTiesFrom, filteredTies } from '../../../src/model/ties';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { validateDataset } from '../../../src/model/validate';

/** Actors in two countries; one bilateral tie, and one multilateral agreement of `size` parties. */
function withGiantAgreement(size: number): Dataset {
  const actors = Array.from({ length: size }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    kind: 'cluster' as const,
    country: i % 2 === 0 ? 'FI' : 'SE',
  }));
  return {
    format: 'alliance-graph@1',
    title: 'Giant agreement',
    actors,
    agreements: [
      { id: 'pair', kind: 'bilateral', parties: ['a0', 'a1'] },
      { id: 'giant', kind: 'multilateral', parties: actors.map((a) => a.id) },
    ],
  } as Dataset;
}

describe('an agreement with more than MAX_CLIQUE_PARTIES parties', () => {
  const dataset = withGiantAgreement(10_000);
  const filtered = applyFilters(dataset, emptyFilters());

  it('validates with one warning at its parties that says it is drawn as one node, and why', () => {
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    const warning = result.warnings.find((w) => w.pointer === '/agreements/1/parties');
    expect(warning?.message).toMatch(/has 10,000 parties: it is drawn and analysed as one node.*49,995,000 pairs/);
  });

  it('is a hub node joined to each party in the clique projection, not 49,995,000 ties', () => {
    const graph = actorGraphFrom(filtered, 'clique');
    expect(graph.order).toBe(10_001);
    expect(graph.size).toBe(10_001);
    expect(graph.degree(hubKey('giant'))).toBe(10_000);
    const csr = csrFromFiltered(filtered, 'clique');
    expect(csr.nodes).toHaveLength(10_001);
    expect(cliqueTies(filtered).source).toHaveLength(1);
    // Ties that hold the hub are not cliqueTies': the layouts then make their own.
    expect(cliqueTiesFrom(filteredTies(buildTieIndex(dataset), filtered, 'clique'))).toBeNull();
    expect(compareEdges(filtered, filtered)).toHaveLength(1);
  });

  it('keeps pair ties for an agreement of exactly MAX_CLIQUE_PARTIES parties', () => {
    const graph = actorGraphFrom(applyFilters(withGiantAgreement(MAX_CLIQUE_PARTIES), emptyFilters()), 'clique');
    expect(graph.order).toBe(MAX_CLIQUE_PARTIES);
    expect(graph.size).toBe((MAX_CLIQUE_PARTIES * (MAX_CLIQUE_PARTIES - 1)) / 2);
  });

  it('is analysed, and explained by country pair over actors only, on a smaller giant of 1,000 parties', () => {
    const smaller = withGiantAgreement(1_000);
    const result = analyzeDataset(smaller, { filters: emptyFilters() });
    expect(result.actors).toHaveLength(1_000);
    const explained = brokerageOf(applyFilters(smaller, emptyFilters()), 'a0');
    expect(explained?.byCountryPair.every((entry) => entry.countries.every((c) => c === 'FI' || c === 'SE'))).toBe(
      true,
    );
  });
});
