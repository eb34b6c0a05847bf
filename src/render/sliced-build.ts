// The pieces of work on many cytoscape nodes a slice per task (render/catch-up.ts runs them): the slice size, the waits, the node adds.
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { NodeElement } from './elements';

/**
 * Nodes added in the build's first task. Cytoscape spends ~0.3–0.5 ms per node on this machine (style, bounds, the
 * last slice's textures), so 5,000 nodes in one `cy.add` were a 1.5–2.4 s task, and a fixed 400 a slice made
 * tasks of 120–190 ms (the longest of a 5,000-actor load). Later slices are sized to BUILD_BUDGET_MS.
 */
export const BUILD_FIRST_SLICE = 120;
/**
 * A build slice's own time. 50 ms (half the 100 ms a task may take) made 5,000 nodes ~30 slices, each waiting for a frame:
 * interactive came ~0.5 s later in the bench; 80 ms keeps the slices at the 250-node cap the filter's sync uses.
 */
export const BUILD_BUDGET_MS = 80;

/** Waits for the next task: the default between slices (setTimeout, so frames and input run in between). */
export const nextTask = (run: () => void): (() => void) => {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};

/**
 * Waits for the next frame and then a task after it, so cytoscape draws (and pays for) each slice's nodes in a
 * frame of their own: moved nodes cost cytoscape's next frame ~0.02–0.1 ms each (bounds, style hints), and
 * several slices run back to back before one frame would add up to one long frame again.
 */
export const afterFrame = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame !== 'function') return nextTask(run);
  let cancelTask: (() => void) | null = null;
  const frame = requestAnimationFrame(() => (cancelTask = nextTask(run)));
  return () => {
    cancelAnimationFrame(frame);
    cancelTask?.();
  };
};

/** Adds nodes [from, to) that cytoscape does not hold yet, at their positions, in one add; returns those added. */
export function addMissingNodes(cy: Core, nodes: readonly NodeElement[], from: number, to: number): Collection {
  const added: ElementDefinition[] = [];
  for (let at = from; at < to; at++) {
    const node = nodes[at]!;
    if (cy.getElementById(node.data.id).nonempty()) continue;
    added.push({ group: 'nodes', data: { ...node.data }, position: { ...(node.position ?? { x: 0, y: 0 }) } });
  }
  return added.length > 0 ? cy.add(added) : cy.collection();
}
