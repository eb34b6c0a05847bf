// A symbol's least scale: whole in a roomy canvas, shrinking with the shorter side of a small one, whole without a size.
import { describe, expect, it } from 'vitest';
import { FULL_FLOOR_SIDE, leastScaleIn } from '../../../src/render/symbol-scale';

describe('leastScaleIn', () => {
  it('keeps the whole floor in a canvas whose shorter side reaches FULL_FLOOR_SIDE (a 1440×900 page: 1192×729)', () => {
    expect(leastScaleIn(0.4, 1192, 729)).toBe(0.4);
    expect(leastScaleIn(0.4, FULL_FLOOR_SIDE, 2000)).toBe(0.4);
  });

  it('scales the floor by the shorter side below it (a 480×320 story frame: 480×210)', () => {
    expect(leastScaleIn(0.4, 480, 210)).toBeCloseTo((0.4 * 210) / FULL_FLOOR_SIDE, 10);
    expect(leastScaleIn(0.4, 210, 480)).toBe(leastScaleIn(0.4, 480, 210));
  });

  it('keeps the whole floor for a canvas without a size (headless instances, exports)', () => {
    expect(leastScaleIn(0.4, 0, 0)).toBe(0.4);
    expect(leastScaleIn(0.4, 800, 0)).toBe(0.4);
  });
});
