// Label geometry: boxes and discs, their overlaps, and a grid that finds the few near a box.

/** An axis-aligned box: left, top, width, height (screen pixels on the canvas, SVG units in exports). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drawn node as a disc; labels keep off every disc but their own. */
export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a box and a disc share any area (the box's point nearest the centre lies inside the disc). */
export function boxHitsDisc(box: Box, disc: Disc): boolean {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  const dx = disc.x - nx;
  const dy = disc.y - ny;
  return dx * dx + dy * dy < disc.r * disc.r;
}

/** How far a box lies from a disc's rim (0 where they touch or overlap). */
export function gapToDisc(box: Box, disc: Disc): number {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return Math.max(0, Math.hypot(disc.x - nx, disc.y - ny) - disc.r);
}

export const discBox = (disc: Disc): Box => ({
  x: disc.x - disc.r,
  y: disc.y - disc.r,
  width: 2 * disc.r,
  height: 2 * disc.r,
});

export const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

export const inside = (box: Box, bounds: Box): boolean =>
  box.x >= bounds.x &&
  box.y >= bounds.y &&
  box.x + box.width <= bounds.x + bounds.width &&
  box.y + box.height <= bounds.y + bounds.height;

/** A uniform grid of buckets, so each test looks at the few items near a box instead of all of them. */
export class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}

  // Cell keys packed in one number: exact for the ±2^20 cells a screen or an export can span.
  private static key(cx: number, cy: number): number {
    return cx * 2_097_152 + cy;
  }

  add(box: Box, item: T): void {
    const x1 = Math.floor((box.x + box.width) / this.size);
    const y1 = Math.floor((box.y + box.height) / this.size);
    for (let cx = Math.floor(box.x / this.size); cx <= x1; cx++) {
      for (let cy = Math.floor(box.y / this.size); cy <= y1; cy++) {
        const key = Grid.key(cx, cy);
        const bucket = this.cells.get(key);
        if (bucket) bucket.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  /** Whether some item in a cell the box touches passes the test (plain loops: this runs millions of times). */
  some(box: Box, test: (item: T) => boolean): boolean {
    const x1 = Math.floor((box.x + box.width) / this.size);
    const y1 = Math.floor((box.y + box.height) / this.size);
    for (let cx = Math.floor(box.x / this.size); cx <= x1; cx++) {
      for (let cy = Math.floor(box.y / this.size); cy <= y1; cy++) {
        const bucket = this.cells.get(Grid.key(cx, cy));
        if (bucket === undefined) continue;
        for (const item of bucket) if (test(item)) return true;
      }
    }
    return false;
  }
}

/**
 * Screen pixels as model units at `zoom`, to a thousandth: what cytoscape's data-mapped label styles (font size,
 * margins) and the leader lines are written in; rounded so an unchanged placement writes equal values.
 */
export const modelUnits = (px: number, zoom: number): number => Math.round((px / zoom) * 1000) / 1000;
