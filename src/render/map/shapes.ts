// Projects country shapes in one pass each: the SVG path text, the projected bounds and rings (for tinting).
import { geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from './world';

export interface ProjectedShape {
  feature: CountryFeature;
  d: string;
  /** [x0, y0, x1, y1] in model units; not finite when nothing of the shape is visible. */
  bounds: [number, number, number, number];
  /** Flat [x, y, x, y, …] rings, for point-in-polygon tests. */
  rings: number[][];
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** A d3 path context that writes the path text and keeps bounds and rings as it goes (one projection pass). */
class Recorder implements GeoContext {
  parts: string[] = [];
  rings: number[][] = [];
  ring: number[] = [];
  bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  private grow(x: number, y: number): void {
    const b = this.bounds;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  moveTo(x: number, y: number): void {
    this.parts.push(`M${round(x)},${round(y)}`);
    this.ring = [x, y];
    this.rings.push(this.ring);
    this.grow(x, y);
  }
  lineTo(x: number, y: number): void {
    this.parts.push(`L${round(x)},${round(y)}`);
    this.ring.push(x, y);
    this.grow(x, y);
  }
  beginPath(): void {
    // Each feature gets its own recorder: nothing to reset.
  }
  closePath(): void {
    this.parts.push('Z');
  }
  arc(): void {
    // Only point features draw arcs; country shapes are polygons.
  }
}

/** Projects one shape (adaptive resampling off: the 1:50m data is already dense enough). */
export function projectShape(projection: GeoProjection, feature: CountryFeature): ProjectedShape {
  const recorder = new Recorder();
  geoPath(projection.precision(0), recorder)(feature);
  return { feature, d: recorder.parts.join(''), bounds: recorder.bounds, rings: recorder.rings };
}

/** Even-odd point-in-polygon over all rings of a projected shape (holes included). */
export function shapeContains(shape: ProjectedShape, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = shape.bounds;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i] as number;
      const yi = ring[i + 1] as number;
      const xj = ring[j] as number;
      const yj = ring[j + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
