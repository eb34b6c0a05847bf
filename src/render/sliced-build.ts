// Work on many cytoscape nodes a slice per task (adding a new network's nodes, moving them to a new layout), so no single task handles thousands.
import type { Core, ElementDefinition } from 'cytoscape';
import type { NodeElement } from './elements';

/**
 * Nodes added per task. Cytoscape spends ~0.3–0.5 ms per node on this machine (style, bounds), so 5,000 nodes
 * in one `cy.add` were a 1.5–2.4 s task; 400 keep each slice near 100–150 ms under load.
 */
export const SLICE_NODES = 400;

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

/**
 * Calls `step(from, to)` over [0, count) in slices of `size`, each in its own task (`wait` schedules the next,
 * the first included), then `finish` in the last slice's task. Returns a function that stops what is left.
 */
export function runInSlices(
  count: number,
  size: number,
  step: (from: number, to: number) => void,
  finish: () => void,
  wait: (run: () => void) => () => void = nextTask,
): () => void {
  let at = 0;
  let cancel: (() => void) | null = null;
  const run = (): void => {
    cancel = null;
    const end = Math.min(count, at + size);
    step(at, end);
    at = end;
    if (at < count) cancel = wait(run);
    else finish();
  };
  cancel = wait(run);
  return () => {
    cancel?.();
    cancel = null;
  };
}

/** Adds nodes [from, to) that cytoscape does not hold yet, at their positions, in one add. */
export function addMissingNodes(cy: Core, nodes: readonly NodeElement[], from: number, to: number): void {
  const added: ElementDefinition[] = [];
  for (let at = from; at < to; at++) {
    const node = nodes[at]!;
    if (cy.getElementById(node.data.id).nonempty()) continue;
    added.push({ group: 'nodes', data: { ...node.data }, position: { ...(node.position ?? { x: 0, y: 0 }) } });
  }
  if (added.length > 0) cy.add(added);
}

/**
 * Adds the nodes cytoscape does not hold yet, SLICE_NODES per task, then calls `finish` in the last slice's
 * task. Every node must carry its position. Returns a function that stops the build (the added nodes stay).
 */
export function addNodesInSlices(
  cy: Core,
  nodes: readonly NodeElement[],
  finish: () => void,
  size = SLICE_NODES,
): () => void {
  return runInSlices(nodes.length, size, (from, to) => addMissingNodes(cy, nodes, from, to), finish);
}
