// How the edge layer strokes a batch at a zoom: hairlines fade below a pixel, a shown path keeps 3 device pixels.
import { describe, expect, it } from 'vitest';
import { strokeLook, type EdgeBatch } from '../../../src/render/edge-batches';

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

  it('draws an ordinary tie under a pixel as a faded hairline, as before', () => {
    const look = strokeLook(batch('normal', 2), 0.15);
    expect(look.thin).toBe(true);
    expect(look.lineWidth).toBeCloseTo(1 / 0.15, 9);
    expect(look.alpha).toBeCloseTo(0.35, 9);
  });
});
