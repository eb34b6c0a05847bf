// How the edge layer strokes a batch at a zoom: hairlines fade below a pixel and stay under one, a large faded background is hairlines, a shown path keeps 3 device pixels.
import { describe, expect, it } from 'vitest';
import { edgeBatches, FADED_HAIRLINES_FROM, strokeLook, type EdgeBatch } from '../../../src/render/edge-batches';
import type { EdgeData } from '../../../src/render/elements';
import { FADED_OPACITY } from '../../../src/render/encoding';

const batch = (emphasis: EdgeBatch['emphasis'], width: number): EdgeBatch => ({
  color: '#111111',
  alpha: 1,
  dash: [],
  cap: 'butt',
  width,
  emphasis,
  coords: [0, 0, 10, 10],
});

describe('strokeLook', () => {
  it('draws a shown path 3 device pixels wide when its width would be thinner at the zoom, and its own width above', () => {
    // 5,000 actors fitted: zoom ~0.15, a path tie 5 units wide is 0.75 px.
    const narrow = strokeLook(batch('path', 5), 0.15);
    expect(narrow.thin).toBe(false);
    expect(narrow.lineWidth * 0.15).toBeCloseTo(3, 9);
    expect(narrow.alpha).toBe(1);
    expect(strokeLook(batch('path', 5), 2).lineWidth).toBe(5);
  });

  it('draws an ordinary tie under a pixel as a faded hairline 0.99 device pixels wide', () => {
    const look = strokeLook(batch('normal', 2), 0.15);
    expect(look.thin).toBe(true);
    expect(look.lineWidth * 0.15).toBeCloseTo(0.99, 9);
    expect(look.alpha).toBeCloseTo(0.35, 9);
  });

  it('keeps every hairline clearly under one device pixel at any zoom, where Skia strokes a wider line ~13× slower', () => {
    // 1 / scale mapped back by the canvas's transform came out at 1 + 7e-8 px at one fit of 5,000 actors: the faded
    // picture then took 250–270 ms to rasterise instead of ~30. Here: every zoom at which a 1-unit tie is under a pixel.
    const scales = Array.from({ length: 2000 }, (_, i) => 0.01 + i * 0.000494);
    const looks = scales.map((scale) => strokeLook(batch('faded', 1), scale));
    expect(looks.every((look) => look.thin)).toBe(true);
    const widest = Math.max(...looks.map((look, i) => look.lineWidth * scales[i]!));
    expect(widest).toBeLessThan(1 - 1e-3);
  });

  it('draws the faded ties of a large highlight as solid hairlines at the faded opacity, a small one at their widths', () => {
    // `count` dashed ties 8 units wide, between a kept actor and faded ones: at zoom 0.5 they are 4 px wide.
    const fadedTies = (count: number): EdgeBatch[] => {
      const edges: EdgeData[] = Array.from({ length: count }, (_, i) => ({
        id: `e${i}`,
        source: 'kept',
        target: `n${i}`,
        weight: 1,
        width: 8,
        lineStyle: 'dashed',
        lineColor: '#336699',
        lineKind: 'multilateral',
      }));
      const end = (id: string) => ({ x: id.length, y: 0, hidden: false, faded: id !== 'kept', selected: false });
      return edgeBatches(edges, end);
    };
    const [large] = fadedTies(FADED_HAIRLINES_FROM);
    expect(large!.emphasis).toBe('faded');
    const look = strokeLook(large!, 0.5);
    expect(look.thin).toBe(true);
    expect(look.lineWidth * 0.5).toBeLessThan(1);
    expect(look.dash).toEqual([]);
    expect(look.alpha).toBeCloseTo(FADED_OPACITY, 9);
    const [small] = fadedTies(FADED_HAIRLINES_FROM - 1);
    const kept = strokeLook(small!, 0.5);
    expect(kept.thin).toBe(false);
    expect(kept.lineWidth * 0.5).toBeCloseTo(4, 9);
    expect(kept.dash).toEqual([6, 3]);
  });
});
