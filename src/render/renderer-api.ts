// The renderer's public shape: what a view may ask of a canvas (cytoscape stays behind it, in adapter.ts).
import type { Core, Position } from 'cytoscape';
import type { EdgeLayer } from './edge-layer';
import type { EdgeData, GraphElements } from './elements';
import type { CanvasOps } from './renderer-ops';

export interface GraphScene {
  elements: GraphElements;
  /** Changes when another dataset loads: the old positions are forgotten and the layout runs afresh. */
  epoch: number;
}

export interface RendererOptions {
  /** The element to draw into; without one the renderer runs headless (tests, measurements). */
  container?: HTMLElement;
  onSelect?: (id: string | null) => void;
  /** Called after nodes have been placed (layout finished or positions applied). */
  onPlaced?: () => void;
  /** Cytoscape's WebGL mode; only worth it on a hardware GPU (render/webgl-detect.ts decides). */
  webgl?: boolean;
  /** Drawn ties from which the edge layer takes the lines (default LAYER_FROM with a container, never headless). */
  edgeLayerFrom?: number;
  /**
   * Nodes to move or restyle from which a layout switch or a filter is done a slice per task behind its new
   * picture on the plain layer (render/catch-up.ts; default CATCH_UP_FROM with a container, never headless).
   */
  sliceFrom?: number;
  /**
   * Nodes in a dataset from which the plain layer paints them and cytoscape only the marked ones
   * (render/layer-nodes.ts; default NODE_LAYER_FROM with a container, never headless).
   */
  nodeLayerFrom?: number;
}

/** A canvas: cytoscape inside, operations outside (renderer-ops.ts); views reach cytoscape through nothing else. */
export interface GraphRenderer extends CanvasOps {
  update(scene: GraphScene): void;
  /**
   * update() for a large new network, with cytoscape's nodes added a slice per task (render/sliced-build.ts)
   * while the preview stays on screen; `done` runs right after the final update(). Returns a function that
   * stops the build; a later update() completes whatever is missing. Nodes without a position: plain update().
   */
  build(scene: GraphScene, done: () => void): () => void;
  /**
   * Draws a first picture of the scene on the plain canvas (nodes and ties, fitted to the view) without
   * building cytoscape's elements; the next update() replaces it. False when some node has no position.
   */
  preview(scene: GraphScene): boolean;
  /** Marks one node (and its edges) as selected; null clears. Unknown ids clear too. */
  select(id: string | null): void;
  /**
   * Ties drawn besides the scene's, which its level of detail left out (render/lod.ts tiesAlsoDrawn: the selected
   * actor's, a focus's, a path's), until the next call; a later scene keeps them, so the caller gives them anew.
   */
  alsoDraw(ties: readonly EdgeData[]): void;
  /** Node positions in pixels relative to the container's top-left corner. */
  renderedPositions(): Map<string, Position>;
  fit(): void;
  /**
   * The reader's zoom buttons and keys: zooms by `factor` about the canvas centre, or fits every drawn node
   * (`'fit'`). Counts as the reader's own move (USER_CAMERA_EVENT), so the link takes the camera.
   */
  zoomBy(factor: number | 'fit'): void;
  /**
   * Places the labels again soon (render/labels.ts): after a change of classes the renderer does not make
   * itself (focus, paths). Camera moves, updates, selection and hover relabel on their own.
   */
  relabel(): void;
  /**
   * Marks the actor the keyboard is on (null clears), names it, and brings it into view when it is off the
   * canvas. Returns its label, or null for an unknown or hidden id.
   */
  setCursor(id: string | null): string | null;
  /**
   * Routes node taps to `handler` instead of the selection (the country view selects countries), so one
   * tap has one handler; null gives taps back to the selection.
   */
  setNodeTap(handler: ((id: string) => void) | null): void;
  /** Does what a tap on the node does (the view's handler, else the selection): Enter on the keyboard's node. */
  tapNode(id: string): void;
  destroy(): void;
  /** The underlying instance, for the render layer's own tests only (lint keeps it out of src/view). */
  readonly cy: Core;
  /** The plain-canvas layer that draws the ties when there are many (LAYER_FROM); empty otherwise. */
  readonly edgeLayer: EdgeLayer;
}
