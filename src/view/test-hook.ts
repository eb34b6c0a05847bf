// window.__atlas: a read-only hook for the browser tests (rendered node positions); harmless for users.
import type { GraphRenderer } from '../render/adapter';

export interface AtlasTestHook {
  /** Node positions in page (client) pixels, by actor id. */
  nodePositions(): Record<string, { x: number; y: number }>;
  /** How many times nodes have been placed (layout or positions applied). */
  placements(): number;
  nodeCount(): number;
  edgeCount(): number;
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
      // A plain object with no prototype, so actor ids such as "__proto__" are ordinary keys.
      const out = Object.create(null) as Record<string, { x: number; y: number }>;
      for (const [id, p] of renderer.renderedPositions()) {
        out[id] = { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
      }
      return out;
    },
    placements: () => read().placed,
    nodeCount: () => read().renderer.cy.nodes().length,
    edgeCount: () => read().renderer.cy.edges().length,
  };
  window.__atlas = hook;
  return () => {
    if (window.__atlas === hook) delete window.__atlas;
  };
}
