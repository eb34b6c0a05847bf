// What the views may do to a canvas, as operations over its cytoscape instance: the view never holds cytoscape itself.
import type { Core, NodeSingular } from 'cytoscape';
import type { SvgScene } from '../model/exports/svg';
import type { Position } from '../model/exports/graph-table';
import { guardWheelZoom, readCamera, sameCamera, type CanvasCamera } from './camera';
import { trackCameraMoves, type CameraMoveListener } from './camera-moves';
import { edgeId } from './elements';
import type { EdgeLayer } from './edge-layer';
import type { PngExport, PngOptions } from './export-image';
import { drawnLabelBoxes, drawnNodeDiscs } from './label-probe';
import { applyPositions, placeBoxes, type ApplyOptions } from './layouts/apply';
import { layoutJob, type LayoutJob } from './layouts/apply-sliced';
import type { CatchUp } from './catch-up';
import { applyHighlight, applyPlan, fitHighlight, highlightPlan, type Highlight } from './layouts/highlight';
import { highlightJob } from './layouts/highlight-sliced';
import { nodesOnLayer } from './layer-nodes';
import { drawBasemapLayer, removeBasemap, syncBasemap, type BasemapShape } from './map/basemap-layer';
import type { Point } from './layouts/types';
import type { SceneOptions } from './scene';
import { shownEdges, shownNodes } from './visibility';

/** The link's camera on this canvas, and the events that tell the reader's moves from the canvas's own. */
export interface CameraControl {
  read(): CanvasCamera;
  /** Whether the canvas shows this camera already (to rounding). */
  shows(camera: CanvasCamera): boolean;
  /**
   * Moves to the camera (or fits, for null), animated over `animate` ms. Its moves are reported with
   * `set: true` until the animation ends, so a listener never takes them for the reader's or a fit.
   */
  set(camera: CanvasCamera | null, options?: { animate?: number }): void;
  /** Stops a running camera animation where it is. */
  stop(): void;
  /** Every camera change, with whether the reader made it or `set` did (else: the canvas's own fit). */
  onMove(listener: CameraMoveListener): () => void;
  /** The canvas changed size. */
  onResize(listener: () => void): () => void;
}

/** What the browser tests read of a canvas (window hooks): classes, counts, zoom, labels. */
export interface CanvasProbe {
  nodesWith(className: string): string[];
  /** Edges with a class, counting the edge layer's ties for `arc` and `on-path`. */
  edgesWith(className: string): number;
  nodeCount(): number;
  edgeCount(): number;
  /** The drawn ties with `id` at one end, on the edge layer or in cytoscape. */
  drawnTiesOf(id: string): number;
  zoom(): number;
  labelBoxes(): ReturnType<typeof drawnLabelBoxes>;
  nodeDiscs(): ReturnType<typeof drawnNodeDiscs>;
  /** The grouped layout's box titles as drawn: the text, the group's name and the text's size on screen. */
  boxTitles(): Array<{ text: string; name: string; px: number }>;
}

export interface CanvasOps {
  /** Places nodes (an empty map moves none), adds the grouped layout's boxes and the map's arcs, fits when asked. */
  applyLayout(positions: ReadonlyMap<string, Point>, options: ApplyOptions): void;
  /** Fades, outlines and darkens for a focus or paths; `frame` fits the view to them. */
  highlight(highlight: Highlight, frame: boolean): void;
  /**
   * Draws the country shapes (projected by the map worker, render/map/map-client.ts) under the canvas and keeps
   * them with every pan and zoom; returns the way to take them off.
   */
  attachBasemap(shapes: readonly BasemapShape[]): () => void;
  /** Wheel zoom only after the reader clicks or tabs in (embeds); returns the way to lift the guard. */
  guardWheelZoom(): () => void;
  /** The exports load their code on first use (dynamic import), so it stays out of the first download. */
  /** The picture, with where its legend and nodes lie (the browser tests check that none is under the legend). */
  exportPng(options: PngOptions): Promise<PngExport>;
  exportScene(options: SceneOptions): Promise<SvgScene>;
  /** Model positions of the drawn nodes, for the file exports' x/y. */
  modelPositions(): Promise<Map<string, Position>>;
  readonly camera: CameraControl;
  readonly probe: CanvasProbe;
}

/** Puts the shapes under a cytoscape instance's canvas, moved with every pan, zoom and resize. */
function attachBasemap(cy: Core, shapes: readonly BasemapShape[]): () => void {
  const container = cy.container();
  if (!container) return () => undefined;
  const layer = drawBasemapLayer(container, shapes);
  const sync = (): void => syncBasemap(layer, cy.pan(), cy.zoom());
  sync();
  cy.on('viewport resize', sync);
  return () => {
    cy.off('viewport resize', sync);
    removeBasemap(layer);
  };
}

