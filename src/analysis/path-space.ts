// What the path finder walks: a graphology actor graph, or the same ties as typed arrays (no graph to build at 5,000 actors).
import type Graph from 'graphology';
import type { FilteredTies } from '../model/ties';

/** The part of an actor graph the shortest paths read; keys as the actor graph has them (actorKey, hubKey). */
export interface PathSpace {
  has(key: string): boolean;
  /** Every neighbour of a node, by key in code-unit order (so the same data always lists the same paths). */
  neighbours(key: string): string[];
  /** The agreements behind the tie of two neighbours, in dataset order. */
  agreements(a: string, b: string): string[];
  /** Distinct partners of a node. */
  degree(key: string): number;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A graphology actor graph (or any undirected graph keyed the same way) as a path space. */
export function graphSpace(graph: Graph): PathSpace {
  return {
    has: (key) => graph.hasNode(key),
    neighbours: (key) => [...graph.neighbors(key)].sort(byKey),
    agreements: (a, b) => {
      const value: unknown = graph.getEdgeAttribute(graph.edge(a, b), 'agreements');
      return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
    },
    degree: (key) => graph.degree(key),
  };
}

/**
 * The ties of actorGraphFrom(filtered, projection) as a path space, read from tiesOf's arrays: each node's row of
 * neighbours sorted once by the keys' order (ranks, not strings), the tie of each slot kept for its agreements.
 * At 5,000 actors / 68,000 ties a path from a link waited for the graphology graph, one 450–670 ms task.
 */
export function tiesSpace(ties: FilteredTies): PathSpace {
  const { keys, source, target } = ties;
  const n = keys.length;
  const indexOf = new Map<string, number>();
  keys.forEach((key, i) => indexOf.set(key, i));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => byKey(keys[a]!, keys[b]!));
  const rank = new Int32Array(n);
  order.forEach((node, at) => (rank[node] = at));
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) {
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  // Each slot holds a neighbour's rank and its tie as one number (rank · ties + tie), so a plain sort orders the row.
  const ranked = new Float64Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  const count = source.length;
  for (let e = 0; e < count; e++) {
    const a = source[e]!;
    const b = target[e]!;
    ranked[fill[a]!++] = rank[b]! * count + e;
    ranked[fill[b]!++] = rank[a]! * count + e;
  }
  for (let i = 0; i < n; i++) ranked.subarray(offsets[i]!, offsets[i + 1]!).sort();
  const rowOf = (key: string): [number, number] => {
    const i = indexOf.get(key);
    return i === undefined ? [0, 0] : [offsets[i]!, offsets[i + 1]!];
  };
  return {
    has: (key) => indexOf.has(key),
    neighbours: (key) => {
      const [from, to] = rowOf(key);
      const out: string[] = [];
      for (let s = from; s < to; s++) out.push(keys[order[Math.floor(ranked[s]! / count)]!]!);
      return out;
    },
    agreements: (a, b) => {
      const [from, to] = rowOf(a);
      const other = indexOf.get(b);
      if (other === undefined) return [];
      const wanted = rank[other]!;
      for (let s = from; s < to; s++) {
        if (Math.floor(ranked[s]! / count) !== wanted) continue;
        const e = ranked[s]! % count;
        const list: string[] = [];
        for (let i = ties.agreementStart[e]!; i < ties.agreementStart[e + 1]!; i++) {
          list.push(ties.agreementIds[ties.agreements[i]!]!);
        }
        return list;
      }
      return [];
    },
    degree: (key) => {
      const [from, to] = rowOf(key);
      return to - from;
    },
  };
}
