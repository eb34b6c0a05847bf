// Adds a new network's nodes to cytoscape a slice per task, so no single task builds thousands of them.
import type { Core, ElementDefinition } from 'cytoscape';
import type { NodeElement } from './elements';

/**
 * Nodes added per task. Cytoscape spends ~0.3–0.5 ms per node on this machine (style, bounds), so 5,000 nodes
 * in one `cy.add` were a 1.5–2.4 s task; 400 keep each slice near 100–150 ms under load.
 */
export const SLICE_NODES = 400;

/**
 * Adds the nodes cytoscape does not hold yet, SLICE_NODES per task (setTimeout between slices, so frames
 * and input run in between), then calls `finish` in the last slice's task. Every node must carry its
 * position. Returns a function that stops the build (the added nodes stay).
 */
export function addNodesInSlices(
  cy: Core,
  nodes: readonly NodeElement[],
  finish: () => void,
  size = SLICE_NODES,
): () => void {
  let at = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (): void => {
    timer = undefined;
    const end = Math.min(nodes.length, at + size);
    const added: ElementDefinition[] = [];
    for (; at < end; at++) {
      const node = nodes[at]!;
      if (cy.getElementById(node.data.id).nonempty()) continue;
      added.push({ group: 'nodes', data: { ...node.data }, position: { ...(node.position ?? { x: 0, y: 0 }) } });
    }
    if (added.length > 0) cy.add(added);
    if (at < nodes.length) timer = setTimeout(step, 0);
    else finish();
  };
  timer = setTimeout(step, 0);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
