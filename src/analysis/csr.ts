// A compressed-sparse-row copy of an undirected graphology graph: the typed arrays every fast metric loops over.
import type Graph from 'graphology';

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

/** Builds a CSR straight from an edge list (used by the bench and the tests, no graphology needed). */
export function csrFromEdges(nodes: string[], edges: ReadonlyArray<readonly [number, number, number]>): Csr {
  const n = nodes.length;
  const degree = new Int32Array(n);
  for (const [s, t] of edges) {
    degree[s] = (degree[s] as number) + 1;
    degree[t] = (degree[t] as number) + 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (degree[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  for (const [s, t, w] of edges) {
    const ps = fill[s] as number;
    targets[ps] = t;
    weights[ps] = w;
    fill[s] = ps + 1;
    const pt = fill[t] as number;
    targets[pt] = s;
    weights[pt] = w;
    fill[t] = pt + 1;
  }
  return { nodes, offsets, targets, weights };
}
