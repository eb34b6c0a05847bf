// Moves an existing cytoscape graph to computed positions, with the grouped layout's boxes and the map's arcs.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GroupBox, Point, Positions } from './types';

/** Box nodes are keyed apart from actors, whose ids may be any string: a NUL byte never appears in a real id. */
export const BOX_PREFIX = '\u0000box:';
export const isBoxId = (id: string): boolean => id.startsWith(BOX_PREFIX);
/** Font size of a box's label, in model units (the grouped layout's header leaves room for it). */
export const BOX_FONT = 44;

export interface ApplyOptions {
  /** The grouped layout's boxes, drawn behind the actors; omit (or []) to remove any. */
  boxes?: readonly GroupBox[];
  /** Label of a box's group (a country name). */
  boxLabel?: (group: string) => string;
  /** Curve the edges into arcs (the map layout), or draw them straight. */
  arcs?: boolean;
  /** Fit the viewport to the result. */
  fit?: boolean;
  /** Fit to these nodes only (e.g. the map's core region); default all nodes. */
  fitIds?: ReadonlySet<string>;
}

/** Box elements: non-interactive rectangles centred on their box, labelled at the top. */
export function boxElements(boxes: readonly GroupBox[], label: (group: string) => string): ElementDefinition[] {
  return boxes.map((box) => ({
    group: 'nodes',
    data: {
      id: BOX_PREFIX + box.group,
      label: label(box.group),
      boxWidth: box.width,
      boxHeight: box.height,
      boxFont: BOX_FONT,
      // The label sits inside the box's header: text-valign top puts it above, this pulls it back in.
      boxFontMargin: BOX_FONT * 1.3,
    },
    position: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    classes: 'group-box',
    selectable: false,
    grabbable: false,
    pannable: true,
  }));
}

/** Sets the bend of each edge's arc to a fifth of its length, so long ties arc more than short ones. */
export function bendArcs(cy: Core): void {
  cy.edges().forEach((edge) => {
    const a = edge.source().position();
    const b = edge.target().position();
    edge.data('bend', Math.round(Math.hypot(a.x - b.x, a.y - b.y) * 0.2));
  });
}

/**
 * Moves every node that has a computed position there (in one batch), replaces the box
 * nodes, and switches arcs on or off. Nodes without a position keep theirs.
 */
export function applyPositions(cy: Core, positions: ReadonlyMap<string, Point>, options: ApplyOptions = {}): void {
  cy.batch(() => {
    cy.nodes('.group-box').remove();
    cy.nodes().forEach((node) => {
      const position = positions.get(node.id());
      if (position) node.position({ x: position.x, y: position.y });
    });
    if (options.boxes && options.boxes.length > 0) {
      cy.add(boxElements(options.boxes, options.boxLabel ?? ((group) => group)));
    }
    if (options.arcs) {
      bendArcs(cy);
      cy.edges().addClass('arc');
    } else cy.edges().removeClass('arc');
  });
  if (options.fit) {
    const fitIds = options.fitIds;
    const core = fitIds ? cy.nodes().filter((node) => fitIds.has(node.id())) : cy.nodes();
    cy.fit(core.nonempty() ? core : cy.nodes(), 30);
  }
}

/** The positions of the current nodes (not boxes), e.g. to remember a force layout before switching away. */
export function currentPositions(cy: Core): Positions {
  const positions: Positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    if (!isBoxId(node.id())) positions.set(node.id(), { ...node.position() });
  });
  return positions;
}
