// A compressed-sparse-row copy of an undirected graphology graph: the typed arrays every fast metric loops over.
import type Graph from 'graphology';
import type { FilteredDataset } from '../model/filter';
import { actorKey, drawnAsHub, hubKey } from '../model/graph';
import type { Projection } from '../model/types';

/**
 * Node i's neighbours are targets[offsets[i] .. offsets[i+1]), with the matching edge weights.
 * Nodes are numbered in the graph's iteration order (insertion order, i.e. dataset order),
 * so results line up with `nodes`.
 */
export interface Csr {
  nodes: string[];
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Reads `weight` (default 1) of each edge; self-loops are not part of the format and are skipped. */
export function toCsr(graph: Graph, weightAttribute: string | null = 'weight'): Csr {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(nodes[i] as string, i);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    offsets[i + 1] = (offsets[i] as number) + graph.degreeWithoutSelfLoops(nodes[i] as string);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const raw: unknown = weightAttribute === null ? 1 : attributes[weightAttribute];
    const w = typeof raw === 'number' ? raw : 1;
    const ps = fill[s] as number;
    targets[ps] = t;
    weights[ps] = w;
    fill[s] = ps + 1;
    const pt = fill[t] as number;
    targets[pt] = s;
    weights[pt] = w;
    fill[t] = pt + 1;
  });
  return { nodes, offsets, targets, weights };
}

/** An undirected graph as its edge list: edge e joins sources[e] and targets[e], in insertion order. */
export interface EdgeList {
  nodes: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The CSR of an edge list: each edge appears in both rows, rows in edge order (as toCsr reads a graphology graph). */
export function csrFromEdgeList(list: EdgeList): Csr {
  const { nodes, sources, targets: ends, weights: edgeWeights } = list;
  const n = nodes.length;
  const m = sources.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const s = sources[e]! + 1;
    const t = ends[e]! + 1;
    offsets[s] = offsets[s]! + 1;
    offsets[t] = offsets[t]! + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i + 1]! + offsets[i]!;
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const s = sources[e]!;
    const t = ends[e]!;
    const w = edgeWeights[e]!;
    const ps = fill[s]!;
    targets[ps] = t;
    weights[ps] = w;
    fill[s] = ps + 1;
    const pt = fill[t]!;
    targets[pt] = s;
    weights[pt] = w;
    fill[t] = pt + 1;
  }
  return { nodes, offsets, targets, weights };
}

/** Builds a CSR straight from an edge list (used by the bench and the tests, no graphology needed). */
export function csrFromEdges(nodes: string[], edges: ReadonlyArray<readonly [number, number, number]>): Csr {
  return csrFromEdgeList({
    nodes,
    sources: Int32Array.from(edges, (edge) => edge[0]),
    targets: Int32Array.from(edges, (edge) => edge[1]),
    weights: Float64Array.from(edges, (edge) => edge[2]),
  });
}

/**
 * The edge list of actorGraphFrom(filtered, projection), built without graphology: the same node
 * order (actors, then hubs in agreement order), the same edge order (first time a pair is seen, as
 * graphology inserts it) and the same weights, summed in the same order (tested equal on generated
 * and reference datasets in both projections). Louvain over it (louvain-edges.ts) is graphology's
 * Louvain over that graph, step for step.
 */
export function edgesFromFiltered(filtered: FilteredDataset, projection: Projection = 'clique'): EdgeList {
  const nodes = filtered.actors.map((actor) => actorKey(actor.id));
  const index = new Map<string, number>();
  filtered.actors.forEach((actor, i) => index.set(actor.id, i));
  // Upper bound on the edges, for typed arrays sized once.
  let most = 0;
  for (const { parties } of filtered.agreements) {
    const p = parties.length;
    most += drawnAsHub(projection, p) ? p : (p * (p - 1)) / 2;
  }
  const sources = new Int32Array(most);
  const ends = new Int32Array(most);
  const weights = new Float64Array(most);
  const pairs = pairTable(most);
  let m = 0;
  for (const { agreement, parties } of filtered.agreements) {
    if (drawnAsHub(projection, parties.length)) {
      const hub = nodes.length;
      nodes.push(hubKey(agreement.id));
      for (const party of parties) {
        sources[m] = hub;
        ends[m] = index.get(party)!;
        weights[m++] = 1;
      }
      continue;
    }
    const weight = agreement.weight ?? 1;
    for (let i = 0; i < parties.length; i++) {
      const a = index.get(parties[i]!)!;
      for (let j = i + 1; j < parties.length; j++) {
        const b = index.get(parties[j]!)!;
        if (a === b) continue;
        const known = pairs.find(a < b ? a : b, a < b ? b : a, m);
        if (known === m) {
          sources[m] = a;
          ends[m] = b;
          weights[m++] = weight;
        } else weights[known] = weights[known]! + weight;
      }
    }
  }
  return { nodes, sources: sources.slice(0, m), targets: ends.slice(0, m), weights: weights.slice(0, m) };
}

/**
 * An open-addressing hash table from a node pair (lo, hi) to its edge number, on typed arrays: a
 * Map keyed by lo·n + hi cost ~0.25 s at 68,000 ties (hashing, growth and the garbage it leaves).
 */
function pairTable(most: number): { find: (lo: number, hi: number, fresh: number) => number } {
  let size = 16;
  while (size < 2 * most) size *= 2;
  const mask = size - 1;
  const low = new Int32Array(size);
  const high = new Int32Array(size);
  const edge = new Int32Array(size).fill(-1);
  return {
    /** The pair's edge number, or `fresh` (recorded as its number) when the pair is new. */
    find(lo, hi, fresh) {
      let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) & mask;
      for (;;) {
        const known = edge[slot]!;
        if (known < 0) {
          low[slot] = lo;
          high[slot] = hi;
          edge[slot] = fresh;
          return fresh;
        }
        if (low[slot] === lo && high[slot] === hi) return known;
        slot = (slot + 1) & mask;
      }
    },
  };
}

/**
 * The CSR of toCsr(actorGraphFrom(filtered, projection)), array for array, built without graphology
 * (~20 ms instead of ~0.6 s at 5,000 actors / 68,000 ties), so a second worker can start its Brandes
 * passes at once and the analysis needs no graphology graph at all (analyze.ts).
 */
export function csrFromFiltered(filtered: FilteredDataset, projection: Projection = 'clique'): Csr {
  return csrFromEdgeList(edgesFromFiltered(filtered, projection));
}
