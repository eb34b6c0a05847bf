// Level of detail: over an edge budget, draw each actor's strongest tie and then the strongest others; hide, never recount.
import type { EdgeElement, GraphElements } from './elements';

/**
 * Edges drawn by default. Cytoscape's canvas renderer takes 4–5 s to build and draw 5,000 nodes with
 * 10,000 edges on a 2-core machine and 9–16 s with 50,000 (docs/performance.md), so beyond this many
 * ties the view draws a subset until the user asks for all of them.
 */
export const EDGE_BUDGET = 10_000;

export interface LevelOfDetail {
  /** The elements to draw: every node, and at most `budget` edges unless all were asked for. */
  elements: GraphElements;
  /** Ties in the filtered graph (drawn or not). */
  totalEdges: number;
  /** Ties left undrawn; 0 when everything is drawn. */
  hiddenEdges: number;
}

export interface LodOptions {
  /** Most edges to draw (default EDGE_BUDGET). */
  budget?: number;
  /** Draw everything, whatever the budget ("show all"). */
  showAll?: boolean;
}

/** Heaviest first; equal weights by id, so the same data always draws the same ties. */
const stronger = (a: EdgeElement, b: EdgeElement): number =>
  b.data.weight - a.data.weight || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);

/**
 * Chooses the edges to draw. Nodes are never dropped and node data (colour, size, i.e. every metric
 * shown) is passed through untouched: only lines are hidden. Each actor first keeps its strongest tie,
 * so no connected actor looks isolated, then the remaining budget goes to the heaviest ties overall.
 */
export function levelOfDetail(elements: GraphElements, options: LodOptions = {}): LevelOfDetail {
  const budget = Math.max(0, Math.floor(options.budget ?? EDGE_BUDGET));
  const totalEdges = elements.edges.length;
  if (options.showAll || totalEdges <= budget) {
    return { elements, totalEdges, hiddenEdges: 0 };
  }
  // A layout switch gives the nodes new positions but keeps the same edges array: the choice (a sort of
  // ~68,000 ties, 0.2–0.4 s at 5,000 actors) is made once per edges array and budget.
  if (last === null || last.edges !== elements.edges || last.budget !== budget) {
    last = { edges: elements.edges, budget, chosen: chooseEdges(elements.edges, budget) };
  }
  const edges = last.chosen;
  return {
    elements: { ...elements, edges },
    totalEdges,
    hiddenEdges: totalEdges - edges.length,
  };
}

/** The last choice, keyed by the edges array it was made from. */
let last: { edges: readonly EdgeElement[]; budget: number; chosen: EdgeElement[] } | null = null;

function chooseEdges(all: readonly EdgeElement[], budget: number): EdgeElement[] {
  const ranked = all.slice().sort(stronger);
  const chosen = new Set<EdgeElement>();
  const covered = new Set<string>();
  // Pass 1: the strongest tie of every actor (the ranking visits heavier ties first).
  for (const edge of ranked) {
    if (chosen.size >= budget) break;
    const { source, target } = edge.data;
    if (covered.has(source) && covered.has(target)) continue;
    chosen.add(edge);
    covered.add(source);
    covered.add(target);
  }
  // Pass 2: fill what is left of the budget with the heaviest ties not yet chosen.
  for (const edge of ranked) {
    if (chosen.size >= budget) break;
    chosen.add(edge);
  }
  // Keep the original order so cytoscape sees the same sequence as with all edges drawn.
  return all.filter((edge) => chosen.has(edge));
}

/** The visible note for a partial drawing, or null when every tie is drawn. */
export function lodNote(lod: LevelOfDetail): string | null {
  if (lod.hiddenEdges === 0) return null;
  const shown = lod.totalEdges - lod.hiddenEdges;
  return (
    `Drawing ${shown.toLocaleString('en')} of ${lod.totalEdges.toLocaleString('en')} ties: each actor's strongest ` +
    `and then the heaviest. ${lod.hiddenEdges.toLocaleString('en')} lighter ties are hidden from the drawing only; ` +
    'every count and metric includes them.'
  );
}
