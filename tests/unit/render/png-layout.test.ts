// The PNG export's layout: the legend has space of its own, and every node the picture shows lies outside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeInPicture, pngLayout, type PngLayoutInput, type Rect } from '../../../src/render/png-layout';

const inside = (rect: Rect, x: number, y: number, margin = 0): boolean =>
  x >= rect.x - margin &&
  x <= rect.x + rect.width + margin &&
  y >= rect.y - margin &&
  y <= rect.y + rect.height + margin;

const base: PngLayoutInput = {
  viewWidth: 1000,
  viewHeight: 700,
  content: { x1: 0, y1: 0, x2: 1000, y2: 700 },
  legend: { width: 220, height: 400 },
  titleBand: 56,
  creditBand: 24,
};

describe('pngLayout', () => {
  it('puts the legend beside the network and fits a graph that fills the canvas into the rest', () => {
    const layout = pngLayout(base);
    expect(layout.legend).toEqual({ x: 10, y: 66, width: 220, height: 400 });
    expect(layout.width).toBe(1000);
    expect(layout.target.x).toBeGreaterThanOrEqual(240);
    expect(layout.target.x + layout.target.width).toBeLessThanOrEqual(1000 + 1e-9);
    // The padded box is cut to the canvas (1000 wide), then scaled into the 760 px right of the legend column.
    expect(layout.scale).toBeCloseTo(760 / 1000, 9);
    // The corners of the canvas land right of the legend.
    for (const [x, y] of [
      [0, 0],
      [0, 700],
      [1000, 0],
      [1000, 700],
    ] as const) {
      expect(inside(layout.legend!, ...(Object.values(placeInPicture(layout, x, y)) as [number, number]))).toBe(false);
    }
    expect(layout.height).toBe(56 + 700 + 24);
  });

  it('keeps a graph that leaves room at its own size, centred in the space right of the legend', () => {
    const layout = pngLayout({ ...base, content: { x1: 400, y1: 200, x2: 700, y2: 500 } });
    expect(layout.scale).toBe(1);
    expect(layout.source).toEqual({ x: 390, y: 190, width: 320, height: 320 });
    expect(layout.target.x).toBeCloseTo(240 + (760 - 320) / 2, 9);
  });

  it('puts the legend below the network on a narrow canvas, and makes the picture taller for it', () => {
    const layout = pngLayout({ ...base, viewWidth: 400 });
    expect(layout.legend?.y).toBe(56 + 700 + 10);
    expect(layout.height).toBe(56 + 700 + 400 + 20 + 24);
    expect(layout.target.y + layout.target.height).toBeLessThanOrEqual(layout.legend!.y);
  });

  it('grows the body when the legend is taller than the canvas', () => {
    const layout = pngLayout({ ...base, viewHeight: 300, content: null });
    expect(layout.creditTop).toBe(56 + 400 + 20);
  });

  it('never draws any of the network under the legend, nor a node centre, for any canvas, graph and legend (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 3000 }),
        fc.integer({ min: 150, max: 2000 }),
        fc.integer({ min: 60, max: 400 }),
        fc.integer({ min: 40, max: 900 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 40,
        }),
        (viewWidth, viewHeight, legendWidth, legendHeight, points) => {
          const r = 12;
          const nodes = points.map(([u, v]) => ({ x: u * viewWidth, y: v * viewHeight }));
          const xs = nodes.map((n) => n.x);
          const ys = nodes.map((n) => n.y);
          const layout = pngLayout({
            ...base,
            viewWidth,
            viewHeight,
            content: {
              x1: Math.min(...xs) - r,
              y1: Math.min(...ys) - r,
              x2: Math.max(...xs) + r,
              y2: Math.max(...ys) + r,
            },
            legend: { width: legendWidth, height: legendHeight },
          });
          // Everything drawn lies in `target` (the picture is clipped to it): it and the legend do not meet.
          const { target, legend } = layout;
          const apart =
            target.x >= legend!.x + legend!.width ||
            target.y >= legend!.y + legend!.height ||
            target.x + target.width <= legend!.x ||
            target.y + target.height <= legend!.y;
          expect(apart).toBe(true);
          for (const node of nodes) {
            const at = placeInPicture(layout, node.x, node.y);
            expect(inside(legend!, at.x, at.y)).toBe(false);
            expect(inside({ x: 0, y: 0, width: layout.width, height: layout.height }, at.x, at.y)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('pngLayout below the network', () => {
  it('spreads the legend rows over as many columns as the width holds, so the picture grows less', () => {
    const layout = pngLayout({
      ...base,
      viewWidth: 600,
      legend: { width: 250, height: 20 + 30 * 18, rows: 30, rowHeight: 18 },
    });
    expect(layout.legendColumns).toBe(2);
    expect(layout.legend).toMatchObject({ width: 500, height: 20 + 15 * 18 });
    expect(layout.creditTop).toBe(56 + 700 + 20 + 15 * 18 + 20);
  });
});

describe('pngLayout below a graph smaller than the canvas', () => {
  it('makes the body only as tall as the drawn graph, so the legend follows it without a blank band', () => {
    const layout = pngLayout({ ...base, viewWidth: 400, content: { x1: 50, y1: 100, x2: 350, y2: 400 } });
    expect(layout.target).toMatchObject({ y: 56, height: 320 });
    expect(layout.legend?.y).toBe(56 + 320 + 10);
  });
});
