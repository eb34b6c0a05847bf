// What the browser tests read of the drawn labels and nodes: cytoscape's own boxes, in canvas pixels.
import type { Core, NodeSingular } from 'cytoscape';
import type { Disc } from './label-placement';
import { isBoxId } from './layouts/boxes';
import { HIDDEN } from './visibility';

/** Every drawn label as cytoscape itself measures it, in canvas pixels, with its text (for tests). */
export function drawnLabelBoxes(
  cy: Core,
): Array<{ id: string; text: string; z: number; x1: number; y1: number; x2: number; y2: number }> {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return cy
    .nodes()
    .filter(
      (node) =>
        !node.hasClass(HIDDEN) && String(node.style('label') ?? '') !== '' && Number(node.style('opacity')) > 0.5,
    )
    .map((node: NodeSingular) => {
      const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return {
        id: node.id(),
        text: String(node.style('label')),
        z: zIndexOf(node),
        x1: b.x1 * zoom + pan.x,
        y1: b.y1 * zoom + pan.y,
        x2: b.x2 * zoom + pan.x,
        y2: b.y2 * zoom + pan.y,
      };
    });
}

/** The node's z-index as drawn (a node and its label are drawn together, higher over lower). */
const zIndexOf = (node: NodeSingular): number => Number.parseFloat(String(node.style('z-index'))) || 0;

/** Every drawn, unfaded node as a disc in canvas pixels (border included) with its z-index, for tests. */
export function drawnNodeDiscs(cy: Core): Array<Disc & { z: number }> {
  return cy
    .nodes()
    .filter((node) => !node.hasClass(HIDDEN) && !node.hasClass('faded') && !isBoxId(node.id()))
    .map((node: NodeSingular) => {
      const p = node.renderedPosition();
      return { id: node.id(), x: p.x, y: p.y, r: node.renderedOuterWidth() / 2, z: zIndexOf(node) };
    });
}
