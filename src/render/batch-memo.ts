// The tie layer's last batches, kept while its ties, their emphasis and every end are unchanged (edge-batches.ts makes them).
import type { EdgeData } from './elements';
import { edgeBatches, type BatchOptions, type EdgeBatch, type EndState } from './edge-batches';

/** An end as the batches see it: a hidden one is as good as none (edgeBatches skips a tie with either). */
const shown = (end: EndState | undefined): EndState | undefined => (end === undefined || end.hidden ? undefined : end);

const sameEnd = (a: EndState | undefined, b: EndState | undefined): boolean =>
  a === undefined || b === undefined
    ? a === b
    : a.x === b.x && a.y === b.y && a.faded === b.faded && a.selected === b.selected;

/**
 * True when both maps give every tie the same ends: each shown end at the same place and in the same state. A node
 * hidden in one and missing from the other (the preview lists only the shown nodes) counts as the same.
 */
function sameEnds(a: ReadonlyMap<string, EndState>, b: ReadonlyMap<string, EndState>): boolean {
  if (a === b) return true;
  for (const [id, end] of a) if (!sameEnd(shown(end), shown(b.get(id)))) return false;
  for (const [id, end] of b) if (!end.hidden && !a.has(id)) return false;
  return true;
}

/**
 * edgeBatches with a memory of one: the same edges array, path pairs and arcs, and ends equal one by one, give the
 * batches made last. The hand-over from a preview to cytoscape, and a drawing asked for twice, read the same ends
 * again: at 5,000 actors with all 68,000 ties the batches took 50–90 ms each time, comparing the ends ~2 ms.
 */
export function batchMemo(): (
  edges: readonly EdgeData[],
  ends: ReadonlyMap<string, EndState>,
  options: BatchOptions,
) => EdgeBatch[] {
  let last: {
    edges: readonly EdgeData[];
    ends: ReadonlyMap<string, EndState>;
    options: BatchOptions;
    batches: EdgeBatch[];
  } | null = null;
  return (edges, ends, options) => {
    if (
      last !== null &&
      last.edges === edges &&
      last.options.pathPairs === options.pathPairs &&
      last.options.arcs === options.arcs &&
      sameEnds(last.ends, ends)
    ) {
      return last.batches;
    }
    const batches = edgeBatches(edges, (id) => ends.get(id), options);
    last = { edges, ends, options, batches };
    return batches;
  };
}
