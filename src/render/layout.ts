// Chooses how to place nodes: saved positions first, a force layout only where the graph is small enough to afford it.
import cytoscape, {
  type Core,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';

/** fcose's default quality is fine below this many nodes; above it, only 'draft' stays within seconds. */
export const SMALL_GRAPH = 300;
/** Above this many nodes no force layout runs at load (performance-anchors.md: fcose draft takes ~20 s at 5k). */
export const LARGE_GRAPH = 2000;

export function fullLayoutOptions(nodeCount: number): LayoutOptions {
  if (nodeCount > LARGE_GRAPH) {
    // Linear-time rings, largest nodes in the centre; a saved x/y layout or a worker layout does better.
    return {
      name: 'concentric',
      animate: false,
      concentric: (node: NodeSingular) => Number(node.data('size')),
      levelWidth: () => 4,
      minNodeSpacing: 4,
    } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: nodeCount < SMALL_GRAPH ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    // Component packing needs another extension (cytoscape-layout-utilities) that we do not load.
    packComponents: false,
  } as LayoutOptions;
}

/**
 * Runs the full layout on a headless copy whose ids are indices, then returns positions by real id.
 * fcose keeps its own per-node tables in plain objects, so an actor called `__proto__` would break it
 * if it saw the real ids.
 */
export function computeFullLayout(
  cy: Core,
  extraPairs: ReadonlyArray<readonly [string, string]> = [],
): Map<string, Position> {
  const nodes = cy.nodes();
  const index = new Map<string, string>();
  nodes.forEach((node, i) => void index.set(node.id(), `n${i}`));
  const copy = cytoscape({ headless: true, styleEnabled: true });
  copy.add(
    nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: index.get(node.id()) as string, size: Number(node.data('size')) || 14 },
    })),
  );
  // The ties cytoscape holds, plus those the edge layer draws (edge-layer.ts), which cytoscape does not see.
  const pairs = [...cy.edges().map((edge) => [edge.source().id(), edge.target().id()] as const), ...extraPairs];
  copy.add(
    pairs
      .filter(([source, target]) => index.has(source) && index.has(target))
      .map(([source, target], i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: index.get(source) as string, target: index.get(target) as string },
      })),
  );
  copy.nodes().forEach((node) => void node.style({ width: node.data('size'), height: node.data('size') }));
  copy.layout(fullLayoutOptions(nodes.length)).run();
  const positions = new Map<string, Position>();
  nodes.forEach((node) => {
    const twin = copy.getElementById(index.get(node.id()) as string);
    positions.set(node.id(), { ...twin.position() });
  });
  copy.destroy();
  return positions;
}

/**
 * Places nodes that appeared after a filter change without moving the others: each goes to the middle
 * of its already placed neighbours (slightly offset), or, without any, to a free spot below the graph.
 */
export function placeNear(
  cy: Core,
  unplaced: NodeCollection,
  extraPairs: ReadonlyArray<readonly [string, string]> = [],
): void {
  const layerNeighbours = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = layerNeighbours.get(from);
    if (list) list.push(to);
    else layerNeighbours.set(from, [to]);
  };
  for (const [a, b] of extraPairs) {
    link(a, b);
    link(b, a);
  }
  const placedIds = new Set<string>();
  cy.nodes().forEach((node) => {
    if (!unplaced.has(node)) placedIds.add(node.id());
  });
  // A min/max over node centres: boundingBox() measures labels and edges too (seconds at 5,000 nodes).
  const box = { x1: Infinity, y2: -Infinity, w: 0 };
  let x2 = -Infinity;
  cy.nodes().forEach((node) => {
    if (!placedIds.has(node.id())) return;
    const { x, y } = node.position();
    box.x1 = Math.min(box.x1, x);
    x2 = Math.max(x2, x);
    box.y2 = Math.max(box.y2, y);
  });
  box.w = x2 - box.x1;
  let loneIndex = 0;
  unplaced.forEach((node, index) => {
    let neighbours = node.neighborhood('node');
    for (const id of layerNeighbours.get(node.id()) ?? []) neighbours = neighbours.union(cy.getElementById(id));
    const anchors = neighbours.filter((other) => placedIds.has(other.id()));
    if (anchors.length > 0) {
      let x = 0;
      let y = 0;
      anchors.forEach((anchor) => {
        x += anchor.position('x');
        y += anchor.position('y');
      });
      const angle = index * 2.399963; // the golden angle spreads nodes that share the same neighbours
      node.position({ x: x / anchors.length + 30 * Math.cos(angle), y: y / anchors.length + 30 * Math.sin(angle) });
    } else {
      const width = Number.isFinite(box.w) && box.w > 0 ? box.w : 400;
      const left = Number.isFinite(box.x1) ? box.x1 : 0;
      const bottom = Number.isFinite(box.y2) ? box.y2 : 0;
      node.position({
        x: left + ((loneIndex * 40) % width),
        y: bottom + 40 + 40 * Math.floor((loneIndex * 40) / width),
      });
      loneIndex++;
    }
    placedIds.add(node.id());
  });
}
