// Structure of the actor graph: shortest alliance paths, articulation points, bridges, connected components.
import type Graph from 'graphology';
import { actorIdOf, actorKey, HUB_PREFIX, isHubKey } from '../model/graph';
import { toCsr } from './csr';

export interface PathStep {
  from: string;
  to: string;
  /** The agreements behind this step (in the hub projection: the one agreement whose node it passes). */
  agreements: string[];
}

export interface AlliancePath {
  actors: string[];
  steps: PathStep[];
}

export interface ShortestPaths {
  /** Number of graph edges on each path (a hub node counts as a stop), null when unreachable. */
  distance: number | null;
  paths: AlliancePath[];
  /** True when there were more equally short paths than `limit`. */
  truncated: boolean;
}

const edgeAgreements = (graph: Graph, a: string, b: string): string[] => {
  const value: unknown = graph.getEdgeAttribute(graph.edge(a, b), 'agreements');
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
};

/** Turns a node path into actor steps, folding each agreement node into the step that passes it. */
function toAlliancePath(graph: Graph, keys: string[]): AlliancePath {
  const actors = keys.filter((key) => !isHubKey(key)).map(actorIdOf);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < keys.length; i++) {
    const a = keys[i]!;
    const b = keys[i + 1]!;
    if (isHubKey(b) && i + 2 < keys.length) {
      steps.push({ from: actorIdOf(a), to: actorIdOf(keys[i + 2]!), agreements: [b.slice(HUB_PREFIX.length)] });
      i++;
    } else steps.push({ from: actorIdOf(a), to: actorIdOf(b), agreements: edgeAgreements(graph, a, b) });
  }
  return { actors, steps };
}

/** All equally short (unweighted) paths between two actors, at most `limit`, in a stable order. */
export function shortestPaths(graph: Graph, from: string, to: string, limit = 10): ShortestPaths {
  const source = actorKey(from);
  const target = actorKey(to);
  if (!graph.hasNode(source) || !graph.hasNode(target)) return { distance: null, paths: [], truncated: false };
  if (source === target) return { distance: 0, paths: [{ actors: [from], steps: [] }], truncated: false };
  const dist = new Map<string, number>([[source, 0]]);
  const preds = new Map<string, string[]>();
  const queue = [source];
  for (let head = 0; head < queue.length && !dist.has(target); head++) {
    const v = queue[head]!;
    const dv = dist.get(v)!;
    const next: string[] = [];
    graph.forEachNeighbor(v, (w) => {
      if (!dist.has(w)) {
        dist.set(w, dv + 1);
        next.push(w);
      }
    });
    queue.push(...next);
  }
  const distance = dist.get(target);
  if (distance === undefined) return { distance: null, paths: [], truncated: false };
  // Predecessors on shortest paths, only for nodes that can lie on one.
  for (const [node, d] of dist) {
    if (d === 0 || d > distance) continue;
    preds.set(
      node,
      graph.neighbors(node).filter((p) => dist.get(p) === d - 1),
    );
  }
  const paths: AlliancePath[] = [];
  let truncated = false;
  const walk = (node: string, suffix: string[]): void => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    if (node === source) {
      paths.push(toAlliancePath(graph, [source, ...suffix]));
      return;
    }
    for (const p of preds.get(node) ?? []) {
      walk(p, [node, ...suffix]);
      if (truncated) return;
    }
  };
  walk(target, []);
  return { distance, paths, truncated };
}

export interface Bridge {
  /** The actor ends of the edge (one, when the other end is an agreement node of the hub projection). */
  actors: string[];
  agreements: string[];
}

/** Articulation points and bridges in one iterative Tarjan DFS (recursion would overflow at 5,000 actors). */
function tarjan(graph: Graph): { cut: boolean[]; bridges: Array<[number, number]>; nodes: string[] } {
  const { nodes, offsets, targets } = toCsr(graph);
  const n = nodes.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const cut = new Array<boolean>(n).fill(false);
  const bridges: Array<[number, number]> = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    const stack = [root];
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!]!;
        cursor[v] = cursor[v]! + 1;
        if (disc[w] === -1) {
          parent[w] = v;
          if (v === root) rootChildren++;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
        continue;
      }
      stack.pop();
      const p = parent[v]!;
      if (p >= 0) {
        low[p] = Math.min(low[p]!, low[v]!);
        if (low[v]! > disc[p]!) bridges.push([p, v]);
        if (p !== root && low[v]! >= disc[p]!) cut[p] = true;
      }
    }
    cut[root] = rootChildren > 1;
  }
  return { cut, bridges, nodes };
}

/** Actors whose removal splits their part of the network (agreement nodes of the hub projection left out). */
export function articulationPoints(graph: Graph): string[] {
  const { cut, nodes } = tarjan(graph);
  return nodes.filter((key, i) => cut[i] && !isHubKey(key)).map(actorIdOf);
}

/** Ties whose removal splits their part of the network, in graph order of their first end. */
export function bridges(graph: Graph): Bridge[] {
  const { bridges: pairs, nodes } = tarjan(graph);
  return pairs
    .sort((x, y) => Math.min(...x) - Math.min(...y) || Math.max(...x) - Math.max(...y))
    .map(([a, b]) => ({
      actors: [nodes[a]!, nodes[b]!].filter((key) => !isHubKey(key)).map(actorIdOf),
      agreements: edgeAgreements(graph, nodes[a]!, nodes[b]!),
    }));
}

/** Connected parts as lists of actor ids, largest first, ties by first actor in graph order. */
export function connectedComponents(graph: Graph): string[][] {
  const { nodes, offsets, targets } = toCsr(graph);
  const seen = new Uint8Array(nodes.length);
  const parts: string[][] = [];
  for (let start = 0; start < nodes.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = targets[j]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue.push(w);
        }
      }
    }
    const actors = queue
      .sort((a, b) => a - b)
      .map((i) => nodes[i]!)
      .filter((key) => !isHubKey(key));
    if (actors.length > 0) parts.push(actors.map(actorIdOf));
  }
  return parts.sort((a, b) => b.length - a.length);
}
