// Level of detail: over an edge budget, draw each actor's strongest tie and then the strongest others; hide, never recount.
import { edgeId, type EdgeElement, type GraphElements } from './elements';
import { edgeEndsOf, type EdgeEnds } from './tie-elements';
import { groupedInteger } from '../model/number-text';

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
  // A layout switch gives the nodes new positions but keeps the same edges array, and a filter turned off gives back
  // the edges array it had before (state/derived.ts keeps two): the choice is made once per edges array and budget.
  let made = choices.get(elements.edges);
  if (made === undefined || made.budget !== budget) {
    made = { budget, chosen: chooseEdges(elements.edges, budget) };
    choices.set(elements.edges, made);
  }
  const edges = made.chosen;
  return {
    elements: { ...elements, edges },
    totalEdges,
    hiddenEdges: totalEdges - edges.length,
  };
}

/** The choices made, keyed by the edges array they were made from (dropped with it). */
const choices = new WeakMap<readonly EdgeElement[], { budget: number; chosen: EdgeElement[] }>();

/**
 * Whether `id` is `edgeId(source, target)` (the two ends, the lesser first, around U+0001) without building that
 * string: then, if no node id holds U+0000 or U+0001, the ids order as the pairs of their ends do.
 */
function isPairId(id: string, source: string, target: string): boolean {
  const lo = source < target ? source : target;
  const hi = source < target ? target : source;
  return (
    id.length === lo.length + 1 + hi.length && id.charCodeAt(lo.length) === 1 && id.startsWith(lo) && id.endsWith(hi)
  );
}

/** Whether an id holds a character that sorts at or below the pair separator U+0001. */
const hasControl = (id: string): boolean => id.includes('\u0000') || id.includes('\u0001');

/** The edges' weights and ends (as indexes into `names`, the node ids), and whether every id is its ends' edgeId. */
function endsOf(all: readonly EdgeElement[]): EdgeEnds & { pairIds: boolean } {
  const built = edgeEndsOf(all);
  if (built !== undefined && built.source.length === all.length) return { ...built, pairIds: true };
  const count = all.length;
  const weight = new Float64Array(count);
  const slotOf = new Map<string, number>();
  const names: string[] = [];
  const slot = (id: string): number => {
    let at = slotOf.get(id);
    if (at === undefined) {
      at = names.length;
      slotOf.set(id, at);
      names.push(id);
    }
    return at;
  };
  const source = new Int32Array(count);
  const target = new Int32Array(count);
  let pairIds = true;
  for (let e = 0; e < count; e++) {
    const data = (all[e] as EdgeElement).data;
    weight[e] = data.weight;
    source[e] = slot(data.source);
    target[e] = slot(data.target);
    if (pairIds && !isPairId(data.id, data.source, data.target)) pairIds = false;
  }
  return { names, source, target, weight, pairIds };
}

/**
 * The edges' indexes, heaviest first and equal weights by id (then in their order), so the same data always
 * draws the same ties. Read from typed arrays: a sort of ~68,000 element objects comparing id strings took
 * 0.3–1.5 s per filter change at 5,000 actors. Where every id is its ends' `edgeId` (the app's elements),
 * an id compares as its ends' ranks do, so only the ~5,000 node ids are compared as strings; elements built
 * from typed-array ties (buildTieElements) hand their ends over, so their edges are not even read.
 */
export function rankEdges(all: readonly EdgeElement[], ends = endsOf(all)): Int32Array {
  const count = all.length;
  const { names, source: lo, target: hi, weight, pairIds } = ends;
  const order = new Int32Array(count);
  for (let e = 0; e < count; e++) order[e] = e;
  const byName = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) byName[i] = i;
  byName.sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
  // Two nodes of one id (never in a valid dataset) would compare apart by rank but equal by id: the string sort then.
  let distinctNames = true;
  for (let i = 1; i < names.length && distinctNames; i++) {
    distinctNames = names[byName[i - 1] as number] !== names[byName[i] as number];
  }
  // `b - a` as the element sort had it: NaN (as from Infinity - Infinity) falls through to the id, as before.
  if (!pairIds || !distinctNames || names.some(hasControl)) {
    const ids = all.map((edge) => edge.data.id);
    return order.sort(
      (a, b) =>
        (weight[b] as number) - (weight[a] as number) ||
        ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : a - b),
    );
  }
  const rank = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) rank[byName[i] as number] = i;
  // Each edge as one number, (weight's place from the heaviest, lesser end's rank, greater end's rank, index):
  // a plain numeric sort of these (no comparator) is ~20 times faster, and exact while the number stays an integer.
  const distinct = Float64Array.from(new Set(weight)).sort().reverse();
  const span = names.length;
  if (weight.some(Number.isNaN) || distinct.length * span * span * count >= Number.MAX_SAFE_INTEGER) {
    return order.sort(
      (a, b) =>
        (weight[b] as number) - (weight[a] as number) ||
        Math.min(rank[lo[a] as number] as number, rank[hi[a] as number] as number) -
          Math.min(rank[lo[b] as number] as number, rank[hi[b] as number] as number) ||
        Math.max(rank[lo[a] as number] as number, rank[hi[a] as number] as number) -
          Math.max(rank[lo[b] as number] as number, rank[hi[b] as number] as number) ||
        a - b,
    );
  }
  const place = new Map<number, number>();
  distinct.forEach((value, at) => place.set(value, at));
  const keys = new Float64Array(count);
  for (let e = 0; e < count; e++) {
    const a = rank[lo[e] as number] as number;
    const b = rank[hi[e] as number] as number;
    keys[e] =
      (((place.get(weight[e] as number) as number) * span + Math.min(a, b)) * span + Math.max(a, b)) * count + e;
  }
  keys.sort();
  for (let i = 0; i < count; i++) order[i] = (keys[i] as number) % count;
  return order;
}

