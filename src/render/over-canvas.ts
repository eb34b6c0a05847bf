// What the page draws over the canvas (a legend floating over a small embed), found by a mark: labels keep off it.
import type { Core } from 'cytoscape';
import type { Box } from './label-placement';

/**
 * Marks an element the page draws over the canvas (the legend that floats over a small embed): labels keep off
 * whatever part of the canvas it covers, as off the zoom buttons. One beside the canvas covers none of it. A module of
 * its own, so the views can mark an element without loading the renderer.
 */
export const OVER_CANVAS_ATTRIBUTE = 'data-over-canvas';

/** Per canvas, the watch on the marked elements' sizes that watchOverlays started, and the elements it watches. */
const watches = new WeakMap<Core, { observer: ResizeObserver; watched: WeakSet<Element> }>();

/**
 * Calls `changed` whenever a marked element that a label pass has found (overlaysOf) changes size: the legend opened
 * or closed over a small embed covers another part of the canvas, and its labels are placed again. Returns the stop.
 */
export function watchOverlays(cy: Core, changed: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  // The first report of each element comes as it is first watched, by the pass that found it: nothing changed then.
  const reported = new WeakSet<Element>();
  const observer = new ResizeObserver((entries) => {
    let fresh = false;
    for (const { target } of entries) {
      if (reported.has(target)) fresh = true;
      else reported.add(target);
    }
    if (fresh) changed();
  });
  watches.set(cy, { observer, watched: new WeakSet() });
  return () => {
    observer.disconnect();
    watches.delete(cy);
  };
}

/** The boxes, in canvas pixels, of the marked elements that lie over this canvas (none headless). */
export function overlaysOf(cy: Core): Box[] {
  const container = cy.container();
  if (container === null || typeof document === 'undefined') return [];
  const canvas = container.getBoundingClientRect();
  const boxes: Box[] = [];
  const watch = watches.get(cy);
  for (const element of document.querySelectorAll(`[${OVER_CANVAS_ATTRIBUTE}]`)) {
    // Each element is watched once (observing it again may report it again); one beside the canvas is watched too,
    // as it may come over it.
    if (watch !== undefined && !watch.watched.has(element)) {
      watch.watched.add(element);
      watch.observer.observe(element);
    }
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.right <= canvas.left || r.left >= canvas.right) continue;
    if (r.bottom <= canvas.top || r.top >= canvas.bottom) continue;
    boxes.push({ x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height });
  }
  return boxes;
}
