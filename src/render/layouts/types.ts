// Shapes shared by the pure layout functions: a point, a map of positions, a labelled box.
export interface Point {
  x: number;
  y: number;
}

/**
 * Above this many nodes no force layout runs in the page (fcose draft needs ~20 s at 5k,
 * performance-anchors.md). Here, not in force.ts, so that reading it does not load fcose.
 */
export const FORCE_LIMIT = 2000;

/** Node id → position in model coordinates (what cytoscape calls `position`). */
export type Positions = Map<string, Point>;

/** A group's rectangle (top-left corner, size) in the grouped layout, drawn behind its actors. */
export interface GroupBox {
  group: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
