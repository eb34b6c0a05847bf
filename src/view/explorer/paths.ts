// Shortest alliance paths between two actors, step by step with the agreements behind each step, or a bridge to suggest.
import { actorIdOf, actorKey, type ActorGraph } from '../../model/graph';

export interface PathStep {
  from: string;
  to: string;
  /** Ids of the agreements that join the two actors of this step. */
  agreements: string[];
}

export interface Bridge {
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
  | { kind: 'none'; bridge: Bridge };

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Graph keys are actor ids except for names like `__proto__` (see actorKey); results speak actor ids. */

/** Breadth-first distances and, for every reached node, its predecessors on shortest paths from `source`. */
function bfs(graph: ActorGraph, source: string): { distance: Map<string, number>; preds: Map<string, string[]> } {
  const distance = new Map<string, number>([[source, 0]]);
  const preds = new Map<string, string[]>([[source, []]]);
  let frontier = [source];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = distance.get(node) as number;
      for (const neighbour of [...graph.neighbors(node)].sort(byId)) {
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

/** Every shortest path from `source` to `target` (in a stable order), at most `limit` of them. */
export function allShortestPaths(graph: ActorGraph, sourceId: string, targetId: string, limit: number): string[][] {
  const source = actorKey(sourceId);
  const target = actorKey(targetId);
  if (!graph.hasNode(source)) return [];
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
  return paths.map((path) => path.map(actorIdOf));
}

function stepsOf(graph: ActorGraph, path: readonly string[]): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const from = path[i] as string;
    const to = path[i + 1] as string;
    const edge = graph.edge(actorKey(from), actorKey(to));
    steps.push({ from, to, agreements: edge === undefined ? [] : graph.getEdgeAttribute(edge, 'agreements') });
  }
  return steps;
}

/** The most central actor of a part of the network: highest score, ties by degree, then by id. */
function broker(graph: ActorGraph, part: Iterable<string>, score: (id: string) => number | null): string {
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
 * What the path finder shows for two actors on the (clique) actor graph: all equally short paths
 * (up to `limit`), each step with its agreements; or, where no chain of agreements joins them,
 * the best-connected actor (highest `score`, e.g. betweenness; then degree) in each one's part of
 * the network, as the pair whose tie would join the two parts.
 */
export function pathReport(
  graph: ActorGraph,
  source: string,
  target: string,
  limit = 10,
  score: (id: string) => number | null = () => null,
): PathReport {
  const missing = [source, target].filter((id) => !graph.hasNode(actorKey(id)));
  if (missing.length > 0) return { kind: 'missing', missing };
  if (source === target) return { kind: 'same' };
  const paths = allShortestPaths(graph, source, target, limit + 1);
  if (paths.length > 0) {
    const shown = paths.slice(0, limit);
    return {
      kind: 'found',
      length: (shown[0] as string[]).length - 1,
      paths: shown,
      steps: shown.map((path) => stepsOf(graph, path)),
      truncated: paths.length > limit,
    };
  }
  const sourcePart = [...bfs(graph, actorKey(source)).distance.keys()];
  const targetPart = [...bfs(graph, actorKey(target)).distance.keys()];
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
export function neighbourhood(graph: ActorGraph, id: string, hops: 1 | 2): Set<string> {
  const kept = new Set<string>();
  const start = actorKey(id);
  if (!graph.hasNode(start)) return kept;
  kept.add(start);
  let frontier = [start];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!kept.has(neighbour)) {
          kept.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return new Set([...kept].map(actorIdOf));
}
