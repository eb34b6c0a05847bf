// Places nodes that come without a position: rings by size for a whole graph, next to their partners after a filter.
import type { Core, NodeCollection, Position } from 'cytoscape';
import { concentricLayout } from './layouts/concentric';

/**
 * Positions for a graph that arrives with none: rings by node size, the largest in the centre (the
 * pure concentric layout the explorer shows while its force layout runs in a worker). No force layout
 * runs on the main thread: fcose needs seconds from a few hundred nodes (cose ~20 s at 500), and it
 * stays out of the start-up bundle. The explorer and the compare view pass positions of their own.
 */
export function computeFullLayout(cy: Core): Map<string, Position> {
  const ranked = cy.nodes().map((node) => ({ id: node.id(), value: Number(node.data('size')) || 0 }));
  return concentricLayout(ranked).positions;
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
