// The union of two versions' actor-graph edges, each marked added / ended / kept: what the compare view draws.
import type { FilteredDataset } from '../model/filter';
import { drawnAsHub } from '../model/graph';
import { byCode } from './scope';

/** An actor-graph edge of the union of both versions, with what happened to it (for the render adapter). */
export interface CompareEdge {
  source: string;
  target: string;
  /** `added`: only after; `ended`: only before; `kept`: in both. */
  status: 'added' | 'ended' | 'kept';
}

/** The clique edges of both versions, each marked added / ended / kept; ordered by source then target. */
export function compareEdges(before: FilteredDataset, after: FilteredDataset): CompareEdge[] {
  const key = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
  const pairs = (filtered: FilteredDataset): Map<string, [string, string]> => {
    const out = new Map<string, [string, string]>();
    for (const { parties } of filtered.agreements) {
      // An agreement past MAX_CLIQUE_PARTIES has no pair ties in the actor graph (it is a hub node there).
      if (drawnAsHub('clique', parties.length)) continue;
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const pair = key(parties[i]!, parties[j]!);
          out.set(`${pair[0]}\u0000${pair[1]}`, pair);
        }
      }
    }
    return out;
  };
  const was = pairs(before);
  const is = pairs(after);
  const edges: CompareEdge[] = [];
  for (const [id, [source, target]] of is) edges.push({ source, target, status: was.has(id) ? 'kept' : 'added' });
  for (const [id, [source, target]] of was) if (!is.has(id)) edges.push({ source, target, status: 'ended' });
  return edges.sort((a, b) => byCode(a.source, b.source) || byCode(a.target, b.target));
}
