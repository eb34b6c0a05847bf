// window.__atlas: a read-only hook for the browser tests (rendered node positions), put there only when a test asks.
import type { GraphRenderer } from '../render/adapter';
import { testHooksWanted } from './test-signal';

export interface AtlasTestHook {
  /** Node positions in page (client) pixels, as a list: ids such as "__proto__" survive serialisation. */
  nodePositions(): Array<{ id: string; x: number; y: number }>;
  /** How many times nodes have been placed (layout or positions applied). */
  placements(): number;
  nodeCount(): number;
  edgeCount(): number;
  /** The drawn ties with this actor at one end. */
  drawnTiesOf(id: string): number;
  /** The canvas's zoom (1 = one graph unit per CSS pixel). */
  zoom(): number;
  /** The camera as a link writes it: the graph point at the canvas's centre and the zoom. */
  camera(): { x: number; y: number; zoom: number };
  /** Every drawn label as cytoscape measures it, in page pixels, with its text. */
  labelBoxes(): Array<{ id: string; text: string; z: number; x1: number; y1: number; x2: number; y2: number }>;
  /** Every drawn, unfaded node as a disc in page pixels (centre and radius, border included) and its z-index. */
  nodeDiscs(): Array<{ id: string; x: number; y: number; r: number; z: number }>;
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
  if (!testHooksWanted()) return () => undefined;
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
    nodeCount: () => read().renderer.probe.nodeCount(),
    // Many ties are drawn by the edge layer rather than by cytoscape (render/edge-layer.ts).
    edgeCount: () => read().renderer.probe.edgeCount(),
    drawnTiesOf: (id) => read().renderer.probe.drawnTiesOf(id),
    zoom: () => read().renderer.probe.zoom(),
    camera: () => read().renderer.camera.read(),
    labelBoxes() {
      const { renderer, container } = read();
      const box = container?.getBoundingClientRect();
      const [dx, dy] = [box?.left ?? 0, box?.top ?? 0];
      return renderer.probe.labelBoxes().map((b) => ({
        ...b,
        x1: b.x1 + dx,
        y1: b.y1 + dy,
        x2: b.x2 + dx,
        y2: b.y2 + dy,
      }));
    },
    nodeDiscs() {
      const { renderer, container } = read();
      const box = container?.getBoundingClientRect();
      return renderer.probe.nodeDiscs().map((d) => ({ ...d, x: d.x + (box?.left ?? 0), y: d.y + (box?.top ?? 0) }));
    },
  };
  window.__atlas = hook;
  return () => {
    if (window.__atlas === hook) delete window.__atlas;
  };
}
