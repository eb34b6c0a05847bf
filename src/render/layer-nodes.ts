// A large network's nodes painted on the plain layer with its ties; cytoscape keeps them for pointer, keys and labels, and paints only the marked.
import type { Core, NodeSingular } from 'cytoscape';
import { FADED_OPACITY } from './encoding';
import { KEYBOARD_CURSOR, LABEL_CLASS } from './label-styles';
import { LABEL_PLACES } from './label-placement';
import type { PreviewNode } from './node-preview';
import { leastScaleOn } from './symbol-scale';
import { HIDDEN } from './visibility';

/**
 * From this many nodes in a dataset, the plain layer paints them. Profiles at 5,000 nodes (docs/performance.md,
 * "Nodes on the plain layer"): every task still over 250 ms was a cytoscape frame drawing all 5,000 nodes
 * from its texture cache (a played year, a switch's last frame, the frame after the analysis), 200–420 ms each;
 * the layer fills the same 5,000 discs in a few milliseconds, a path per colour. Below it nothing changes.
 */
export const NODE_LAYER_FROM = 1000;

const FLAG = 'atlasNodesOnLayer';

/** Whether the plain layer paints this instance's nodes (set per dataset, before its nodes are added). */
export const nodesOnLayer = (cy: Core): boolean => cy.scratch(FLAG) === true;

/** Turns the layer's painting of nodes on or off for the nodes added from now on; true when it changed. */
export function setNodesOnLayer(cy: Core, on: boolean): boolean {
  if (nodesOnLayer(cy) === on) return false;
  cy.scratch(FLAG, on);
  return true;
}

/** Marks whose look (a ring, a label, a lift to the front) only cytoscape draws. */
const CYTOSCAPE_MARKS = ['hover', 'selected', KEYBOARD_CURSOR, 'focus-root', 'on-path', 'group-box'];
const LABEL_CLASSES = LABEL_PLACES.map((side) => LABEL_CLASS[side]);

/**
 * The stylesheet's node opacity (style.ts, last node rule): 0 for a node the layer paints and nothing marks,
 * so cytoscape skips it in every frame (a node of opacity 0 is not drawn, yet it is still hit by the pointer:
 * cytoscape's `interactive` reads `visibility`, not opacity). A marked node is drawn by cytoscape over the
 * layer's identical disc. A faded node's label is taken away (`.faded`), so its label class does not count.
 */
export function nodeOpacity(node: NodeSingular): number {
  const faded = node.hasClass('faded');
  const shown = faded ? FADED_OPACITY : 1;
  if (!nodesOnLayer(node.cy())) return shown;
  if (CYTOSCAPE_MARKS.some((mark) => node.hasClass(mark))) return shown;
  if (!faded && LABEL_CLASSES.some((label) => node.hasClass(label))) return shown;
  return 0;
}

/** A node as the layer paints it, or null for one it does not (hidden, or a grouped layout's box). */
export function layerNodeOf(node: NodeSingular): PreviewNode | null {
  if (node.hasClass(HIDDEN) || node.hasClass('group-box')) return null;
  const { x, y } = node.position();
  const least = node.data('minScale') as number | undefined;
  // The floor the stylesheet's symbolSize gives this canvas, so the painted disc is the one the pointer hits.
  const minScale = least === undefined ? undefined : leastScaleOn(node.cy(), least);
  const weight = node.data('weight') as number | undefined;
  return {
    id: node.id(),
    x,
    y,
    size: node.data('size') as number,
    color: node.data('color') as string,
    hub: node.data('type') === 'hub',
    faded: node.hasClass('faded'),
    ...(minScale !== undefined ? { minScale } : {}),
    ...(weight !== undefined ? { weight } : {}),
  };
}
