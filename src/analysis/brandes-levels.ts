// One Brandes pass per source, level by level, each level from the cheaper side (push, pull or top-down), over the CSR.
import type { Csr } from './csr';

/**
 * Why level by level: the textbook BFS tests every arc for "first visit / next level / neither", a
 * branch the CPU cannot predict in a small-world graph (9–10 ns per arc here, ~85 % of the time).
 * Nodes of one level only touch the levels next to it, so each level can be done with a sum and
 * no test:
 * - forward, σ(w) = Σ σ(u) over w's neighbours u in the current level. Either push every frontier
 *   arc into an accumulator (`acc[w] += σ(u)`), or pull, for every node not yet reached, over a
 *   copy of σ that is non-zero only on the frontier. Pull costs the arcs of the unreached nodes,
 *   push the arcs of the frontier: at 5k/68k ties a middle level holds 75 % of the arcs and the
 *   unreached nodes after it 7 %, so pull wins there, push before it. Tiny frontiers (the first
 *   levels, long tails) keep the textbook loop, which needs no scan of the unreached nodes.
 * - backward, δ(u) = σ(u)·Σ c(w) over u's neighbours w one level deeper, c(w) = (1 + δ(w))/σ(w):
 *   pull over c non-zero only on the deeper level, or push c from the deeper level, whichever
 *   level has fewer arcs.
 * The sums are those of Brandes (2001) in another order; the figures differ in the last bit only
 * (≤ 4e-16 relative on the 5k/50k network). A cost model in ns per arc or node (measured on the
 * 2-core VM of docs/performance.md) picks the side. Measured 2–2.5× less CPU
 * than the textbook loop at 5k/50k.
 */

/** Estimated ns per arc (top-down, push, pull) and per scanned unreached node. */
const TOP_DOWN = 9;
const PUSH = 5;
const PULL = 2;
const SCAN = 3;

/** Connected components, members listed component by component (so a source's BFS never scans other components). */
export interface Components {
  /** Node ids, grouped by component: component c is members[start[c] .. start[c+1]). */
  members: Int32Array;
  start: Int32Array;
  /** Component of each node. */
  of: Int32Array;
  /** Arcs (twice the edges) inside each component. */
  arcs: Float64Array;
}

const cache = new WeakMap<Csr, Components>();

/** The components of a CSR graph (cached per CSR object). */
export function componentsOf(csr: Csr): Components {
  const known = cache.get(csr);
  if (known !== undefined) return known;
  const n = csr.offsets.length - 1;
  const { offsets, targets } = csr;
  const of = new Int32Array(n).fill(-1);
  const members = new Int32Array(n);
  const starts: number[] = [0];
  const arcs: number[] = [];
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (of[root]! >= 0) continue;
    const c = arcs.length;
    let count = 0;
    of[root] = c;
    let head = tail;
    members[tail++] = root;
    while (head < tail) {
      const v = members[head++]!;
      const end = offsets[v + 1]!;
      count += end - offsets[v]!;
      for (let j = offsets[v]!; j < end; j++) {
        const w = targets[j]!;
        if (of[w]! < 0) {
          of[w] = c;
          members[tail++] = w;
        }
      }
    }
    starts.push(tail);
    arcs.push(count);
  }
  const result = { members, start: Int32Array.from(starts), of, arcs: Float64Array.from(arcs) };
  cache.set(csr, result);
  return result;
}

/** Per-node scratch arrays of one run, reset after every source. */
interface Work {
  sigma: Float64Array;
  /** Push target (forward: σ, backward: c); zero outside a level's use. */
  acc: Float64Array;
  /** σ of the frontier (forward) or c of the deeper level (backward) only; zero elsewhere. */
  level: Float64Array;
  dist: Int32Array;
  order: Int32Array;
  pending: Int32Array;
  levelStart: Int32Array;
  levelArcs: Float64Array;
  /** c of the node at each BFS position. */
  coefficient: Float64Array;
}

function workFor(n: number): Work {
  return {
    sigma: new Float64Array(n),
    acc: new Float64Array(n),
    level: new Float64Array(n),
    dist: new Int32Array(n).fill(-1),
    order: new Int32Array(n),
    pending: new Int32Array(n),
    levelStart: new Int32Array(n + 2),
    levelArcs: new Float64Array(n + 1),
    coefficient: new Float64Array(n),
  };
}

/**
 * Adds the betweenness dependencies of sources fromSource ≤ s < toSource into `bc` and sets their
 * closeness (Wasserman–Faust, as nx.closeness_centrality) in `closeness`.
 */
export function brandesLevels(
  csr: Csr,
  fromSource: number,
  toSource: number,
  bc: Float64Array,
  closeness: Float64Array,
): void {
  const n = csr.offsets.length - 1;
  const { offsets, targets } = csr;
  const parts = componentsOf(csr);
  const work = workFor(n);
  const last = Math.min(toSource, n);
  for (let s = Math.max(0, fromSource); s < last; s++) {
    const c = parts.of[s]!;
    const size = parts.start[c + 1]! - parts.start[c]!;
    if (size < 2) continue;
    const { reached, totalDistance, depth } = forward(csr, parts, work, s);
    if (totalDistance > 0) closeness[s] = (reached / totalDistance) * (reached / (n - 1));
    backward(offsets, targets, work, depth, reached + 1, bc);
    const { order, sigma, dist } = work;
    for (let i = 0; i <= reached; i++) {
      const v = order[i]!;
      sigma[v] = 0;
      dist[v] = -1;
    }
  }
}

