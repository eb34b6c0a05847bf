// Per country figures (analysis.md, "Per country"): counts from the filtered agreements, centralities on the country graph.
import { countryGraphFrom, type CountryGraph } from '../model/graph';
import { betweennessCloseness } from './brandes';
import { pagerank, strengths, degrees } from './centrality';
import { toCsr } from './csr';
import { byCode, partyCountries, type AnalysisScope } from './scope';
import type { CountryMetrics } from './types';

/**
 * One row per country with a passing actor, sorted by code. `agreements` counts passing agreements
 * with a passing party there; `crossBorderAgreements` those of them whose passing parties sit in two
 * or more countries; `partnerCountries` and `strength` are degree and weighted degree on the country graph.
 */
export function countryMetrics(
  scope: AnalysisScope,
  graph: CountryGraph = countryGraphFrom(scope.filtered),
): CountryMetrics[] {
  const csr = toCsr(graph);
  const { betweenness } = betweennessCloseness(csr);
  const rank = pagerank(csr);
  const degree = degrees(csr);
  const strength = strengths(csr);
  const agreements = new Map<string, number>();
  const crossBorder = new Map<string, number>();
  for (const passing of scope.filtered.agreements) {
    const codes = partyCountries(scope, passing);
    for (const code of codes) {
      agreements.set(code, (agreements.get(code) ?? 0) + 1);
      if (codes.length >= 2) crossBorder.set(code, (crossBorder.get(code) ?? 0) + 1);
    }
  }
  const rows: CountryMetrics[] = csr.nodes.map((code, i) => ({
    code,
    actors: graph.getNodeAttribute(code, 'actors'),
    agreements: agreements.get(code) ?? 0,
    crossBorderAgreements: crossBorder.get(code) ?? 0,
    partnerCountries: degree[i]!,
    strength: strength[i]!,
    betweenness: betweenness[i]!,
    pagerank: rank.values === null ? null : rank.values[i]!,
  }));
  return rows.sort((a, b) => byCode(a.code, b.code));
}
