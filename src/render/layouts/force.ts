// Force-directed positions with fcose, computed once on a headless instance over the full graph and kept.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FORCE_LIMIT, type Point, type Positions } from './types';
import { concentricLayout } from './concentric';

/** Below this many nodes fcose's 'default' quality is quick; above it only 'draft' stays within seconds. */
export const DRAFT_ABOVE = 300;
export { FORCE_LIMIT } from './types';

export interface ForceNode {
  id: string;
  /** Used by the fallback for very large graphs: rings by degree. */
  degree?: number;
}
export interface ForceEdge {
  source: string;
  target: string;
}

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** The fcose options for a graph of `nodeCount` nodes (never `cose`: 20 s at 500 nodes). */
export function forceLayoutOptions(nodeCount: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: nodeCount > DRAFT_ABOVE ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeRepulsion: 6500,
    idealEdgeLength: 80,
    nodeSeparation: 80,
    uniformNodeDimensions: true,
    // Component packing needs cytoscape-layout-utilities, which is not loaded; fcose tiles lone nodes instead.
    packComponents: false,
    tile: true,
  } as LayoutOptions;
}

/**
 * Force-directed positions for the whole graph, run synchronously on a headless cytoscape instance,
 * so the view can keep them while filters hide and show nodes. Above FORCE_LIMIT nodes it returns
 * rings by degree instead (a dataset's saved x/y, or an offline layout, does better there).
 */
export function forcePositions(nodes: readonly ForceNode[], edges: readonly ForceEdge[]): Positions {
  if (nodes.length > FORCE_LIMIT) {
    return concentricLayout(
      nodes.map((n) => ({ id: n.id, value: n.degree ?? 0 })),
      { spacing: 40 },
    ).positions;
  }
  register();
  // fcose keeps per-node tables in plain objects: it sees index ids, never the real ones (which may be `__proto__`).
  const index = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(nodes.map((n) => ({ group: 'nodes' as const, data: { id: index.get(n.id) as string } })));
  cy.add(
    edges
      .filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target)
      .map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: index.get(e.source) as string, target: index.get(e.target) as string },
      })),
  );
  cy.nodes().style({ width: 30, height: 30 });
  if (nodes.length > 1) cy.layout(forceLayoutOptions(nodes.length)).run();
  const positions: Positions = new Map<string, Point>();
  for (const n of nodes) positions.set(n.id, { ...cy.getElementById(index.get(n.id) as string).position() });
  cy.destroy();
  return spreadOut(positions);
}

/**
 * The least room per node a force layout keeps, in model units (the square root of its box's area per node): the
 * sample's own layout has 76. fcose's draft of a dense network comes out far tighter (500 actors and 2,000
 * agreements: 14; 1,500 and 15,000: 8.5, the whole network 374 units wide under nodes 20–80 wide), so every disc lay
 * on others and the fit stopped at its highest zoom with the network small in the middle.
 */
export const FORCE_LEAST_SPACING = 60;

/** Scales positions about their box's centre until they have FORCE_LEAST_SPACING per node; never shrinks them. */
export function spreadOut(positions: Positions): Positions {
  if (positions.size < 2) return positions;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  // A row or a column (no height or width) counts by its length.
  const side = Math.max(x2 - x1, y2 - y1);
  const area = Math.max((x2 - x1) * (y2 - y1), (side * side) / positions.size);
  const spacing = Math.sqrt(area / positions.size);
  if (!(spacing > 0) || spacing >= FORCE_LEAST_SPACING) return positions;
  const factor = FORCE_LEAST_SPACING / spacing;
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  const spread: Positions = new Map<string, Point>();
  for (const [id, { x, y }] of positions) spread.set(id, { x: cx + (x - cx) * factor, y: cy + (y - cy) * factor });
  return spread;
}
