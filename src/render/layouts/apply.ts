// Moves an existing cytoscape graph to computed positions, with the grouped layout's boxes and the map's arcs.
import type { CollectionArgument, Core, NodeCollection, NodeSingular, SingularElementArgument } from 'cytoscape';
import { edgeLayerOf } from '../edge-layer';
import { CORE_FIT_BELOW, coreOf, type MapKind } from '../core-fit';
import { overlaysOf } from '../over-canvas';
import { shownNodes } from '../visibility';
import { boxElements, isBoxId } from './boxes';
import type { GroupBox, Point, Positions } from './types';

export interface ApplyOptions {
  /** The grouped layout's boxes, drawn behind the actors; omit (or []) to remove any. */
  boxes?: readonly GroupBox[];
  /** Label of a box's group (a country name). */
  boxLabel?: (group: string) => string;
  /** Curve the edges into arcs (the map layout), or draw them straight. */
  arcs?: boolean;
  /** Fit the viewport to the result. */
  fit?: boolean;
}

/** Sets the bend of each edge's arc to a fifth of its length, so long ties arc more than short ones. */
export function bendArcs(cy: Core): void {
  cy.edges().forEach((edge) => {
    const a = edge.source().position();
    const b = edge.target().position();
    const bend = Math.round(Math.hypot(a.x - b.x, a.y - b.y) * 0.2);
    // data() restyles even for an equal value.
    if (edge.data('bend') !== bend) edge.data('bend', bend);
  });
}

/** The nodes that a position in `positions` would move (a repeated apply moves none), with where to. */
export function movesOf(cy: Core, positions: ReadonlyMap<string, Point>): Array<[NodeSingular, Point]> {
  const moves: Array<[NodeSingular, Point]> = [];
  if (positions.size === 0) return moves;
  cy.nodes().forEach((node) => {
    const position = positions.get(node.id());
    if (!position) return;
    const now = node.position();
    if (now.x !== position.x || now.y !== position.y) moves.push([node, position]);
  });
  return moves;
}

/** Moves these nodes (in the caller's batch). */
export function moveNodes(moves: ReadonlyArray<[NodeSingular, Point]>, from = 0, to = moves.length): void {
  for (let at = from; at < to; at++) {
    const [node, position] = moves[at]!;
    node.position({ x: position.x, y: position.y });
  }
}

/** Replaces the box nodes and tells the edge layer whether ties are arcs (cheap: a few dozen boxes). */
export function placeBoxes(cy: Core, options: ApplyOptions): void {
  cy.nodes('.group-box').remove();
  if (options.boxes && options.boxes.length > 0) {
    cy.add(boxElements(options.boxes, options.boxLabel ?? ((group) => group)));
  }
  edgeLayerOf(cy)?.setArcs(options.arcs === true);
}

/** Bends cytoscape's own edges into arcs, or straightens them, once their ends are where they go. */
export function markArcs(cy: Core, options: ApplyOptions): void {
  if (options.arcs) {
    bendArcs(cy);
    setClass(cy, cy.edges(), 'arc', () => true);
  } else cy.edges('.arc').removeClass('arc');
}

/**
 * Fits the view to every drawn node's centre and size, 30 px around, outliers included; a map too small for all of
 * them is framed on its core (fitFrame). Not cy.fit(): it measures every element's bounding box, edges and label
 * boxes included, which took seconds at 5,000 nodes / 10,000 edges.
 */
export function fitDrawn(cy: Core): void {
  fitCentres(cy, shownNodes(cy), 30, { core: true });
}

/** Which canvases show a map (of actors or of countries), whose fit may frame the core: set per scene. */
const mapFrames = new WeakMap<Core, MapKind | undefined>();

/** What map cy's fits treat its nodes as (GraphElements.map; none: always fitted whole), set by the renderer per scene. */
export function setMapFrame(cy: Core, map: MapKind | undefined): void {
  mapFrames.set(cy, map);
}

