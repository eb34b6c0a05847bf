// The explorer's layouts in one place: positions for force / grouped / concentric, and the map module on demand.
import { concentricLayout } from './concentric';
import { groupedLayout } from './grouped';
import type { GroupBox, Positions } from './types';

export type { GroupBox, Point, Positions } from './types';
export { applyPositions, currentPositions } from './apply';
export { isBoxId, BOX_PREFIX } from './boxes';
export { applyHighlight, fitHighlight, NO_HIGHLIGHT, type Highlight } from './highlight';
export { explorerStyles } from './styles';
export { groupedLayout, GROUPED_DEFAULTS, GROUPED_PORTRAIT_ASPECT } from './grouped';
export { concentricLayout } from './concentric';
export { spreadPoints } from './spread';
export { geographicLayout } from './geographic';

export interface LayoutNode {
  id: string;
  /** Box of the grouped layout (the actor's country). */
  group: string;
  /** Metric of the concentric layout (null sorts last). */
  value: number | null;
  degree: number;
}

export interface LayoutResult {
  positions: Positions;
  boxes: GroupBox[];
}

/**
 * Positions for every node of the full (unfiltered) graph, so filters only hide and show nodes
 * and never move the rest. The force layout runs in a worker (`forcePositionsAsync` in
 * force-client.ts; fcose stays out of the start-up bundle) and the map in its own (map/map-client.ts).
 */
export function computeLayout(
  name: 'grouped' | 'concentric',
  nodes: readonly LayoutNode[],
  groupLabel: (group: string) => string = (group) => group,
  aspect?: number,
): LayoutResult {
  if (name === 'grouped') {
    return groupedLayout(
      nodes.map((n) => ({ id: n.id, group: n.group, weight: n.degree })),
      aspect === undefined ? { labelOf: groupLabel } : { labelOf: groupLabel, aspect },
    );
  }
  return { positions: concentricLayout(nodes).positions, boxes: [] };
}
