// The edge layer's copy follows the view: a model point lands where the new viewport draws it.
import { describe, expect, it } from 'vitest';
import { sameViewport, snapshotTransform, type Viewport } from '../../../src/render/layer-snapshot';

const screen = (view: Viewport, ratio: number, x: number, y: number) => [
  ratio * (view.zoom * x + view.pan.x),
  ratio * (view.zoom * y + view.pan.y),
];

describe('snapshotTransform', () => {
  it.each([
    [{ zoom: 1, pan: { x: 0, y: 0 } }, { zoom: 1, pan: { x: 40, y: -10 } }, 1],
    [{ zoom: 0.2, pan: { x: 300, y: 100 } }, { zoom: 0.5, pan: { x: 120, y: 80 } }, 2],
  ])('moves and scales the copy from %o to %o at ratio %d', (from, to, ratio) => {
    const [a, , , d, e, f] = snapshotTransform(from, to, ratio);
    for (const [x, y] of [
      [0, 0],
      [250, -75],
    ] as const) {
      const [sx, sy] = screen(from, ratio, x, y);
      expect(a * sx! + e).toBeCloseTo(screen(to, ratio, x, y)[0]!, 9);
      expect(d * sy! + f).toBeCloseTo(screen(to, ratio, x, y)[1]!, 9);
    }
  });

  it('tells an unchanged view from a moved one', () => {
    expect(sameViewport({ zoom: 1, pan: { x: 1, y: 2 } }, { zoom: 1, pan: { x: 1, y: 2 } })).toBe(true);
    expect(sameViewport({ zoom: 1, pan: { x: 1, y: 2 } }, { zoom: 1.1, pan: { x: 1, y: 2 } })).toBe(false);
  });
});