/** The same count for the ties the edge layer draws (render/edge-layer.ts), which carry no classes. */
function layerEdgesWith(layer: EdgeLayer, className: string): number {
  if (className === 'arc') return layer.arcs ? layer.shownEdges().length : 0;
  if (className === 'on-path') {
    return layer.shownEdges().filter((edge) => layer.pathPairs.has(edgeId(edge.source, edge.target))).length;
  }
  return 0;
}

/** Where large moves are sliced: the renderer's catch-up, and from how many moved nodes on. */
export interface Slicing {
  catchUp: CatchUp;
  from: number;
}

export function canvasOps(cy: Core, edgeLayer: EdgeLayer, relabel: () => void, slicing: Slicing): CanvasOps {
  const on = (event: string, listener: () => void): (() => void) => {
    cy.on(event, listener);
    return () => void cy.off(event, listener);
  };
  const moves = trackCameraMoves(cy);
  return {
    applyLayout(positions, options) {
      const running = slicing.catchUp.layout as LayoutJob | null;
      // A call that moves nothing (a filter) while a layout catches up: its boxes and arcs join that layout.
      if (running !== null && positions.size === 0) {
        running.merge(options);
        return;
      }
      // Many nodes to move: the new picture at once on the plain layer, cytoscape's nodes a slice per task.
      const job = layoutJob(cy, positions, options, relabel, slicing.from);
      if (job !== null) {
        slicing.catchUp.run(job);
        return;
      }
      // A fit while cytoscape catches up with a filter or a view (the country view hides 5,000 actors a slice at a
      // time) must measure the nodes shown at its end: the boxes go now, the few moves and the fit then.
      if (running === null && options.fit === true && slicing.catchUp.busy) {
        cy.batch(() => placeBoxes(cy, options));
        slicing.catchUp.after(() => {
          applyPositions(cy, positions, options);
          relabel();
        });
        return;
      }
      // Few moves from where a running layout has got to: this one supersedes it, in one batch.
      if (running !== null) slicing.catchUp.drop('layout');
      applyPositions(cy, positions, options);
      // Nodes may have moved without the camera moving: their labels are placed again.
      relabel();
    },
    highlight(highlight, frame) {
      if (!nodesOnLayer(cy)) applyHighlight(cy, highlight);
      else {
        // While another job runs, the plan waits for its end (a filter's sync may hide nodes the plan would mark).
        const plan = slicing.catchUp.busy ? null : highlightPlan(cy, highlight);
        const sliced = plan === null || plan.size >= slicing.from;
        if (sliced) slicing.catchUp.run(highlightJob(cy, highlight, plan));
        else applyPlan(cy, plan);
      }
      if (frame) fitHighlight(cy, highlight);
      // Focus and paths change which labels come first.
      relabel();
    },
    attachBasemap: (shapes) => attachBasemap(cy, shapes),
    guardWheelZoom: () => guardWheelZoom(cy),
    exportPng: async (options) => (await import('./export-image')).exportPng(cy, options),
    exportScene: async (options) => (await import('./scene')).sceneFromCy(cy, options),
    modelPositions: async () => (await import('./scene')).nodePositions(cy),
    camera: {
      read: () => readCamera(cy),
      shows: (camera) => sameCamera(cy, camera),
      set: (camera, options) => moves.set(camera, options),
      stop: () => moves.stop(),
      onMove: (listener) => moves.onMove(listener),
      onResize: (listener) => on('resize', listener),
    },
    probe: {
      nodesWith: (className) => cy.nodes(`.${className}`).map((node: NodeSingular) => node.id()),
      edgesWith: (className) => cy.edges(`.${className}`).length + layerEdgesWith(edgeLayer, className),
      nodeCount: () => shownNodes(cy).length,
      // Many ties are drawn by the edge layer rather than by cytoscape (render/edge-layer.ts).
      edgeCount: () => shownEdges(cy).length + edgeLayer.shownEdges().length,
      drawnTiesOf: (id) =>
        shownEdges(cy).filter((edge) => edge.source().id() === id || edge.target().id() === id).length +
        edgeLayer.shownEdges().filter((tie) => tie.source === id || tie.target === id).length,
      zoom: () => cy.zoom(),
      labelBoxes: () => drawnLabelBoxes(cy),
      nodeDiscs: () => drawnNodeDiscs(cy),
      boxTitles: () =>
        cy.nodes('.group-box').map((box: NodeSingular) => ({
          text: String(box.data('boxTitle')),
          name: String(box.data('label')),
          px: Number(box.data('boxFont')) * cy.zoom(),
        })),
    },
  };
}
