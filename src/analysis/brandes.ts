// Exact betweenness and closeness in one pass per source: a typed-array Brandes over the CSR, splittable by source range.
import { brandesLevels } from './brandes-levels';
import type { Csr } from './csr';
import { runSteps, type Steps } from './steps';
import type { RunControl } from './types';

/**
 * Why not graphology-metrics: its betweenness allocates a JS array of predecessors per node and
 * source, and its closeness runs a second full set of BFS passes. Here one BFS per source gives both,
 * over typed arrays, level by level (brandes-levels.ts: each level from its cheaper side, without the
 * per-arc branch of the textbook loop; 2–2.5× less CPU than the earlier successor-list version, which
 * was itself 2–3× below graphology-metrics). Unweighted, as analysis.md asks.
 */

/** Raw sums from a range of sources: add several of them with combineBrandes, then finish with finishBrandes. */
export interface BrandesSums {
  /** Unnormalised dependency sums; an undirected pair is counted from both ends, as NetworkX does. */
  betweenness: Float64Array;
  /** Final closeness for the sources handled, 0 for the others. */
  closeness: Float64Array;
}

export function emptyBrandesSums(n: number): BrandesSums {
  return { betweenness: new Float64Array(n), closeness: new Float64Array(n) };
}

/**
 * Runs the sources fromSource ≤ s < toSource and adds their contributions into `into` (created if
 * absent). Two workers can each run half of [0, n) and the halves are then summed with combineBrandes.
 */
export function brandesPartial(csr: Csr, fromSource: number, toSource: number, into?: BrandesSums): BrandesSums {
  const out = into ?? emptyBrandesSums(csr.nodes.length);
  const run = byLevels(csr) ? brandesLevels : brandesTextbook;
  run(csr, fromSource, toSource, out.betweenness, out.closeness);
  return out;
}

/**
 * The level-by-level pass pays off where levels are wide: at 2k/10k 0.46 s against 0.62 s, at 5k/50k
 * 2.6 s against 6.9 s. On small or sparse graphs (the sample; paths, grids, filtered years) its
 * bookkeeping per level costs more than it saves (a 3,000-node path: 0.40 s against 0.24 s), and a
 * fresh worker runs its longer code unoptimised for longer (the sample: ~50 ms against ~15 ms).
 */
function byLevels(csr: Csr): boolean {
  const n = csr.offsets.length - 1;
  const arcs = csr.targets.length;
  return n * arcs >= 2e7 && arcs >= 6 * n;
}

/** The textbook pass (successor runs per node in BFS order), for graphs where levels are narrow. */
export function brandesTextbook(
  csr: Csr,
  fromSource: number,
  toSource: number,
  bc: Float64Array,
  closeness: Float64Array,
): void {
  const n = csr.offsets.length - 1;
  const { offsets, targets } = csr;
  const sigma = new Float64Array(n);
  /** (1 + δ(w)) / σ(w), set when w's dependency is final. */
  const coefficient = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  /** Successors of the node at BFS position i are successors[segment[i] .. segment[i+1]). */
  const segment = new Int32Array(n + 1);
  const successors = new Int32Array(targets.length);
  const last = Math.min(toSource, n);

  for (let s = Math.max(0, fromSource); s < last; s++) {
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let arcs = 0;
    let totalDistance = 0;
    while (head < tail) {
      segment[head] = arcs;
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      totalDistance += next - 1;
      const end = offsets[v + 1]!;
      for (let j = offsets[v]!; j < end; j++) {
        const w = targets[j]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          order[tail++] = w;
          sigma[w] = sv;
          successors[arcs++] = w;
        } else if (dw === next) {
          sigma[w] = sigma[w]! + sv;
          successors[arcs++] = w;
        }
      }
    }
    segment[tail] = arcs;
    // Closeness with the Wasserman–Faust correction, exactly as nx.closeness_centrality computes it.
    if (totalDistance > 0 && n > 1) {
      const reached = tail - 1;
      closeness[s] = (reached / totalDistance) * (reached / (n - 1));
    }
    // Successors sit later in BFS order, so walking it backwards finds their coefficients final.
    for (let i = tail - 1; i >= 0; i--) {
      const v = order[i]!;
      let sum = 0;
      const end = segment[i + 1]!;
      for (let k = segment[i]!; k < end; k++) sum += coefficient[successors[k]!]!;
      const sv = sigma[v]!;
      const dependency = sv * sum;
      if (i > 0) bc[v] = bc[v]! + dependency;
      coefficient[v] = (1 + dependency) / sv;
      dist[v] = -1;
      sigma[v] = 0;
    }
  }
}

/** Adds partial sums (e.g. from two workers) into the first. */
export function combineBrandes(parts: BrandesSums[]): BrandesSums {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('analysis/brandes: combineBrandes needs at least one part.');
  const out = { betweenness: first.betweenness.slice(), closeness: first.closeness.slice() };
  for (const part of rest) {
    for (let i = 0; i < out.betweenness.length; i++) {
      out.betweenness[i] = out.betweenness[i]! + part.betweenness[i]!;
      out.closeness[i] = out.closeness[i]! + part.closeness[i]!;
    }
  }
  return out;
}

/** Normalises as nx.betweenness_centrality(G, normalized=True): divide by (n−1)(n−2), nothing for n ≤ 2. */
export function finishBrandes(sums: BrandesSums): { betweenness: Float64Array; closeness: Float64Array } {
  const n = sums.betweenness.length;
  const betweenness = sums.betweenness.slice();
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) betweenness[i] = betweenness[i]! * scale;
  }
  return { betweenness, closeness: sums.closeness.slice() };
}

/** Sources per chunk between progress reports and cancellation checks. */
export const BRANDES_CHUNK = 64;

/** Betweenness and closeness of every node as Steps: progress and cancellation between chunks of sources. */
export function* betweennessClosenessSteps(csr: Csr): Steps<{ betweenness: Float64Array; closeness: Float64Array }> {
  const n = csr.nodes.length;
  const sums = emptyBrandesSums(n);
  for (let from = 0; from < n; from += BRANDES_CHUNK) {
    brandesPartial(csr, from, from + BRANDES_CHUNK, sums);
    yield Math.min(1, (from + BRANDES_CHUNK) / n);
  }
  return finishBrandes(sums);
}

/** Betweenness and closeness of every node, run straight through (with progress and cancellation). */
export function betweennessCloseness(
  csr: Csr,
  control: RunControl = {},
): { betweenness: Float64Array; closeness: Float64Array } {
  return runSteps(betweennessClosenessSteps(csr), control);
}
