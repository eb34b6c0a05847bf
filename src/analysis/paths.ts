// Shortest alliance paths (what the path finder shows), focus neighbourhoods, cut points, bridges and components.
import type Graph from 'graphology';
import { actorIdOf, actorKey, HUB_PREFIX, isHubKey, type ActorGraph } from '../model/graph';
import { toCsr } from './csr';
import { graphSpace, type PathSpace } from './path-space';

export interface PathStep {
  from: string;
  to: string;
  /** The agreements behind this step (in the hub projection: the one agreement whose node it passes). */
  agreements: string[];
}

/** Where no chain of agreements joins two actors: the pair whose tie would join their two parts. */
export interface BridgeSuggestion {
  /** The best-connected actor in each side's part of the network. */
  sourceSide: string;
  targetSide: string;
  /** How many actors each part holds. */
  sourcePart: number;
  targetPart: number;
}

export type PathReport =
  | { kind: 'missing'; missing: string[] }
  | { kind: 'same' }
  | { kind: 'found'; length: number; paths: string[][]; steps: PathStep[][]; truncated: boolean }
  | { kind: 'none'; bridge: BridgeSuggestion };

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Graph keys are actor ids except for names like `__proto__` (see actorKey); results speak actor ids. */

/** A path space already, or a graphology graph read as one. */
const spaceOf = (on: ActorGraph | PathSpace): PathSpace => ('neighbours' in on ? on : graphSpace(on));

/** Breadth-first distances and, for every reached node, its predecessors on shortest paths from `source`. */
function bfs(graph: PathSpace, source: string): { distance: Map<string, number>; preds: Map<string, string[]> } {
  const distance = new Map<string, number>([[source, 0]]);
  const preds = new Map<string, string[]>([[source, []]]);
  let frontier = [source];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = distance.get(node) as number;
      for (const neighbour of graph.neighbours(node)) {
        const seen = distance.get(neighbour);
        if (seen === undefined) {
          distance.set(neighbour, d + 1);
          preds.set(neighbour, [node]);
          next.push(neighbour);
        } else if (seen === d + 1) preds.get(neighbour)?.push(node);
      }
    }
    frontier = next;
  }
  return { distance, preds };
}

/** Every shortest path from `source` to `target` as graph keys (in a stable order), at most `limit` of them. */
function shortestKeyPaths(graph: PathSpace, sourceId: string, targetId: string, limit: number): string[][] {
  const source = actorKey(sourceId);
  const target = actorKey(targetId);
  if (!graph.has(source)) return [];
  const { preds } = bfs(graph, source);
  if (!preds.has(target)) return [];
  const paths: string[][] = [];
  const walk = (node: string, tail: string[]): void => {
    if (paths.length >= limit) return;
    if (node === source) {
      paths.push([source, ...tail]);
      return;
    }
    for (const pred of preds.get(node) ?? []) walk(pred, [node, ...tail]);
  };
  walk(target, []);
  return paths;
}

/** Every shortest path from `source` to `target` as actor ids (agreement nodes left out), at most `limit`. */
export function allShortestPaths(
  graph: ActorGraph | PathSpace,
  sourceId: string,
  targetId: string,
  limit: number,
): string[][] {
  return shortestKeyPaths(spaceOf(graph), sourceId, targetId, limit).map((keys) =>
    keys.filter((key) => !isHubKey(key)).map(actorIdOf),
  );
}

/** A key path as actor steps, folding each agreement node of the hub projection into the step that passes it. */
function stepsOf(graph: PathSpace, keys: readonly string[]): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < keys.length; i++) {
    const a = keys[i] as string;
    const b = keys[i + 1] as string;
    if (isHubKey(b) && i + 2 < keys.length) {
      steps.push({
        from: actorIdOf(a),
        to: actorIdOf(keys[i + 2] as string),
        agreements: [b.slice(HUB_PREFIX.length)],
      });
      i++;
    } else steps.push({ from: actorIdOf(a), to: actorIdOf(b), agreements: graph.agreements(a, b) });
  }
  return steps;
}

/** The most central actor of a part of the network: highest score, ties by degree, then by id. */
function broker(graph: PathSpace, part: Iterable<string>, score: (id: string) => number | null): string {
  let best: string | null = null;
  let bestKey: [number, number] = [-Infinity, -Infinity];
  for (const id of [...part].sort(byId)) {
    const key: [number, number] = [score(actorIdOf(id)) ?? -1, graph.degree(id)];
    if (best === null || key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
      best = id;
      bestKey = key;
    }
  }
  return actorIdOf(best as string);
}

/**
 * What the path finder shows for two actors on the actor graph (clique or hub projection): all equally short paths
 * (up to `limit`), each step with its agreements; or, where no chain of agreements joins them,
 * the best-connected actor (highest `score`, e.g. betweenness; then degree) in each one's part of
 * the network, as the pair whose tie would join the two parts.
 */
export function pathReport(
  on: ActorGraph | PathSpace,
  source: string,
  target: string,
  limit = 10,
  score: (id: string) => number | null = () => null,
): PathReport {
  const graph = spaceOf(on);
  const missing = [source, target].filter((id) => !graph.has(actorKey(id)));
  if (missing.length > 0) return { kind: 'missing', missing };
  if (source === target) return { kind: 'same' };
  const keyPaths = shortestKeyPaths(graph, source, target, limit + 1);
  if (keyPaths.length > 0) {
    const shown = keyPaths.slice(0, limit);
    const steps = shown.map((keys) => stepsOf(graph, keys));
    return {
      kind: 'found',
      // Actor steps: an agreement node of the hub projection is not a stop.
      length: (steps[0] as PathStep[]).length,
      paths: shown.map((keys) => keys.filter((key) => !isHubKey(key)).map(actorIdOf)),
      steps,
      truncated: keyPaths.length > limit,
    };
  }
  const sourcePart = [...bfs(graph, actorKey(source)).distance.keys()].filter((key) => !isHubKey(key));
  const targetPart = [...bfs(graph, actorKey(target)).distance.keys()].filter((key) => !isHubKey(key));
  return {
    kind: 'none',
    bridge: {
      sourceSide: broker(graph, sourcePart, score),
      targetSide: broker(graph, targetPart, score),
      sourcePart: sourcePart.length,
      targetPart: targetPart.length,
    },
  };
}

/** The actors within `hops` steps of actor `id` (itself included): the focus neighbourhood, as actor ids. */
export function neighbourhood(on: ActorGraph | PathSpace, id: string, hops: 1 | 2): Set<string> {
  const graph = spaceOf(on);
  const kept = new Set<string>();
  const start = actorKey(id);
  if (!graph.has(start)) return kept;
  kept.add(start);
  let frontier = [start];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbours(node)) {
        if (!kept.has(neighbour)) {
          kept.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return new Set([...kept].map(actorIdOf));
}

/** A tie whose removal splits its part of the network. */
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
  const space = graphSpace(graph);
  return pairs
    .sort((x, y) => Math.min(...x) - Math.min(...y) || Math.max(...x) - Math.max(...y))
    .map(([a, b]) => ({
      actors: [nodes[a]!, nodes[b]!].filter((key) => !isHubKey(key)).map(actorIdOf),
      agreements: space.agreements(nodes[a]!, nodes[b]!),
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
