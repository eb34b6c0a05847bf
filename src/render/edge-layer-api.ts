// What the edge layer (render/edge-layer.ts) offers the renderer, the catch-up, highlights and exports.
import type { EdgeData } from './elements';
import type { PreviewNode } from './node-preview';

export interface EdgeLayer {
  /** The ties to draw (replaces the last set); an empty list leaves the drawing to cytoscape. */
  setEdges(edges: readonly EdgeData[]): void;
  /** Node pairs (as `edgeId` makes them) on the shown shortest paths. */
  setPathPairs(pairs: ReadonlySet<string>): void;
  /** The concentric layout's arcs on or off. */
  setArcs(on: boolean): void;
  /**
   * Nodes the layer draws itself until cytoscape holds them: the first picture of a large network,
   * shown while cytoscape builds its elements (seconds at 5,000 nodes). Null hands the nodes back.
   */
  setPreviewNodes(nodes: readonly PreviewNode[] | null): void;
  /**
   * Draws now what changed (the catch-up's end, before cytoscape's canvas shows again: the ties then take this
   * task, cytoscape's nodes the next frame).
   */
  flush(): void;
  /** The ties held, drawn or not. */
  readonly edges: readonly EdgeData[];
  /** Whether the ties are drawn as arcs, and which lie on a shown path (the browser tests read these). */
  readonly arcs: boolean;
  readonly pathPairs: ReadonlySet<string>;
  /** The ties drawn now: both ends known and not hidden. */
  shownEdges(): EdgeData[];
  /** Whether a drawing is being made in slices (the first picture, a hand-over, a rest's redraw). */
  readonly drawing: boolean;
  /**
   * Draws the ties as in the current view into `context`, whose units are the view's CSS pixels and
   * which has `pixelRatio` device pixels to each.
   */
  drawInto(context: CanvasRenderingContext2D, pixelRatio: number): void;
  destroy(): void;
}
