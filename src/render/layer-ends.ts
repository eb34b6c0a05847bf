// What the edge layer reads of cytoscape's nodes (ends of ties, grouped-layout boxes) and how it fills the boxes.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { EndState } from './edge-batches';
import { layerNodeOf } from './layer-nodes';
import type { PreviewNode } from './node-preview';
import { HIDDEN } from './visibility';

/** A node's position and the marks that change how its ties are drawn. */
export function endStateOf(node: NodeSingular): EndState {
  const { x, y } = node.position();
  return { x, y, hidden: node.hasClass(HIDDEN), faded: node.hasClass('faded'), selected: node.hasClass('selected') };
}

/**
 * Each node's end state, read once per drawing rather than once per tie; with `nodes`, the nodes the layer
 * paints are gathered into it in the same pass (render/layer-nodes.ts).
 */
export function endStates(cy: Core, nodes?: PreviewNode[]): Map<string, EndState> {
  const ends = new Map<string, EndState>();
  cy.nodes().forEach((node) => {
    ends.set(node.id(), endStateOf(node));
    if (nodes === undefined) return;
    const painted = layerNodeOf(node);
    if (painted !== null) nodes.push(painted);
  });
  return ends;
}

/** The grouped layout's box fill (the stylesheet draws the border and name: layouts/styles.ts). */
const BOX_FILL = '#F3F5F7';

/** Each instance's box nodes, found once until an element is added or removed. */
const boxNodes = new WeakMap<Core, NodeCollection>();

/**
 * The nodes of the grouped layout's boxes. The selector walked all 5,000 nodes on every drawing of the layer
 * (20 ms of a frame in the load's profile); boxes only come and go with adds and removes.
 */
function boxNodesOf(cy: Core): NodeCollection {
  let boxes = boxNodes.get(cy);
  if (boxes === undefined) {
    boxes = cy.nodes('.group-box');
    boxNodes.set(cy, boxes);
    cy.one('add remove', () => void boxNodes.delete(cy));
  }
  return boxes;
}

/** The grouped layout's country boxes (centre, width, height), if any. */
export const boxesOf = (cy: Core): Array<{ x: number; y: number; width: number; height: number }> =>
  boxNodesOf(cy).map((box) => ({
    ...box.position(),
    width: Number(box.data('boxWidth')),
    height: Number(box.data('boxHeight')),
  }));

/** Fills each box (centre, width, height) as cytoscape's round-rectangle: corners of min(w/4, h/4, 8). */
export function fillBoxes(
  context: CanvasRenderingContext2D,
  boxes: ReadonlyArray<{ x: number; y: number; width: number; height: number }>,
): void {
  if (boxes.length === 0) return;
  context.globalAlpha = 1;
  context.fillStyle = BOX_FILL;
  context.beginPath();
  for (const { x, y, width, height } of boxes) {
    context.roundRect(x - width / 2, y - height / 2, width, height, Math.min(width / 4, height / 4, 8));
  }
  context.fill();
}
