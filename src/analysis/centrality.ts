// Degree, strength, eigenvector, PageRank and Burt's constraint over a CSR, each matching its NetworkX 2.8 reference.
import type { Csr } from './csr';

/** The outcome of a power iteration: the vector, or null with the reason it failed. */
export type PowerResult = { values: Float64Array; iterations: number } | { values: null; reason: string };

export const degrees = (csr: Csr): Int32Array => {
  const n = csr.nodes.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return out;
};

export const strengths = (csr: Csr): Float64Array => {
  const n = csr.nodes.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = csr.offsets[i]!; j < csr.offsets[i + 1]!; j++) sum += csr.weights[j]!;
    out[i] = sum;
  }
  return out;
};

/** nx.degree_centrality: degree / (n − 1), and 1 for the single node of a one-node graph. */
export function degreeCentrality(csr: Csr): Float64Array {
  const n = csr.nodes.length;
  const d = degrees(csr);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = n <= 1 ? 1 : d[i]! / (n - 1);
  return out;
}

/**
 * nx.eigenvector_centrality(G, max_iter, tol), unweighted: start from 1/n, multiply by (A + I) (the
 * shift keeps bipartite graphs from oscillating), normalise by the Euclidean norm, stop when the L1
 * change is below n·tol. graphology-metrics does the same, but throws on failure and rebuilds its
 * own index; here a failure becomes a reason in words, as analysis.md asks.
 */
export function eigenvectorCentrality(csr: Csr, maxIter = 1000, tol = 1e-10): PowerResult {
  const n = csr.nodes.length;
  if (n === 0) return { values: null, reason: 'the graph has no actors' };
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    for (let v = 0; v < n; v++) {
      let sum = x[v]!;
      for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) sum += x[csr.targets[j]!]!;
      next[v] = sum;
    }
    let squares = 0;
    for (let v = 0; v < n; v++) squares += next[v]! * next[v]!;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = next[v]! / norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, iterations: iteration };
  }
  return {
    values: null,
    reason: `eigenvector centrality did not converge in ${maxIter} iterations (NetworkX raises PowerIterationFailedConvergence here; typically parts of the network that are not connected pull in different directions)`,
  };
}

/**
 * nx.pagerank(G, alpha, weight="weight", max_iter, tol): each edge is followed from both ends in
 * proportion to its weight; isolated actors are dangling and spread their rank uniformly.
 */
export function pagerank(csr: Csr, alpha = 0.85, maxIter = 1000, tol = 1e-10): PowerResult {
  const n = csr.nodes.length;
  if (n === 0) return { values: new Float64Array(0), iterations: 0 };
  const strength = strengths(csr);
  const p = 1 / n;
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const s = strength[v]!;
      if (s === 0) dangling += x[v]!;
      else share[v] = x[v]! / s;
    }
    const base = alpha * dangling * p + (1 - alpha) * p;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) sum += share[csr.targets[j]!]! * csr.weights[j]!;
      next[v] = alpha * sum + base;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, iterations: iteration };
  }
  return { values: null, reason: `PageRank did not converge in ${maxIter} iterations` };
}

/**
 * nx.constraint(G) with its default weight=None: p(u,v) = 1/deg(u) for neighbours, and
 * c(v) = Σ_{n∈N(v)} (p(v,n) + Σ_{w∈N(v)} p(v,w)·p(w,n))². NaN in NetworkX for isolates; null here.
 */
export function constraint(csr: Csr): Array<number | null> {
  const n = csr.nodes.length;
  const deg = degrees(csr);
  const mark = new Int32Array(n).fill(-1);
  const out: Array<number | null> = new Array<number | null>(n).fill(null);
  for (let v = 0; v < n; v++) {
    const dv = deg[v]!;
    if (dv === 0) continue;
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) mark[csr.targets[j]!] = v;
    let total = 0;
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
      const m = csr.targets[j]!;
      let indirect = 0;
      // w runs over the common neighbours of v and m: p(v,w)·p(w,m) = (1/deg v)(1/deg w).
      for (let k = csr.offsets[m]!; k < csr.offsets[m + 1]!; k++) {
        const w = csr.targets[k]!;
        if (mark[w] === v) indirect += 1 / deg[w]!;
      }
      const local = 1 / dv + indirect / dv;
      total += local * local;
    }
    out[v] = total;
  }
  return out;
}
