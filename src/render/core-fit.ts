// Where a map of weighted symbols has its core: in a small frame the country view is fitted to it (layouts/apply.ts fitDrawn).

/**
 * A whole-map fit of the country view below this zoom (3.6 px per degree of longitude) is framed on its core instead.
 * Country discs keep 9–29 px on screen when zoomed out (COUNTRY_MIN_SCALE), so the smaller the map, the more of a
 * crowded region they cover. Measured on the sample in 2016: a story step fits its world of partners at 0.14 at
 * 1440×900 (Latvia and Lithuania overlap by 45% of the smaller disc) and the explorer at 0.09 there, both kept; but
 * at 0.07 in a 1280×800 explorer, 0.06 at 640×400 and 0.03 at 320×480, where Finland, Estonia, Sweden and Germany
 * were one blob (overlaps of 80–99%). Framed on the core, 320×480 shows Europe at 0.19 with overlaps up to 23%.
 */
export const CORE_FIT_BELOW = 0.08;

/** The share of the weight (actors) the core holds: the sample's Europe holds about 90%, its partners overseas 10%. */
export const CORE_SHARE = 0.8;

/** A placed symbol and what it stands for (a country's actors). */
export interface Weighted {
  x: number;
  y: number;
  weight: number;
}

/**
 * The indices of the core: from the weighted medoid (the symbol nearest, weight for weight, to all the others), the
 * nearest symbols first until they hold `share` of the weight. Nearest-first keeps the core one region: a heavy
 * outlier overseas is left out rather than stretching the frame across an ocean.
 */
export function coreOf(points: readonly Weighted[], share = CORE_SHARE): number[] {
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