function chooseEdges(all: readonly EdgeElement[], budget: number): EdgeElement[] {
  const ends = endsOf(all);
  const ranked = rankEdges(all, ends);
  const chosen = new Uint8Array(all.length);
  let size = 0;
  // Covered nodes by slot; by id where two slots could share one (never in a valid dataset).
  const unique = new Set(ends.names).size === ends.names.length;
  const coveredSlot = new Uint8Array(ends.names.length);
  const coveredId = new Set<string>();
  const cover = (e: number): boolean => {
    const a = ends.source[e] as number;
    const b = ends.target[e] as number;
    if (unique) {
      if (coveredSlot[a] === 1 && coveredSlot[b] === 1) return false;
      coveredSlot[a] = coveredSlot[b] = 1;
      return true;
    }
    const { source, target } = (all[e] as EdgeElement).data;
    if (coveredId.has(source) && coveredId.has(target)) return false;
    coveredId.add(source);
    coveredId.add(target);
    return true;
  };
  // Pass 1: the strongest tie of every actor (the ranking visits heavier ties first).
  for (const e of ranked) {
    if (size >= budget) break;
    if (!cover(e)) continue;
    chosen[e] = 1;
    size++;
  }
  // Pass 2: fill what is left of the budget with the heaviest ties not yet chosen.
  for (const e of ranked) {
    if (size >= budget) break;
    if (chosen[e] === 0) {
      chosen[e] = 1;
      size++;
    }
  }
  // Keep the original order so cytoscape sees the same sequence as with all edges drawn.
  return all.filter((_edge, e) => chosen[e] === 1);
}

/** What is drawn whatever the budget: every tie of these actors (the selected one, a focus's root) and these pairs (a path's steps). */
export interface AlwaysDrawn {
  actors: ReadonlySet<string>;
  pairs: ReadonlyArray<readonly [string, string]>;
}

/** The drawn edges of each choice as a set, made once per choice (the choice array is kept per edges array). */
const drawnSets = new WeakMap<readonly EdgeElement[], Set<EdgeElement>>();

/**
 * The ties the level of detail left out that `always` asks for, in the elements' order; none when every tie is drawn.
 * A focus on an actor showed its partners in full colour with one line of seven to them: the budget had kept each
 * partner's strongest tie and the heaviest, not the focused actor's. One pass over the ties (68,000 at 5,000 actors),
 * comparing ids only, so a selection pays a few milliseconds.
 */
export function tiesAlsoDrawn(lod: LevelOfDetail, all: GraphElements, always: AlwaysDrawn): EdgeElement[] {
  if (lod.hiddenEdges === 0 || (always.actors.size === 0 && always.pairs.length === 0)) return [];
  const chosen = lod.elements.edges;
  let drawn = drawnSets.get(chosen);
  if (drawn === undefined) {
    drawn = new Set(chosen);
    drawnSets.set(chosen, drawn);
  }
  const { actors } = always;
  const ends = new Set(always.pairs.flat());
  const pairs = new Set(always.pairs.map(([a, b]) => edgeId(a, b)));
  const wanted = ({ source, target }: EdgeElement['data']): boolean =>
    actors.has(source) ||
    actors.has(target) ||
    (ends.has(source) && ends.has(target) && pairs.has(edgeId(source, target)));
  return all.edges.filter((edge) => wanted(edge.data) && !drawn.has(edge));
}

/**
 * The visible note for a partial drawing, or null when every tie is drawn; `also` ties drawn beyond the choice
 * (tiesAlsoDrawn) count as drawn.
 */
export function lodNote(lod: LevelOfDetail, { short = false, also = 0 } = {}): string | null {
  if (lod.hiddenEdges === 0) return null;
  const shown = lod.totalEdges - lod.hiddenEdges + also;
  const hidden = lod.hiddenEdges - also;
  // A narrow frame (a 320 px embed) keeps the note to two lines: the long one took 127 of its canvas's 449 px.
  if (short) {
    return `${groupedInteger(shown)} of ${groupedInteger(lod.totalEdges)} ties drawn, each actor's strongest first; counts include all.`;
  }
  return (
    `Drawing ${groupedInteger(shown)} of ${groupedInteger(lod.totalEdges)} ties: each actor's strongest, the ` +
    `heaviest, and all of a selection, focus or path. ${groupedInteger(hidden)} lighter ties are hidden; every ` +
    'count and metric includes them.'
  );
}
