// graphology's Louvain run on an edge list (csr.ts) instead of a graphology graph: the same partition, without building the graph.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { EdgeList } from './csr';
import { mulberry32 } from '../model/random';

/**
 * Why not a graphology graph: building the actor graph costs ~0.6–1.2 s at 5,000 actors / 68,000
 * ties (addEdge), and Louvain reads nothing of it but its nodes in order, their degrees and the
 * edges with their weights in insertion order (graphology-indices' UndirectedLouvainIndex: order,
 * size, selfLoopCount, forEachNode, undirectedDegreeWithoutSelfLoops, forEachEdge). This view gives
 * exactly those, in the order graphology would, so the partition is the one graphology finds on
 * actorGraphFrom (tested label for label on every reference fixture and generated networks).
 */
function louvainView(list: EdgeList): Graph {
  const { nodes, sources, targets, weights } = list;
  const n = nodes.length;
  const m = sources.length;
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    degree[sources[e]!] = degree[sources[e]!]! + 1;
    degree[targets[e]!] = degree[targets[e]!]! + 1;
  }
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const unsupported = (): never => {
    throw new Error('analysis/louvain-edges: the Louvain view is read-only.');
  };
  const view = {
    // What graphology-utils' isGraph and inferType check.
    multi: false,
    type: 'undirected',
    addUndirectedEdgeWithKey: unsupported,
    dropNode: unsupported,
    setNodeAttribute: unsupported,
    order: n,
    size: m,
    selfLoopCount: 0,
    directedSize: 0,
    undirectedSize: m,
    forEachNode(callback: (node: string, attributes: object) => void): void {
      for (let i = 0; i < n; i++) callback(nodes[i]!, {});
    },
    undirectedDegreeWithoutSelfLoops(node: string): number {
      return degree[index.get(node)!]!;
    },
    forEachEdge(
      callback: (
        edge: string,
        attributes: { weight: number },
        source: string,
        target: string,
        sourceAttributes: object,
        targetAttributes: object,
        undirected: boolean,
      ) => void,
    ): void {
      for (let e = 0; e < m; e++) {
        callback(String(e), { weight: weights[e]! }, nodes[sources[e]!]!, nodes[targets[e]!]!, {}, {}, true);
      }
    },
  };
  // The library is typed for a whole graphology Graph; it is given only the part it reads (above).
  return view as unknown as Graph;
}

/** Louvain's raw community of each node key, as louvain(actorGraphFrom(…), …) returns it. */
export function louvainOfEdges(list: EdgeList, seed: number, resolution: number): Record<string, number> {
  return louvain(louvainView(list), { getEdgeWeight: 'weight', resolution, rng: mulberry32(seed) });
}
