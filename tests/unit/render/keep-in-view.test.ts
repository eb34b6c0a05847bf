// How far the canvas pans to bring a selected actor back into a box that shrank around it.
import { describe, expect, it } from 'vitest';
import { shiftInto } from '../../../src/render/keep-in-view';

describe('shiftInto', () => {
  it('does not move a point that is inside the box with its margin', () => {
    expect(shiftInto(100, 264, 28)).toBe(0);
    expect(shiftInto(28, 264, 28)).toBe(0);
    expect(shiftInto(236, 264, 28)).toBe(0);
  });

  it('moves a point past the far edge (a sheet opened beside the canvas) back to the margin, no further', () => {
    // The rightmost actor of a 480 px canvas that shrank to 264 px.
    expect(shiftInto(387, 264, 28)).toBe(264 - 28 - 387);
  });

  it('moves a point before the near edge forward to the margin', () => {
    expect(shiftInto(-40, 300, 28)).toBe(68);
  });

  it('centres the point in a box too small for the margin on both sides', () => {
    expect(shiftInto(90, 40, 28)).toBe(20 - 90);
  });
});
