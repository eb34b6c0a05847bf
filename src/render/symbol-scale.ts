// How small a symbol with a least scale may get on screen: its full floor in a roomy canvas, less in a small frame.
import type { Core } from 'cytoscape';

/**
 * The canvas side (px) from which a symbol's least scale (elements.ts `minScale`) holds in full. Below it the floor
 * shrinks with the canvas's shorter side: the country map's discs keep 9–29 px on screen, which in a 480×320 story
 * frame (a canvas of 480×210, Europe at zoom 0.08) made Latvia and Lithuania one blob (66% overlap of the smaller
 * disc); at 210 / 400 of it they are 5–15 px and overlap by about 20%. A 1440×900 page's canvas (729 px high) keeps
 * the full floor.
 */
export const FULL_FLOOR_SIDE = 400;

/** The least scale in a canvas of `width` × `height` px; the whole of it without a size (headless, exports). */
export function leastScaleIn(minScale: number, width: number, height: number): number {
  const side = Math.min(width, height);
  return side > 0 ? minScale * Math.min(1, side / FULL_FLOOR_SIDE) : minScale;
}

/** The least scale on this instance's canvas; a headless instance (exports, tests) reports 1×1 px: the whole floor. */
export const leastScaleOn = (cy: Core, minScale: number): number =>
  cy.container() === null ? minScale : leastScaleIn(minScale, cy.width(), cy.height());

/**
 * A node's model size at `zoom` with its floor `minScale` (already lowered for the canvas): zoomed out past the floor
 * it keeps the screen size it has there. The one formula of the stylesheet (style.ts symbolSize), the plain-canvas
 * nodes (node-preview.ts) and the label pass (labels.ts), so the three draw and measure the same disc.
 */
export const sizeAtFloor = (size: number, minScale: number | undefined, zoom: number): number =>
  minScale === undefined || zoom >= minScale ? size : (size * minScale) / zoom;
