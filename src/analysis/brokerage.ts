// Explained brokerage: an actor's betweenness split by the countries of the pairs whose shortest paths run through it.
import { csrFromFiltered, type Csr } from './csr';
import type { FilteredDataset } from '../model/filter';
import { runSteps, type Steps } from './steps';

/** One pair of countries (in code order; the same code twice for pairs within a country) and its part. */
export interface CountryPairShare {
  countries: [string, string];
  /** Sum over actor pairs {s, t} of these two countries of σ_st(v) / σ_st. */
  pairs: number;
  /** pairs ÷ the actor's unnormalised betweenness. */
  share: number;
}

export interface Brokerage {
  actor: string;
  /** Sum over all unordered actor pairs {s, t} (both ≠ v) of σ_st(v) / σ_st: unnormalised betweenness. */
  unnormalised: number;
  /** Pairs with a non-zero sum, by `pairs` descending, ties by the pair's codes. */
  byCountryPair: CountryPairShare[];
}

/** Breadth-first distances and shortest-path counts from one node (unweighted, as betweenness is defined); -1 = unreached. */
export function bfs(csr: Csr, source: number, dist: Int32Array, sigma: Float64Array, queue: Int32Array): void {
  dist.fill(-1);
  sigma.fill(0);
  dist[source] = 0;
  sigma[source] = 1;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    const du = dist[u]!;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const w = csr.targets[e]!;
      if (dist[w] === -1) {
        dist[w] = du + 1;
        queue[tail++] = w;
      }
      if (dist[w] === du + 1) sigma[w] = sigma[w]! + sigma[u]!;
    }
  }
}

/** Breadth-first passes between two progress reports: ~10 ms at 5,000 actors and 68,000 ties. */
const SOURCES_PER_STEP = 25;

/**
 * The brokerage of actor `id` on the filtered actor graph (clique projection), by country pair (docs/analysis.md
 * "Explained brokerage"). A shortest s–t path runs through v exactly when d(s,v) + d(v,t) = d(s,t), and then
 * σ_st(v) = σ_sv · σ_vt: one breadth-first pass from v and one from each actor s of v's component give every
 * pair. O(n · (n + m)) for one actor. Null when the actor does not pass the filters.
 */
export const brokerageOf = (filtered: FilteredDataset, id: string): Brokerage | null =>
  runSteps(brokerageSteps(filtered, id));

/** The same as steps (a progress fraction every SOURCES_PER_STEP passes): a worker's job at thousands of actors. */
export function* brokerageSteps(filtered: FilteredDataset, id: string): Steps<Brokerage | null> {
  const actor = filtered.actorsById.get(id);
  if (actor === undefined) return null;
  // Node i of the clique projection is filtered.actors[i] (csr.ts).
  const csr = csrFromFiltered(filtered, 'clique');
  const n = csr.nodes.length;
  const v = filtered.actors.indexOf(actor);
  const country = filtered.actors.map((a) => a.country);
  const queue = new Int32Array(n);
  const distV = new Int32Array(n);
  const sigmaV = new Float64Array(n);
  bfs(csr, v, distV, sigmaV, queue);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const sums = new Map<string, { countries: [string, string]; pairs: number }>();
  let unnormalised = 0;
  // Pairs are of actors only: past the actors come the hub nodes of agreements too large for pair ties
  // (MAX_CLIQUE_PARTIES), which paths may run through but which have no country.
  const actors = filtered.actors.length;
  for (let s = 0; s < actors; s++) {
    if (s % SOURCES_PER_STEP === SOURCES_PER_STEP - 1) yield s / actors;
    if (s === v || distV[s] === -1) continue;
    bfs(csr, s, dist, sigma, queue);
    const dsv = dist[v]!;
    for (let t = s + 1; t < actors; t++) {
      if (t === v || distV[t] === -1 || dist[t] === -1) continue;
      if (dsv + distV[t]! !== dist[t]) continue;
      const part = (sigma[v]! * sigmaV[t]!) / sigma[t]!;
      unnormalised += part;
      const a = country[s]!;
      const b = country[t]!;
      const pair: [string, string] = a <= b ? [a, b] : [b, a];
      const key = `${pair[0]}\u0000${pair[1]}`;
      const entry = sums.get(key);
      if (entry) entry.pairs += part;
      else sums.set(key, { countries: pair, pairs: part });
    }
  }
  const byCountryPair = [...sums.values()]
    .filter((entry) => entry.pairs > 0)
    .sort(
      (x, y) =>
        y.pairs - x.pairs ||
        (x.countries[0] < y.countries[0] ? -1 : x.countries[0] > y.countries[0] ? 1 : 0) ||
        (x.countries[1] < y.countries[1] ? -1 : x.countries[1] > y.countries[1] ? 1 : 0),
    )
    .map((entry) => ({ ...entry, share: unnormalised > 0 ? entry.pairs / unnormalised : 0 }));
  return { actor: id, unnormalised, byCountryPair };
}
