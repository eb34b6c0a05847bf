// Which symbols make a map's core: from the weighted medoid, nearest first, until they hold the share of the weight.
import { describe, expect, it } from 'vitest';
import { coreOf, EXACT_CORE_UP_TO } from '../../../src/render/core-fit';

/** A Baltic region of 80 actors around x = 0, a partner of 15 far west and one of 5 far east. */
const BALTIC_AND_PARTNERS = [
  { x: 0, y: 0, weight: 30 },
  { x: 100, y: 50, weight: 25 },
  { x: -80, y: 120, weight: 25 },
  { x: -4000, y: 600, weight: 15 },
  { x: 5000, y: 900, weight: 5 },
];

describe('coreOf', () => {
  it('leaves out a heavy partner overseas and the light ones far away once the region near the medoid holds 80%', () => {
    expect(coreOf(BALTIC_AND_PARTNERS, 0.8).sort()).toEqual([0, 1, 2]);
  });

  it('takes the next nearest symbol when the region alone falls short of the share', () => {
    expect(coreOf(BALTIC_AND_PARTNERS, 0.9).sort()).toEqual([0, 1, 2, 3]);
  });

  it('starts from the symbol nearest to all the weight, not from the heaviest one at the edge', () => {
    // The heaviest (40) sits at the west end of a row; the medoid is the middle one, and 60% is it and its east side.
    const points = [
      { x: 0, y: 0, weight: 40 },
      { x: 1000, y: 0, weight: 20 },
      { x: 1100, y: 0, weight: 20 },
      { x: 1200, y: 0, weight: 20 },
    ];
    expect(coreOf(points, 0.6).sort()).toEqual([1, 2, 3]);
  });

  it('stops once the share is held (a weightless symbol beyond is left out) and is empty for no symbols', () => {
    expect(
      coreOf(
        [
          { x: 0, y: 0, weight: 1 },
          { x: 9, y: 9, weight: 0 },
        ],
        1,
      ).sort(),
    ).toEqual([0]);
    expect(coreOf([], 0.8)).toEqual([]);
  });

  it('finds the core among grid cells above EXACT_CORE_UP_TO symbols: every actor of the region, none of those overseas', () => {
    // 900 actors spread over a Baltic region 600 units wide, 60 in a city overseas and 40 in another: one per symbol.
    const region = Array.from({ length: 900 }, (_, i) => ({ x: (i % 30) * 20, y: Math.floor(i / 30) * 20, weight: 1 }));
    const west = Array.from({ length: 60 }, (_, i) => ({ x: -6000 + (i % 6), y: 800 + Math.floor(i / 6), weight: 1 }));
    const east = Array.from({ length: 40 }, (_, i) => ({ x: 9000 + (i % 4), y: 2500 + Math.floor(i / 4), weight: 1 }));
    const points = [...region, ...west, ...east];
    expect(points.length).toBeGreaterThan(EXACT_CORE_UP_TO);
    const core = new Set(coreOf(points, 0.8));
    // The region holds 90%: the cells nearest the medoid are taken until 80% is held, all of them inside it.
    expect([...core].every((i) => i < region.length)).toBe(true);
    expect(core.size).toBeGreaterThanOrEqual(0.8 * points.length);
    expect(core.size).toBeLessThanOrEqual(region.length);
  });
});
