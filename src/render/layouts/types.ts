// Shapes shared by the pure layout functions: a point, a map of positions, a labelled box.
export interface Point {
  x: number;
  y: number;
}

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
