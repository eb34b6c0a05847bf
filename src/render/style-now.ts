// Cytoscape's styles computed in the caller's task, so a sliced change measures (and bounds) its own cost.
import type { Collection } from 'cytoscape';

/** What this module uses of a collection beyond the typings (cytoscape 3.35 src/collection/style.mjs). */
interface StyledCollection {
  cleanStyle?: () => void;
}

/**
 * Applies the stylesheet now to those of `elements` whose style a change marked dirty. Cytoscape otherwise does
 * it in its next frame (updateEleCalcs), where a slice's restyles made a task the slice could not time; after
 * this the frame finds them clean. Call it outside a batch (a batch marks its elements dirty only at its end).
 * Where the method is missing it does nothing: the frame then styles them as before.
 */
export function styleNow(elements: Collection): void {
  (elements as unknown as StyledCollection).cleanStyle?.call(elements);
}
