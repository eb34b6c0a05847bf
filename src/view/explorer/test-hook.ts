// window.__explorer: a read-only hook for the browser tests (highlight classes, shown layout), only when a test asks.
import type { GraphRenderer } from '../../render/adapter';
import { testHooksWanted } from '../test-signal';

export interface ExplorerTestHook {
  /** Ids of the nodes that carry a class (e.g. 'faded', 'on-path', 'focus-root', 'group-box'). */
  nodesWith(className: string): string[];
  /** Number of edges that carry a class (e.g. 'on-path', 'arc'). */
  edgesWith(className: string): number;
  /** What the canvas shows: 'force', 'grouped', 'concentric', 'map' or 'country'; '…-interim' while the force layout runs. */
  shown(): string;
  /** The grouped layout's box titles as drawn (text, name, size on screen). */
  boxTitles(): ReturnType<GraphRenderer['probe']['boxTitles']>;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
  }
}

export function installExplorerHook(renderer: GraphRenderer, shown: () => string): () => void {
  if (!testHooksWanted()) return () => undefined;
  const hook: ExplorerTestHook = {
    nodesWith: (className) => renderer.probe.nodesWith(className),
    edgesWith: (className) => renderer.probe.edgesWith(className),
    shown,
    boxTitles: () => renderer.probe.boxTitles(),
  };
  window.__explorer = hook;
  return () => {
    if (window.__explorer === hook) delete window.__explorer;
  };
}
