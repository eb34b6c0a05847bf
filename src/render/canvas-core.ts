// The cytoscape instance behind a canvas (its options) and its own answers to the pointer and the camera.
import cytoscape, { type Core, type NodeCollection, type NodeSingular } from 'cytoscape';
import { WHEEL_SENSITIVITY } from './camera';
import type { RendererOptions } from './renderer-api';
import { stylesheet } from './style';

/** Delay after the last camera move before labels are placed (render/labels.ts). */
const CAMERA_RELABEL_MS = 120;

/** Applies the stylesheet to `nodes` again: updateStyle() is public (collection/style.mjs) but not in @types/cytoscape. */
export const restyle = (nodes: NodeCollection): void => (nodes as unknown as { updateStyle(): void }).updateStyle();

/** A cytoscape for a canvas in `options.container`, or a headless one (tests, exports) without it. */
export function makeCore(options: RendererOptions): Core {
  return cytoscape({
    ...(options.container ? { container: options.container } : { headless: true, styleEnabled: true }),
    // The typings do not know the WebGL mode of the canvas renderer yet (cytoscape 3.31+).
    ...(options.webgl && options.container ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
    style: stylesheet,
    autounselectify: true,
    boxSelectionEnabled: false,
    // Far enough out for a map whose actors span continents in a 320 px frame (Colorado to Beijing needs ~0.016).
    minZoom: 0.005,
    maxZoom: 6,
    // One wheel notch zooms ~12 % (cytoscape's default moved ~4.5 %: 30 notches did not cross the map).
    wheelSensitivity: WHEEL_SENSITIVITY,
  });
}

/**
 * Hover shows a node's label at once (`relabel(0)`; the others make room for it), labels are placed again once the
 * camera is still, and symbols with a least scale follow the zoom.
 */
export function followPointerAndZoom(cy: Core, relabel: (delay?: number) => void): void {
  cy.on('mouseover', 'node', (event) => {
    (event.target as NodeSingular).addClass('hover');
    relabel(0);
  });
  cy.on('mouseout', 'node', (event) => {
    (event.target as NodeSingular).removeClass('hover');
    relabel();
  });
  // Placement waits until the camera has been still for a moment, so a wheel zoom does not pay for it every frame.
  cy.on('viewport', () => relabel(CAMERA_RELABEL_MS));
  // Symbols with a least scale (style.ts symbolSize) follow the zoom: their style is a function of it.
  let styledZoom = cy.zoom();
  const restyleSymbols = (): void => {
    const symbols = cy.nodes('[minScale]');
    if (symbols.nonempty()) restyle(symbols);
  };
  cy.on('zoom', () => {
    if (cy.zoom() === styledZoom) return;
    styledZoom = cy.zoom();
    restyleSymbols();
  });
  // And the canvas's size: a small canvas lowers their floor (symbol-scale.ts).
  cy.on('resize', restyleSymbols);
}
