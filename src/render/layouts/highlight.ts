// Applies the explorer's highlights to a cytoscape graph: focus (a neighbourhood in full colour), paths, legible labels.
import type { Core } from 'cytoscape';
import { isBoxId } from './apply';

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

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`);

/**
 * Fades everything outside `keep` (and outside the paths, when paths are shown), outlines the
 * root and the path nodes, and darkens the path edges. One batch, classes only.
 */
export function applyHighlight(cy: Core, highlight: Highlight): void {
  const pairs = new Set(highlight.pathPairs.map(([a, b]) => pairKey(a, b)));
  const pathShown = highlight.pathNodes.size > 0;
  cy.batch(() => {
    cy.elements().removeClass('faded focus-root on-path');
    if (highlight.keep === null && !pathShown) return;
    cy.nodes().forEach((node) => {
      const id = node.id();
      if (isBoxId(id)) return;
      const onPath = highlight.pathNodes.has(id);
      if (onPath) node.addClass('on-path');
      const kept = pathShown ? onPath || id === highlight.root : highlight.keep?.has(id) === true;
      if (!kept) node.addClass('faded');
      if (id === highlight.root) node.addClass('focus-root');
    });
    cy.edges().forEach((edge) => {
      const onPath = pairs.has(pairKey(edge.source().id(), edge.target().id()));
      if (onPath) {
        edge.addClass('on-path');
        return;
      }
      const keep = highlight.keep;
      const kept = !pathShown && keep !== null && keep.has(edge.source().id()) && keep.has(edge.target().id());
      if (!kept) edge.addClass('faded');
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

/** Screen size of the always-shown labels, in pixels. */
export const TOP_LABEL_PX = 13;

/**
 * Labels the `topN` largest nodes (by their `size` data) at a font that stays TOP_LABEL_PX on
 * screen however far the view is zoomed out, so the picture always reads; once zoomed in past
 * `allFrom`, every node is labelled too (min-zoomed-font-size still hides text that would be tiny).
 */
export function updateLabels(cy: Core, topN = 15, allFrom = 1.4): void {
  const actors = cy.nodes().filter((node) => !isBoxId(node.id()));
  const zoom = cy.zoom();
  const font = Math.round((TOP_LABEL_PX / Math.min(1, zoom)) * 10) / 10;
  const ranked = actors.sort((a, b) => Number(b.data('size')) - Number(a.data('size')) || (a.id() < b.id() ? -1 : 1));
  cy.batch(() => {
    if (zoom >= allFrom) actors.addClass('labelled');
    else actors.removeClass('labelled');
    ranked.forEach((node, i) => {
      if (i < topN) {
        node.data('labelFont', font);
        node.addClass('labelled-top');
      } else node.removeClass('labelled-top');
    });
  });
}
