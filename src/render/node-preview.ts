// The first picture of a large network on the plain canvas: nodes as cytoscape will draw them, grouped by colour into a few fills.
import type { GraphElements } from './elements';

export interface PreviewNode {
  id: string;
  x: number;
  y: number;
  /** Diameter in model units (the node's `size`). */
  size: number;
  color: string;
  /** Agreement hubs are diamonds, as in the stylesheet. */
  hub: boolean;
}

/**
 * The preview nodes of these elements, at their own positions or else `known`'s, or null when some node has
 * neither (then there is nothing to show).
 */
export function previewNodesOf(
  elements: GraphElements,
  known: ReadonlyMap<string, { x: number; y: number }> = new Map(),
): PreviewNode[] | null {
  const nodes: PreviewNode[] = [];
  for (const node of elements.nodes) {
    const position = node.position ?? known.get(node.data.id);
    if (position === undefined) return null;
    nodes.push({
      id: node.data.id,
      x: position.x,
      y: position.y,
      size: node.data.size,
      color: node.data.color,
      hub: node.data.type === 'hub',
    });
  }
  return nodes;
}

/** The nodes' boxes (centre and half sizes) for fitExtents: the frame the drawn nodes will fill. */
export function extentsOf(
  nodes: readonly PreviewNode[],
): Array<{ x: number; y: number; halfWidth: number; halfHeight: number }> {
  return nodes.map((node) => ({ x: node.x, y: node.y, halfWidth: node.size / 2, halfHeight: node.size / 2 }));
}

/**
 * Fills the nodes (one path per colour) and outlines them in white as the stylesheet does (1.5 units),
 * in a context whose transform maps model units to device pixels by `scale`. Outlines thinner than
 * half a pixel are left out, as they would not show.
 */
export function fillPreviewNodes(
  context: CanvasRenderingContext2D,
  nodes: readonly PreviewNode[],
  scale: number,
): void {
  const byColor = new Map<string, PreviewNode[]>();
  for (const node of nodes) {
    const group = byColor.get(node.color);
    if (group) group.push(node);
    else byColor.set(node.color, [node]);
  }
  const outline = 1.5 * scale >= 0.5;
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.lineWidth = 1.5;
  context.strokeStyle = '#FFFFFF';
  for (const [color, group] of byColor) {
    context.beginPath();
    for (const node of group) {
      const r = node.size / 2;
      if (node.hub) {
        context.moveTo(node.x, node.y - r);
        context.lineTo(node.x + r, node.y);
        context.lineTo(node.x, node.y + r);
        context.lineTo(node.x - r, node.y);
        context.closePath();
      } else {
        context.moveTo(node.x + r, node.y);
        context.arc(node.x, node.y, r, 0, 2 * Math.PI);
      }
    }
    context.fillStyle = color;
    context.fill();
    if (outline) context.stroke();
  }
}
