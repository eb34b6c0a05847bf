// Applies the explorer's highlights to a cytoscape graph: focus (a neighbourhood in full colour), paths, legible labels.
import type { Core, EdgeSingular, SingularElementArgument } from 'cytoscape';
import { edgeId as pairKey } from '../elements';
import { edgeLayerOf } from '../edge-layer';
import { HIDDEN } from '../visibility';
import { setClass } from './apply';
import { isBoxId } from './boxes';

export interface Highlight {
  /** Nodes to keep in full colour (a focused actor's neighbourhood); null = no focus. */
  keep: ReadonlySet<string> | null;
  /** The focused actor itself, drawn with a heavy outline. */
  root: string | null;
  /** Nodes and edges (as [a, b] node pairs) on the shown shortest paths. */
  pathNodes: ReadonlySet<string>;
  pathPairs: ReadonlyArray<readonly [string, string]>;
}

export const NO_HIGHLIGHT: Highlight = { keep: null, root: null, pathNodes: new Set(), pathPairs: [] };

/**
 * Fades everything outside `keep` (and outside the paths, when paths are shown), outlines the
 * root and the path nodes, and darkens the path edges. One batch, classes only.
 */
export function applyHighlight(cy: Core, highlight: Highlight): void {
  const pairs = new Set(highlight.pathPairs.map(([a, b]) => pairKey(a, b)));
  const pathShown = highlight.pathNodes.size > 0;
  const active = highlight.keep !== null || pathShown;
  const keep = highlight.keep;
  // Only elements whose classes change are touched (setClass): a selection or focus restyles the
  // neighbourhood, not the whole graph. Hidden elements drop the classes (they are undrawn anyway).
  const nodeKept = (id: string): boolean =>
    pathShown ? highlight.pathNodes.has(id) || id === highlight.root : keep?.has(id) === true;
  const edgeOnPath = (edge: EdgeSingular): boolean =>
    pathShown && pairs.has(pairKey(edge.source().id(), edge.target().id()));
  const live = (element: SingularElementArgument): boolean =>
    active && !element.hasClass(HIDDEN) && !isBoxId(element.id());
  // Ties on the edge layer take their fading from their ends' classes; the path pairs it needs told.
  edgeLayerOf(cy)?.setPathPairs(pairs);
  cy.batch(() => {
    const nodes = cy.nodes();
    setClass(cy, nodes, 'on-path', (node) => live(node) && highlight.pathNodes.has(node.id()));
    setClass(cy, nodes, 'faded', (node) => live(node) && !nodeKept(node.id()));
    setClass(cy, nodes, 'focus-root', (node) => live(node) && node.id() === highlight.root);
    const edges = cy.edges();
    setClass(cy, edges, 'on-path', (edge) => live(edge) && edgeOnPath(edge));
    setClass(cy, edges, 'faded', (edge) => {
      if (!live(edge) || edgeOnPath(edge)) return false;
      return !(!pathShown && keep !== null && keep.has(edge.source().id()) && keep.has(edge.target().id()));
    });
  });
}

/** Fits the viewport to the kept nodes (focus or path), if any, zooming in no further than `maxZoom`. */
export function fitHighlight(cy: Core, highlight: Highlight, padding = 60, maxZoom = 1.5): void {
  const ids = highlight.pathNodes.size > 0 ? highlight.pathNodes : highlight.keep;
  if (!ids || ids.size === 0) return;
  const nodes = cy.nodes().filter((node) => ids.has(node.id()));
  if (nodes.empty()) return;
  cy.fit(nodes, padding);
  // Two partners side by side would fill the screen at the renderer's maximum zoom; keep some context.
  if (cy.zoom() > maxZoom) {
    cy.zoom(maxZoom);
    cy.center(nodes);
  }
}
