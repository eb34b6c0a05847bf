// Per country figures (analysis.md, "Per country"): counts from the filtered agreements, centralities on the country graph.
import { betweennessCloseness } from './brandes';
import { pagerank, strengths, degrees } from './centrality';
import { csrFromEdgeList, type Csr } from './csr';
import { byCode, partyCountries, type AnalysisScope } from './scope';
import type { CountryMetrics } from './types';

/** The country graph as typed arrays, with each country's passing actors. */
export interface CountryCsr {
  csr: Csr;
  actors: (code: string) => number;
}

/**
 * The CSR of toCsr(countryGraphFrom(scope.filtered)) without graphology (its edge lookups cost
 * ~0.1 s at 50,000 agreements): countries in order of their first actor, edges in the order a
 * pair is first seen (each agreement's countries sorted, pairs i < j), weight one per agreement.
 */
export function countryCsrOf(scope: AnalysisScope): CountryCsr {
  const index = new Map<string, number>();
  const counts: number[] = [];
  for (const actor of scope.filtered.actors) {
    const known = index.get(actor.country);
    if (known === undefined) {
      index.set(actor.country, counts.length);
      counts.push(1);
    } else counts[known] = counts[known]! + 1;
  }
  const nodes = [...index.keys()];
  const stride = nodes.length;
  const edgeOf = new Map<number, number>();
  const sources: number[] = [];
  const ends: number[] = [];
  const weights: number[] = [];
  for (const passing of scope.filtered.agreements) {
    const codes = partyCountries(scope, passing);
    // countryGraphFrom leaves out the empty code (an actor without a country joins no pair).
    for (let i = 0; i < codes.length; i++) {
      const a = codes[i] === '' ? undefined : index.get(codes[i]!);
      if (a === undefined) continue;
      for (let j = i + 1; j < codes.length; j++) {
        const b = codes[j] === '' ? undefined : index.get(codes[j]!);
        if (b === undefined) continue;
        const key = a * stride + b;
        const known = edgeOf.get(key);
        if (known === undefined) {
          edgeOf.set(key, sources.length);
          sources.push(a);
          ends.push(b);
          weights.push(1);
        } else weights[known] = weights[known]! + 1;
      }
    }
  }
  const csr = csrFromEdgeList({
    nodes,
    sources: Int32Array.from(sources),
    targets: Int32Array.from(ends),
    weights: Float64Array.from(weights),
  });
  return { csr, actors: (code) => counts[index.get(code)!] ?? 0 };
}

/**
 * One row per country with a passing actor, sorted by code. `agreements` counts passing agreements
 * with a passing party there; `crossBorderAgreements` those of them whose passing parties sit in two
 * or more countries; `partnerCountries` and `strength` are degree and weighted degree on the country graph.
 */
export function countryMetrics(scope: AnalysisScope, graph: CountryCsr = countryCsrOf(scope)): CountryMetrics[] {
  const { csr } = graph;
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
    actors: graph.actors(code),
    agreements: agreements.get(code) ?? 0,
    crossBorderAgreements: crossBorder.get(code) ?? 0,
    partnerCountries: degree[i]!,
    strength: strength[i]!,
    betweenness: betweenness[i]!,
    pagerank: rank.values === null ? null : rank.values[i]!,
  }));
  return rows.sort((a, b) => byCode(a.code, b.code));
}