/** A node's extent and what it stands for on a map (a country's actors; an actor stands for one). */
export interface WeightedExtent extends NodeExtent {
  weight?: number;
}

/**
 * Fits the view to these extents, or, on a map (setMapFrame) whose whole fit would zoom out below its CORE_FIT_BELOW,
 * to its core (core-fit.ts): the rest stay a zoom-out or the fit button away. Every fit of a map's first frame goes
 * through here (the preview, a sliced layout, the renderer's own fit), so a link keeps one zoom from its first frame.
 * False when the canvas has no size (headless).
 */
export function fitFrame(cy: Core, extents: readonly WeightedExtent[], padding: number): boolean {
  if (!(cy.width() > 0 && cy.height() > 0)) return false;
  // Read once: it measures the page's elements over the canvas (overlaysOf).
  const view = viewOf(cy, padding);
  const map = mapFrames.get(cy);
  if (map !== undefined && extents.length >= 2) {
    const whole = fitViewport(extents, { ...view, maxZoom: cy.maxZoom() });
    if (whole !== null && whole.zoom < CORE_FIT_BELOW[map]) {
      const core = coreOf(extents.map(({ x, y, weight }) => ({ x, y, weight: weight ?? 1 })));
      const framed = core.map((i) => extents[i]!);
      if (framed.length < extents.length) return fitExtents(cy, framed, padding, view);
    }
  }
  return fitExtents(cy, extents, padding, view);
}

/**
 * Moves every node that has a computed position there (in one batch), replaces the box
 * nodes, and switches arcs on or off. Nodes without a position keep theirs.
 */
export function applyPositions(cy: Core, positions: ReadonlyMap<string, Point>, options: ApplyOptions = {}): void {
  cy.batch(() => {
    // Moving a node dirties its edges' projections: only the ones not there yet move (movesOf).
    moveNodes(movesOf(cy, positions));
    placeBoxes(cy, options);
    markArcs(cy, options);
  });
  if (options.fit) fitDrawn(cy);
}

/**
 * Adds or removes `className` so that exactly the elements where `wanted` holds have it, touching only
 * those that change: cytoscape restyles every element addClass/removeClass is called on, changed or not.
 */
export function setClass<T extends SingularElementArgument>(
  cy: Core,
  elements: { forEach(each: (element: T) => void): unknown },
  className: string,
  wanted: (element: T) => boolean,
): void {
  const add: T[] = [];
  const remove: T[] = [];
  elements.forEach((element) => {
    const want = wanted(element);
    if (want !== element.hasClass(className)) (want ? add : remove).push(element);
  });
  // cy.collection() takes an array of elements at run time; the typings only list collections and definitions.
  if (add.length > 0) cy.collection(add as unknown as CollectionArgument).addClass(className);
  if (remove.length > 0) cy.collection(remove as unknown as CollectionArgument).removeClass(className);
}

/**
 * Fits the view to the nodes' centres (widened by the largest node): cy.fit() measures every element's
 * box, labels and edges included, which takes seconds at 5,000 nodes. Without a size (headless) it uses cy.fit().
 * `core`: a map may be framed on its core (fitFrame); the reader's own fit button shows every node.
 */
export function fitCentres(cy: Core, nodes: NodeCollection, padding: number, { core = false } = {}): void {
  if (nodes.empty()) return;
  const extents: WeightedExtent[] = [];
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const half = (Number(node.data('size')) || Number(node.data('boxWidth')) || 0) / 2;
    const weight = node.data('weight') as number | undefined;
    extents.push({
      x,
      y,
      halfWidth: half,
      halfHeight: node.data('boxHeight') ? Number(node.data('boxHeight')) / 2 : half,
      ...(weight !== undefined ? { weight } : {}),
    });
  });
  const fitted = core ? fitFrame(cy, extents, padding) : fitExtents(cy, extents, padding);
  if (!fitted) cy.fit(nodes, padding);
}

