// window.__atlas: a read-only hook for the browser tests (rendered node positions); harmless for users.
import type { GraphRenderer } from '../render/adapter';
import { shownEdges, shownNodes } from '../render/visibility';

export interface AtlasTestHook {
  /** Node positions in page (client) pixels, as a list: ids such as "__proto__" survive serialisation. */
  nodePositions(): Array<{ id: string; x: number; y: number }>;
  /** How many times nodes have been placed (layout or positions applied). */
  placements(): number;
  nodeCount(): number;
  edgeCount(): number;
  /** The canvas's zoom (1 = one graph unit per CSS pixel). */
  zoom(): number;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

interface Source {
  renderer: GraphRenderer;
  container: HTMLElement | null;
  placed: number;
}

export function installTestHook(read: () => Source): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const hook: AtlasTestHook = {
    nodePositions() {
      const { renderer, container } = read();
      const box = container?.getBoundingClientRect();
      return [...renderer.renderedPositions()].map(([id, p]) => ({
        id,
        x: (box?.left ?? 0) + p.x,
        y: (box?.top ?? 0) + p.y,
      }));
    },
    placements: () => read().placed,
    // Drawn elements only: a filter hides the others (display: none) and keeps them for later.
    nodeCount: () => shownNodes(read().renderer.cy).length,
    // Many ties are drawn by the edge layer rather than by cytoscape (render/edge-layer.ts).
    edgeCount: () => shownEdges(read().renderer.cy).length + read().renderer.edgeLayer.shownEdges().length,
    zoom: () => read().renderer.cy.zoom(),
  };
  window.__atlas = hook;
  return () => {
    if (window.__atlas === hook) delete window.__atlas;
  };
}
