// window.__explorer: a read-only hook for the browser tests (highlight classes, shown layout); harmless for users.
import type { GraphRenderer } from '../../render/adapter';
import { edgeId } from '../../render/elements';

export interface ExplorerTestHook {
  /** Ids of the nodes that carry a class (e.g. 'faded', 'on-path', 'focus-root', 'group-box'). */
  nodesWith(className: string): string[];
  /** Number of edges that carry a class (e.g. 'on-path', 'arc'). */
  edgesWith(className: string): number;
  /** What the canvas shows: 'force', 'grouped', 'concentric', 'map' or 'country'; '…-interim' while the force layout runs. */
  shown(): string;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
  }
}

/** The same count for the ties the edge layer draws (render/edge-layer.ts), which carry no classes. */
function layerEdgesWith(renderer: GraphRenderer, className: string): number {
  const layer = renderer.edgeLayer;
  if (className === 'arc') return layer.arcs ? layer.shownEdges().length : 0;
  if (className === 'on-path') {
    return layer.shownEdges().filter((edge) => layer.pathPairs.has(edgeId(edge.source, edge.target))).length;
  }
  return 0;
}

export function installExplorerHook(renderer: GraphRenderer, shown: () => string): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const hook: ExplorerTestHook = {
    nodesWith: (className) => renderer.cy.nodes(`.${className}`).map((node) => node.id()),
    edgesWith: (className) => renderer.cy.edges(`.${className}`).length + layerEdgesWith(renderer, className),
    shown,
  };
  window.__explorer = hook;
  return () => {
    if (window.__explorer === hook) delete window.__explorer;
  };
}
