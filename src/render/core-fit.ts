// Where a map of weighted symbols has its core: in a small frame a map (actors or countries) is fitted to it (layouts/apply.ts fitFrame).

/** What a map's nodes are: actors at their places, or one symbol per country (GraphElements.map). */
export type MapKind = 'actors' | 'countries';

/**
 * A whole-map fit below this zoom is framed on the map's core instead (the map's projection has 45 units a degree
 * of longitude, so 0.08 is 3.6 px a degree).
 * - Countries, 0.08: their discs keep 9–29 px on screen when zoomed out (COUNTRY_MIN_SCALE), so the smaller the map,
 *   the more of a crowded region they cover. Measured on the sample in 2016: a story step fits its world of partners
 *   at 0.14 at 1440×900 (Latvia and Lithuania overlap by 45% of the smaller disc) and the explorer at 0.09 there,
 *   both kept; but at 0.07 in a 1280×800 explorer, 0.06 at 640×400 and 0.03 at 320×480, where Finland, Estonia,
 *   Sweden and Germany were one blob (overlaps of 80–99%). Framed on the core, 320×480 shows Europe at 0.19 with
 *   overlaps up to 23%.
 * - Actors, 0.05 (2.25 px a degree): they shrink with the map, so a whole fit stays a map of the network for
 *   longer, and the explorer keeps its world of partners (the sample's: 0.079 at 1440×900, 0.061 at 1280×800).
 *   Below it the sample's European actors, nine in ten, were one patch a few dozen pixels across with two or three
 *   labels: 0.044 in a 1024×768 explorer, 0.046 in a 480×320 embed and 0.029 in a 320×480 one, framed on the core
 *   at 0.36, 0.16 and 0.24.
 */
export const CORE_FIT_BELOW: Readonly<Record<MapKind, number>> = { countries: 0.08, actors: 0.05 };

/** The share of the weight (actors) the core holds: the sample's Europe holds about 90%, its partners overseas 10%. */
export const CORE_SHARE = 0.8;

/** A placed symbol and what it stands for (a country's actors). */
export interface Weighted {
  x: number;
  y: number;
  weight: number;
}

/** Up to this many symbols the core is found among them; above, among the cells of a grid (the medoid is O(n²)). */
export const EXACT_CORE_UP_TO = 400;

/** Cells across the wider side of the map's bounds when the symbols are binned: at most 24 × 24 cells. */
const CORE_GRID = 24;

/**
 * The indices of the core: from the weighted medoid (the symbol nearest, weight for weight, to all the others), the
 * nearest symbols first until they hold `share` of the weight. Nearest-first keeps the core one region: a heavy
 * outlier overseas is left out rather than stretching the frame across an ocean. Above EXACT_CORE_UP_TO symbols (an
 * actors' map of thousands: 25 million distances at 5,000), the same is done over grid cells, each at its symbols'
 * weighted centre and holding their weight, and the core is every symbol of the core's cells.
 */
export function coreOf(points: readonly Weighted[], share = CORE_SHARE): number[] {
  if (points.length <= EXACT_CORE_UP_TO) return exactCoreOf(points, share);
  const cells = cellsOf(points);
  return exactCoreOf(cells, share).flatMap((cell) => cells[cell]!.members);
}

function exactCoreOf(points: readonly Weighted[], share: number): number[] {
  if (points.length === 0) return [];
  const total = points.reduce((sum, p) => sum + Math.max(0, p.weight), 0);
  const distance = (a: Weighted, b: Weighted): number => Math.hypot(a.x - b.x, a.y - b.y);
  let medoid = 0;
  let best = Infinity;
  points.forEach((p, i) => {
    const cost = points.reduce((sum, q) => sum + Math.max(0, q.weight) * distance(p, q), 0);
    if (cost < best) [best, medoid] = [cost, i];
  });
  const centre = points[medoid]!;
  const order = points.map((_p, i) => i).sort((a, b) => distance(points[a]!, centre) - distance(points[b]!, centre));
  const core: number[] = [];
  let held = 0;
  for (const i of order) {
    core.push(i);
    held += Math.max(0, points[i]!.weight);
    if (held >= share * total) break;
  }
  return core;
}

interface Cell extends Weighted {
  members: number[];
}

/** The symbols binned into square cells (CORE_GRID across the wider side), in the order the cells are first met. */
function cellsOf(points: readonly Weighted[]): Cell[] {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const side = Math.max(x2 - x1, y2 - y1) / CORE_GRID || 1;
  const byKey = new Map<number, number[]>();
  points.forEach((point, i) => {
    const column = Math.min(CORE_GRID - 1, Math.floor((point.x - x1) / side));
    const row = Math.min(CORE_GRID - 1, Math.floor((point.y - y1) / side));
    const members = byKey.get(row * CORE_GRID + column);
    if (members === undefined) byKey.set(row * CORE_GRID + column, [i]);
    else members.push(i);
  });
  // Each cell at its symbols' weighted centre (their plain centre while they weigh nothing), holding their weight.
  return [...byKey.values()].map((members) => {
    const weightOf = (i: number): number => Math.max(0, points[i]!.weight);
    const weight = members.reduce((sum, i) => sum + weightOf(i), 0);
    const share = (i: number): number => (weight > 0 ? weightOf(i) / weight : 1 / members.length);
    return {
      x: members.reduce((sum, i) => sum + points[i]!.x * share(i), 0),
      y: members.reduce((sum, i) => sum + points[i]!.y * share(i), 0),
      weight,
      members,
    };
  });
}
