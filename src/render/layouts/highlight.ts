// Applies the explorer's highlights to a cytoscape graph: focus (a neighbourhood in full colour), paths, legible labels.
import type {
  Collection,
  CollectionArgument,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import { edgeId as pairKey } from '../elements';
import { edgeLayerOf } from '../edge-layer';
import { HIDDEN } from '../visibility';
import { fitExtents, setClass } from './apply';
import { isBoxId } from './boxes';

export interface Highlight {
  /** Nodes to keep in full colour (a focused actor's neighbourhood); null = no focus. */
  keep: ReadonlySet<string> | null;
  /** The focused actor itself, drawn with a heavy outline. */
  root: string | null;
  /** Nodes and edges (as [a, b] node pairs) on the shown shortest paths. */
  pathNodes: ReadonlySet<string>;
  pathPairs: ReadonlyArray<readonly [string, string]>;
  /**
   * The path's two actors, whose names are always shown (`path-end`); the steps between are named where there is
   * room (labels.ts), or a long path's names covered each other in a small frame.
   */
  ends?: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { keep: null, root: null, pathNodes: new Set(), pathPairs: [] };

/** The node classes a highlight sets, in the order of a node's wanted marks. */
const NODE_MARKS = ['on-path', 'faded', 'focus-root', 'path-end'] as const;
type Marks = readonly [onPath: boolean, faded: boolean, root: boolean, end: boolean];

/** The nodes whose marks a highlight changes, to apply all at once or a slice at a time. */
export interface HighlightPlan {
  /** How many nodes change. */
  readonly size: number;
  /** Marks the nodes [from, to) of the changed ones; returns them (cytoscape restyles them). */
  apply(from: number, to: number): Collection;
  /** Marks the edges cytoscape draws (none when the edge layer draws the ties). */
  applyEdges(): void;
  /** Whether a node is faded once the plan is applied. */
  fadedAfter(node: NodeSingular): boolean;
}

/**
 * What it takes to fade everything outside `keep` (and outside the paths, when paths are shown), outline the
 * root and the path nodes, and darken the path edges. Only nodes whose classes change are listed: cytoscape
 * restyles every element a class is set on, changed or not. Hidden elements drop the classes (they are undrawn).
 * The edge layer is told the path pairs at once (its ties take their fading from their ends' classes).
 */
export function highlightPlan(cy: Core, highlight: Highlight): HighlightPlan {
  const pairs = new Set(highlight.pathPairs.map(([a, b]) => pairKey(a, b)));
  const pathShown = highlight.pathNodes.size > 0;
  const active = highlight.keep !== null || pathShown;
  const keep = highlight.keep;
  const nodeKept = (id: string): boolean =>
    pathShown ? highlight.pathNodes.has(id) || id === highlight.root : keep?.has(id) === true;
  const edgeOnPath = (edge: EdgeSingular): boolean =>
    pathShown && pairs.has(pairKey(edge.source().id(), edge.target().id()));
  const live = (element: SingularElementArgument): boolean =>
    active && !element.hasClass(HIDDEN) && !isBoxId(element.id());
  const marksOf = (node: NodeSingular): Marks => {
    if (!live(node)) return [false, false, false, false];
    const id = node.id();
    const onPath = highlight.pathNodes.has(id);
    return [onPath, !nodeKept(id), id === highlight.root, onPath && highlight.ends?.has(id) === true];
  };
  edgeLayerOf(cy)?.setPathPairs(pairs);
  // Each changed node with the marks it gets (a node's own object: cytoscape returns the same one every time).
  const target = new Map<NodeSingular, Marks>();
  cy.nodes().forEach((node) => {
    const marks = marksOf(node);
    if (NODE_MARKS.some((mark, i) => node.hasClass(mark) !== marks[i])) target.set(node, marks);
  });
  const changed = [...target.keys()];
  return {
    size: changed.length,
    apply(from, to) {
      const slice = changed.slice(from, to);
      NODE_MARKS.forEach((mark, i) => setClass(cy, slice, mark, (node) => target.get(node)?.[i] === true));
      return cy.collection(slice as unknown as CollectionArgument);
    },
    applyEdges() {
      const edges = cy.edges();
      setClass(cy, edges, 'on-path', (edge) => live(edge) && edgeOnPath(edge));
      setClass(cy, edges, 'faded', (edge) => {
        if (!live(edge) || edgeOnPath(edge)) return false;
        return !(!pathShown && keep !== null && keep.has(edge.source().id()) && keep.has(edge.target().id()));
      });
    },
    fadedAfter: (node) => marksOf(node)[1],
  };
}

/** Applies a highlight in one batch (few nodes change, or cytoscape draws every node itself). */
export const applyHighlight = (cy: Core, highlight: Highlight): void => applyPlan(cy, highlightPlan(cy, highlight));

/** Applies a whole plan in one batch. */
export function applyPlan(cy: Core, plan: HighlightPlan): void {
  cy.batch(() => {
    plan.apply(0, plan.size);
    plan.applyEdges();
  });
}

/** Fits the viewport to the kept nodes (focus or path), if any, zooming in no further than `maxZoom`. */
export function fitHighlight(cy: Core, highlight: Highlight, padding = 60, maxZoom = 1.5): void {
  const ids = highlight.pathNodes.size > 0 ? highlight.pathNodes : highlight.keep;
  if (!ids || ids.size === 0) return;
  const nodes = cy.nodes().filter((node) => ids.has(node.id()));
  if (nodes.empty()) return;
  // The nodes' own box (their circles and borders), framed below a note laid across the canvas's top (viewOf). Not
  // their labels: a label is drawn at a fixed screen size, so its box in model units is whatever the zoom was when it
  // was last placed. Measured with them, a story's path step in a 320×480 embed came out at zoom 0.24 or 0.77 as the
  // labels of the first fit had or had not been placed yet (docs/performance.md, "A path framed two ways").
  const { x1, y1, w, h } = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const extent = { x: x1 + w / 2, y: y1 + h / 2, halfWidth: w / 2, halfHeight: h / 2 };
  // Headless (no canvas size), cytoscape's own fit.
  if (!fitExtents(cy, [extent], padding)) cy.fit(nodes, padding);
  // Two partners side by side would fill the screen at the renderer's maximum zoom; keep some context.
  if (cy.zoom() > maxZoom) {
    cy.zoom(maxZoom);
    cy.center(nodes);
  }
}