/** BFS from s, level by level: σ, BFS order and level bounds in `work`. */
function forward(
  csr: Csr,
  parts: Components,
  work: Work,
  s: number,
): { reached: number; totalDistance: number; depth: number } {
  const { offsets, targets } = csr;
  const { sigma, acc, level, dist, order, pending, levelStart, levelArcs } = work;
  const c = parts.of[s]!;
  const from = parts.start[c]!;
  const to = parts.start[c + 1]!;
  const size = to - from;
  sigma[s] = 1;
  dist[s] = 0;
  order[0] = s;
  levelStart[0] = 0;
  levelStart[1] = 1;
  levelArcs[0] = offsets[s + 1]! - offsets[s]!;
  let unreachedArcs = parts.arcs[c]! - levelArcs[0]!;
  /** Unreached nodes in pending[0 .. pend); -1 when the list is stale (rebuilt when needed). */
  let pend = -1;
  let depth = 0;
  let tail = 1;
  let totalDistance = 0;
  while (tail < size) {
    const a = levelStart[depth]!;
    const b = levelStart[depth + 1]!;
    const next = depth + 1;
    const frontierArcs = levelArcs[depth]!;
    const scan = SCAN * (pend < 0 ? size : pend);
    const topDown = TOP_DOWN * frontierArcs;
    const push = PUSH * frontierArcs + scan;
    const pull = PULL * unreachedArcs + scan;
    let newArcs = 0;
    if (topDown <= push && topDown <= pull) {
      for (let i = a; i < b; i++) {
        const v = order[i]!;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let j = offsets[v]!; j < end; j++) {
          const w = targets[j]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = next;
            order[tail++] = w;
            sigma[w] = sv;
            newArcs += offsets[w + 1]! - offsets[w]!;
          } else if (dw === next) sigma[w] = sigma[w]! + sv;
        }
      }
      pend = -1;
    } else {
      if (pend < 0) {
        pend = 0;
        for (let i = from; i < to; i++) {
          const w = parts.members[i]!;
          if (dist[w]! < 0) pending[pend++] = w;
        }
      }
      let keep = 0;
      if (push <= pull) {
        for (let i = a; i < b; i++) {
          const v = order[i]!;
          const sv = sigma[v]!;
          const end = offsets[v + 1]!;
          for (let j = offsets[v]!; j < end; j++) {
            const x = targets[j]!;
            acc[x] = acc[x]! + sv;
          }
        }
        for (let i = 0; i < pend; i++) {
          const w = pending[i]!;
          const got = acc[w]!;
          if (got > 0) {
            sigma[w] = got;
            dist[w] = next;
            order[tail++] = w;
            newArcs += offsets[w + 1]! - offsets[w]!;
          } else pending[keep++] = w;
        }
        // The pushes landed on the levels around the frontier, all reached by now.
        const clearFrom = depth > 0 ? levelStart[depth - 1]! : 0;
        for (let i = clearFrom; i < tail; i++) acc[order[i]!] = 0;
      } else {
        for (let i = a; i < b; i++) level[order[i]!] = sigma[order[i]!]!;
        for (let i = 0; i < pend; i++) {
          const w = pending[i]!;
          let got = 0;
          const end = offsets[w + 1]!;
          for (let j = offsets[w]!; j < end; j++) got += level[targets[j]!]!;
          if (got > 0) {
            sigma[w] = got;
            dist[w] = next;
            order[tail++] = w;
            newArcs += end - offsets[w]!;
          } else pending[keep++] = w;
        }
        for (let i = a; i < b; i++) level[order[i]!] = 0;
      }
      pend = keep;
    }
    unreachedArcs -= newArcs;
    levelStart[next + 1] = tail;
    levelArcs[next] = newArcs;
    totalDistance += next * (tail - b);
    depth = next;
  }
  return { reached: tail - 1, totalDistance, depth };
}

/** Dependencies from the deepest level up; adds δ of every node but the source into `bc`. */
function backward(
  offsets: Int32Array,
  targets: Int32Array,
  work: Work,
  depth: number,
  tail: number,
  bc: Float64Array,
): void {
  const { sigma, acc, level, order, levelStart, levelArcs, coefficient } = work;
  // The deepest level has no successors: δ = 0.
  for (let i = levelStart[depth]!; i < tail; i++) coefficient[i] = 1 / sigma[order[i]!]!;
  for (let d = depth - 1; d >= 1; d--) {
    const a = levelStart[d]!;
    const b = levelStart[d + 1]!;
    const deeper = levelStart[d + 2]!;
    if (PUSH * levelArcs[d + 1]! < PULL * levelArcs[d]!) {
      for (let i = b; i < deeper; i++) {
        const w = order[i]!;
        const cw = coefficient[i]!;
        const end = offsets[w + 1]!;
        for (let j = offsets[w]!; j < end; j++) {
          const x = targets[j]!;
          acc[x] = acc[x]! + cw;
        }
      }
      for (let i = a; i < b; i++) {
        const u = order[i]!;
        const su = sigma[u]!;
        const dependency = su * acc[u]!;
        bc[u] = bc[u]! + dependency;
        coefficient[i] = (1 + dependency) / su;
      }
      // The pushes landed on levels d .. d+2.
      const clearTo = levelStart[Math.min(d + 3, depth + 1)]!;
      for (let i = a; i < clearTo; i++) acc[order[i]!] = 0;
    } else {
      for (let i = b; i < deeper; i++) level[order[i]!] = coefficient[i]!;
      for (let i = a; i < b; i++) {
        const u = order[i]!;
        let sum = 0;
        const end = offsets[u + 1]!;
        for (let j = offsets[u]!; j < end; j++) sum += level[targets[j]!]!;
        const su = sigma[u]!;
        const dependency = su * sum;
        bc[u] = bc[u]! + dependency;
        coefficient[i] = (1 + dependency) / su;
      }
      for (let i = b; i < deeper; i++) level[order[i]!] = 0;
    }
  }
}