/**
 * A fit zooms in no further than this: a two-actor dataset then shows two readable circles (at most ~70 px) with
 * their labels, not two discs filling the canvas. The reader can still zoom in to the renderer's maximum.
 */
export const FIT_MAX_ZOOM = 1.5;

/**
 * Sets the viewport so these extents fit with `padding` around them, within cy's zoom limits (also for
 * nodes cytoscape does not hold yet, such as the preview's). False when the canvas has no size (headless).
 */
export function fitExtents(
  cy: Core,
  extents: Iterable<NodeExtent>,
  padding: number,
  view: FitView = viewOf(cy, padding),
): boolean {
  if (!(cy.width() > 0 && cy.height() > 0)) return false;
  const viewport = fitViewport(extents, view);
  if (viewport) cy.viewport(viewport);
  return true;
}

/**
 * The room a fit has on this canvas: its size less what a page element laid across its top or bottom edge covers (the
 * level-of-detail note over a large network took the top 76 of 766 pixels at 1440×900, and a path's first step sat
 * under it, its label cut). Narrower elements (a legend floating over a corner) are left to the labels to avoid.
 */
export function viewOf(cy: Core, padding: number): FitView {
  const width = cy.width();
  const height = cy.height();
  let top = 0;
  let bottom = 0;
  for (const box of overlaysOf(cy)) {
    if (box.width < width / 2) continue;
    if (box.y <= EDGE_BAND) top = Math.max(top, box.y + box.height);
    else if (box.y + box.height >= height - EDGE_BAND) bottom = Math.max(bottom, height - box.y);
  }
  // A band so tall it leaves little room (a tiny frame) is not avoided: the nodes would shrink to nothing.
  if (top + bottom > height / 3) top = bottom = 0;
  return { width, height, padding, top, bottom, minZoom: cy.minZoom(), maxZoom: Math.min(cy.maxZoom(), FIT_MAX_ZOOM) };
}

/** How near the canvas's edge an element must start to count as lying across it (viewOf). */
const EDGE_BAND = 16;

/** A view to fit into: its size, the padding around the nodes, the bands covered at its top and bottom, zoom limits. */
export interface FitView {
  width: number;
  height: number;
  padding: number;
  top?: number;
  bottom?: number;
  minZoom: number;
  maxZoom: number;
}

/** A node's centre and half its width and height, in model units. */
export interface NodeExtent {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

/**
 * The zoom and pan that fit these nodes into a view of `width` × `height` pixels with `padding` around
 * them (cytoscape's fit, from node centres and sizes only); null for no nodes.
 */
export function fitViewport(
  extents: Iterable<NodeExtent>,
  view: FitView,
): { zoom: number; pan: { x: number; y: number } } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y, halfWidth, halfHeight } of extents) {
    x1 = Math.min(x1, x - halfWidth);
    y1 = Math.min(y1, y - halfHeight);
    x2 = Math.max(x2, x + halfWidth);
    y2 = Math.max(y2, y + halfHeight);
  }
  if (!Number.isFinite(x1)) return null;
  x1 -= 2;
  y1 -= 2;
  x2 += 2;
  y2 += 2;
  const { width, padding, top = 0, bottom = 0 } = view;
  const height = view.height - top - bottom;
  const fitted = Math.min((width - 2 * padding) / (x2 - x1 || 1), (height - 2 * padding) / (y2 - y1 || 1));
  const zoom = Math.min(view.maxZoom, Math.max(view.minZoom, fitted));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: top + (height - zoom * (y1 + y2)) / 2 } };
}

/** The positions of the current nodes (not boxes), e.g. to remember a force layout before switching away. */
export function currentPositions(cy: Core): Positions {
  const positions: Positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    if (!isBoxId(node.id())) positions.set(node.id(), { ...node.position() });
  });
  return positions;
}
