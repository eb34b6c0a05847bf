// Elements a filter hides stay in cytoscape with one class (display: none); these helpers give the drawn ones.
import type { Core, EdgeCollection, NodeCollection } from 'cytoscape';

/** The class of elements hidden by a filter or by the level of detail (kept, with their positions). */
export const HIDDEN = 'hidden';

/** Nodes currently drawn (not hidden). */
export const shownNodes = (cy: Core): NodeCollection => cy.nodes().filter((node) => !node.hasClass(HIDDEN));

/** Edges currently drawn (not hidden). */
export const shownEdges = (cy: Core): EdgeCollection => cy.edges().filter((edge) => !edge.hasClass(HIDDEN));
