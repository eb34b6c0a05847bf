// Heatmap cells keep their numbers readable: every value's text meets WCAG AA (4.5:1) on its cell colour.
import { describe, expect, it } from 'vitest';
import { contrast, heatScale } from '../../../src/view/gaps/heat';

describe('heatScale text colour', () => {
  it('meets 4.5:1 on every cell colour from 0 to the maximum', () => {
    const heat = heatScale(100);
    for (let value = 0; value <= 100; value++) {
      const { background, color } = heat(value);
      expect(contrast(background, color), `${value}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the known ratios: white on black 21:1, white on #65a9d3 about 2.57:1', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#65a9d3')).toBeCloseTo(2.57, 2);
  });
});
