// The canvas follows its box; when the box shrinks (a details sheet opening under or beside it) the selected actor is panned back into view.
import type { Core } from 'cytoscape';

/**
 * Room kept between the actor's centre and the canvas's edge, in pixels: clear of the buttons drawn over the canvas's
 * edges (zoom and fit on the right, the folded legend bottom left, about 48 px deep) with its disc.
 */
export const KEEP_IN_VIEW_MARGIN = 56;

/** How far to move along one axis so that `at` lies within `margin` of a box `size` long; 0 when it does already. */
export function shiftInto(at: number, size: number, margin = KEEP_IN_VIEW_MARGIN): number {
  // A box too small for the margin on both sides gets the point in its middle.
  if (size <= 2 * margin) return size / 2 - at;
  if (at < margin) return margin - at;
  if (at > size - margin) return size - margin - at;
  return 0;
}

/**
 * Pans the least that brings the node back inside the canvas, and not at all while it is in view: the rest of the
 * picture stays where the reader left it (cytoscape keeps the top-left corner on a resize), only a tapped actor that
 * the new sheet would hide comes back.
 */
export function keepNodeInView(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const at = node.renderedPosition();
  const x = shiftInto(at.x, cy.width());
  const y = shiftInto(at.y, cy.height());
  if (x !== 0 || y !== 0) cy.panBy({ x, y });
}

/**
 * Resizes the canvas with its container. Cytoscape keeps the top-left corner, as on a window resize, so a status line
 * that comes and goes moves no actor on the canvas; only the selected actor, if the smaller box would hide it (the
 * sheet its tap opened), is panned back into view. Null headless or without ResizeObserver.
 */
export function followBox(
  cy: Core,
  container: HTMLElement | undefined,
  selected: () => string | null,
): ResizeObserver | null {
  if (container === undefined || typeof ResizeObserver !== 'function') return null;
  const observer = new ResizeObserver(() => {
    cy.resize();
    const id = selected();
    if (id !== null) keepNodeInView(cy, id);
  });
  observer.observe(container);
  return observer;
}
