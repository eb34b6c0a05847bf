// Nodes on the plain canvas as cytoscape draws them (a large network's first picture, then its nodes), grouped by colour into a few fills.
import type { GraphElements } from './elements';
import { FADED_OPACITY } from './encoding';
import { sizeAtFloor } from './symbol-scale';

export interface PreviewNode {
  id: string;
  x: number;
  y: number;
  /** Diameter in model units (the node's `size`). */
  size: number;
  color: string;
  /** Agreement hubs are diamonds, as in the stylesheet. */
  hub: boolean;
  /** Outside the highlighted neighbourhood: drawn at the stylesheet's faded opacity, under the others. */
  faded?: boolean;
  /** The selected actor: its ties are drawn in full as touching it (edge-batches.ts), in a highlight's picture. */
  selected?: boolean;
  /** The least scale of a symbol that keeps its screen size when zoomed out (style.ts symbolSize). */
  minScale?: number;
  /** What the symbol stands for on a map (NodeData.weight), for the fit to the map's core. */
  weight?: number;
}

/** The stylesheet's node outlines (style.ts): white, and grey for agreement hubs. */
const OUTLINE = '#FFFFFF';
const HUB_OUTLINE = '#555555';

/** A node's model size at `zoom`, as style.ts symbolSize gives cytoscape's. */
export const sizeAtZoom = (node: PreviewNode, zoom: number): number => sizeAtFloor(node.size, node.minScale, zoom);

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
      ...(node.data.minScale !== undefined ? { minScale: node.data.minScale } : {}),
      ...(node.data.weight !== undefined ? { weight: node.data.weight } : {}),
    });
  }
  return nodes;
}

/** The nodes' boxes (centre and half sizes) and weights for fitFrame: the frame the drawn nodes will fill. */
export function extentsOf(
  nodes: readonly PreviewNode[],
): Array<{ x: number; y: number; halfWidth: number; halfHeight: number; weight?: number }> {
  return nodes.map((node) => ({
    x: node.x,
    y: node.y,
    halfWidth: node.size / 2,
    halfHeight: node.size / 2,
    ...(node.weight !== undefined ? { weight: node.weight } : {}),
  }));
}

/**
 * Fills the nodes (one path per colour, the faded ones first at the stylesheet's faded opacity) and outlines them in white as
 * the stylesheet does (1.5 units), in a context whose transform maps model units to device pixels by
 * zoom × pixelRatio. Outlines thinner than half a pixel are left out, as they would not show.
 */
export function fillPreviewNodes(
  context: CanvasRenderingContext2D,
  nodes: readonly PreviewNode[],
  zoom: number,
  pixelRatio: number,
): void {
  const groups = new Map<string, PreviewNode[]>();
  for (const node of nodes) {
    // Faded groups first (their keys sort before), so the highlighted nodes lie on top of them.
    const key = `${node.faded === true ? 0 : 1}${node.hub ? 'h' : 'n'}${node.color}`;
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  const outline = 1.5 * zoom * pixelRatio >= 0.5;
  context.setLineDash([]);
  context.lineWidth = 1.5;
  for (const key of [...groups.keys()].sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const group = groups.get(key)!;
    context.globalAlpha = group[0]!.faded === true ? FADED_OPACITY : 1;
    context.beginPath();
    for (const node of group) {
      const r = sizeAtZoom(node, zoom) / 2;
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
    context.fillStyle = group[0]!.color;
    context.fill();
    context.strokeStyle = group[0]!.hub ? HUB_OUTLINE : OUTLINE;
    if (outline) context.stroke();
  }
  context.globalAlpha = 1;
}
