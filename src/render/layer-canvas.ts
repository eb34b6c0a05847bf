// The edge layer's set-up: from how many ties it draws them (LAYER_FROM), its two canvases (on screen, off screen), same-tie lists.
import type { EdgeData } from './elements';

/**
 * From this many drawn ties on, the lines go to the edge layer. Measured in headless Chromium on the
 * 2-core machine (docs/performance.md): cytoscape builds and paints 5,000 nodes in 1.6–2.0 s and
 * 5,000 nodes with 10,000 edges in 3.8–4.8 s, hides 7,000 edges in 0.5–0.8 s; a plain canvas strokes
 * 10,000 hairlines in 20–100 ms. Even the sample's 965 ties paint sooner this way (first paint 2.0 s ->
 * 1.15 s, longest task 616 -> 251 ms, same minute). Below it cytoscape draws the few ties itself.
 */
export const LAYER_FROM = 500;

export interface LayerCanvases {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D | null;
  /** Off screen: a redraw after a rest is made here in slices and swapped in whole (edge-rest-draw.ts). */
  back: HTMLCanvasElement;
  backContext: CanvasRenderingContext2D | null;
}

/**
 * The canvases of a layer in `container` (first child, so cytoscape's canvases lie over it; out of the pointer's way
 * and hidden from screen readers), or null without a container (headless tests keep only the ties).
 */
export function layerCanvases(container: HTMLElement | null): LayerCanvases | null {
  if (container === null) return null;
  const back = document.createElement('canvas');
  // Each rest slice reads a pixel back to measure its own drawing (edge-rest-draw.ts).
  const backContext = back.getContext('2d', { willReadFrequently: true });
  const canvas = document.createElement('canvas');
  canvas.className = 'edge-layer';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
  container.insertBefore(canvas, container.firstChild);
  return { canvas, context: canvas.getContext('2d'), back, backContext };
}

/** Whether two tie lists hold the same ties (an update maps the scene's edges into a new list each time). */
export const sameEdges = (a: readonly EdgeData[], b: readonly EdgeData[]): boolean =>
  a === b || (a.length === b.length && a.every((edge, i) => edge === b[i]));
