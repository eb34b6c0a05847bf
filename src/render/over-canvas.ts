// What the page draws over the canvas (a legend floating over a small embed), found by a mark: labels keep off it.
import type { Core } from 'cytoscape';
import type { Box } from './label-placement';

/**
 * Marks an element the page draws over the canvas (the legend that floats over a small embed): labels keep off
 * whatever part of the canvas it covers, as off the zoom buttons. One beside the canvas covers none of it. A module of
 * its own, so the views can mark an element without loading the renderer.
 */
export const OVER_CANVAS_ATTRIBUTE = 'data-over-canvas';

/** The boxes, in canvas pixels, of the marked elements that lie over this canvas (none headless). */
export function overlaysOf(cy: Core): Box[] {
  const container = cy.container();
  if (container === null || typeof document === 'undefined') return [];
  const canvas = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of document.querySelectorAll(`[${OVER_CANVAS_ATTRIBUTE}]`)) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.right <= canvas.left || r.left >= canvas.right) continue;
    if (r.bottom <= canvas.top || r.top >= canvas.bottom) continue;
    boxes.push({ x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height });
  }
  return boxes;
}
