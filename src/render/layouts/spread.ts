// Spreads nodes that share (or nearly share) a map point on a small sunflower spiral, then nudges apart any that still touch.
import type { Point, Positions } from './types';

export interface AnchoredNode {
  id: string;
  /** Where the node wants to be (its projected city or country centroid). */
  x: number;
  y: number;
}

/** The golden angle: successive points on a Vogel spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Offset of the i-th point of a Vogel (sunflower) spiral with step `spacing`; point 0 is the centre. */
export function spiralOffset(i: number, spacing: number): Point {
  const r = spacing * Math.sqrt(i);
  const angle = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pushes apart, in place, every pair closer than `spacing`; a spatial grid keeps each pass near-linear. */
function relax(points: Point[], spacing: number, maxPasses: number): void {
  // Pairs at (almost exactly) `spacing` are fine; those pushed apart are pushed a hair further.
  const tolerance = spacing * 1e-9;
  const minDistance = spacing * 1.0001;
  for (let pass = 0; pass < maxPasses; pass++) {
    const grid = new Map<string, number[]>();
    const cellOf = (p: Point): [number, number] => [Math.floor(p.x / spacing), Math.floor(p.y / spacing)];
    points.forEach((p, i) => {
      const [cx, cy] = cellOf(p);
      const key = `${cx},${cy}`;
      const cell = grid.get(key);
      if (cell) cell.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      const p = points[i] as Point;
      const [cx, cy] = cellOf(p);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const q = points[j] as Point;
            let vx = q.x - p.x;
            let vy = q.y - p.y;
            let d = Math.hypot(vx, vy);
            if (d >= spacing - tolerance) continue;
            if (d === 0) {
              // Two nodes on the very same spot: part them along a direction fixed by their order.
              const angle = (i + j) * GOLDEN_ANGLE;
              vx = Math.cos(angle);
              vy = Math.sin(angle);
              d = 1;
            }
            const push = (minDistance - Math.hypot(q.x - p.x, q.y - p.y)) / 2 + spacing * 0.01;
            p.x -= (vx / d) * push;
            p.y -= (vy / d) * push;
            q.x += (vx / d) * push;
            q.y += (vy / d) * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) return;
  }
}

/**
 * Nodes on the same anchor (the same city, or a country centroid) are laid out on a sunflower
 * spiral around it, ordered by id; then any nodes of neighbouring anchors that still come closer
 * than `spacing` are pushed apart, a little at a time, until none do. A node that touches no
 * other stays exactly on its anchor. Deterministic: the same input gives the same output.
 */
export function spreadPoints(nodes: readonly AnchoredNode[], spacing: number, maxPasses = 500): Positions {
  const groups = new Map<string, AnchoredNode[]>();
  for (const node of [...nodes].sort(byId)) {
    const key = `${node.x.toFixed(6)},${node.y.toFixed(6)}`;
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  const ids: string[] = [];
  const points: Point[] = [];
  for (const group of groups.values()) {
    group.forEach((node, i) => {
      const offset = spiralOffset(i, spacing);
      ids.push(node.id);
      points.push({ x: node.x + offset.x, y: node.y + offset.y });
    });
  }
  relax(points, spacing, maxPasses);
  const positions: Positions = new Map<string, Point>();
  ids.forEach((id, i) => positions.set(id, points[i] as Point));
  return positions;
}
