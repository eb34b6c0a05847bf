// Louvain communities with deterministic labels, and the weighted modularity used to check them against NetworkX.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Csr, EdgeList } from './csr';
import { louvainOfEdges } from './louvain-edges';
import { mulberry32 } from '../model/random';

export interface CommunityOptions {
  seed?: number;
  resolution?: number;
  /** Only these nodes decide the numbering (hub nodes of agreements are left out); default all. */
  labelled?: (node: string) => boolean;
}

/**
 * Louvain (graphology-communities-louvain, weighted like nx.community.louvain_communities' default
 * weight="weight"), then renumbered: 0 is the largest community among the labelled nodes, ties by
 * the first node in graph order, so labels do not depend on the algorithm's internal numbering.
 */
export function communities(graph: Graph, options: CommunityOptions = {}): Map<string, number> {
  const { seed = 1, resolution = 1 } = options;
  const nodes = graph.nodes();
  const raw: Record<string, number> =
    graph.size === 0
      ? Object.fromEntries(nodes.map((node, i) => [node, i]))
      : louvain(graph, { getEdgeWeight: 'weight', resolution, rng: mulberry32(seed) });
  return renumbered(nodes, raw, options.labelled);
}

/** The same partition and labels as communities(actorGraphFrom(…)), from the graph's edge list (no graphology graph). */
export function communitiesOfEdges(list: EdgeList, options: CommunityOptions = {}): Map<string, number> {
  const { seed = 1, resolution = 1 } = options;
  const raw: Record<string, number> =
    list.sources.length === 0
      ? Object.fromEntries(list.nodes.map((node, i) => [node, i]))
      : louvainOfEdges(list, seed, resolution);
  return renumbered(list.nodes, raw, options.labelled);
}

/** Louvain's labels renumbered by size among the labelled nodes, ties by first node in graph order. */
function renumbered(
  nodes: string[],
  raw: Record<string, number>,
  labelled: (node: string) => boolean = () => true,
): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    if (!labelled(node)) continue;
    const label = raw[node] as number;
    const list = members.get(label);
    if (list === undefined) members.set(label, [node]);
    else list.push(node);
  }
  // Map preserves first-appearance order, and Array.prototype.sort is stable: size then first appearance.
  const ordered = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  const renumber = new Map<number, number>(ordered.map(([raw], label) => [raw, label]));
  // Unlabelled nodes (hubs) share their community's number; a community of hubs alone comes last.
  const out = new Map<string, number>();
  for (const node of nodes) {
    const rawLabel = raw[node] as number;
    if (!renumber.has(rawLabel)) renumber.set(rawLabel, renumber.size);
    out.set(node, renumber.get(rawLabel) as number);
  }
  return out;
}

/**
 * Weighted modularity of a partition, as nx.community.modularity(G, parts, weight="weight"):
 * Q = Σ_c [ L_c / m − (K_c / 2m)² ], L_c the weight inside c, K_c its summed strength.
 * Nodes missing from `labels` each count as their own community.
 */
export function modularity(csr: Csr, labels: (node: string) => number | undefined): number {
  const n = csr.nodes.length;
  const community = new Int32Array(n);
  const ids = new Map<number, number>();
  let next = 0;
  for (let i = 0; i < n; i++) {
    const label = labels(csr.nodes[i] as string);
    const key = label === undefined ? -1 - i : label;
    let id = ids.get(key);
    if (id === undefined) {
      id = next++;
      ids.set(key, id);
    }
    community[i] = id;
  }
  const inside = new Float64Array(next);
  const total = new Float64Array(next);
  let twiceM = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
      const w = csr.weights[j]!;
      twiceM += w;
      total[c] = total[c]! + w;
      if (community[csr.targets[j]!] === c) inside[c] = inside[c]! + w;
    }
  }
  if (twiceM === 0) return 0;
  let q = 0;
  for (let c = 0; c < next; c++) q += inside[c]! / twiceM - (total[c]! / twiceM) ** 2;
  return q;
}
