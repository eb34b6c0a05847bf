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

/** Most cells a pass's grid may have, per node: past this the cells are made larger (still correct, slower). */
const CELLS_PER_NODE = 16;

/**
 * Pushes apart, in place, every pair closer than `spacing`; a spatial grid keeps each pass linear. The grid
 * is a linked list per cell in two typed arrays (heads, next): at 5,000 nodes, building a Map of arrays
 * every pass made the map layout a 4-second task. A cell is at least `spacing` wide, so every pair that
 * is too close sits in the same or a neighbouring cell.
 */
function relax(xs: Float64Array, ys: Float64Array, spacing: number, maxPasses: number): void {
  const n = xs.length;
  if (n < 2) return;
  // Pairs at (almost exactly) `spacing` are fine; those pushed apart are pushed a hair further.
  const tolerance = spacing * 1e-9;
  const minDistance = spacing * 1.0001;
  const near = (spacing - tolerance) ** 2;
  const next = new Int32Array(n);
  const cellOf = new Int32Array(n);
  for (let pass = 0; pass < maxPasses; pass++) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    const fine = ((maxX - minX) / spacing + 1) * ((maxY - minY) / spacing + 1);
    const cell = spacing * Math.max(1, Math.ceil(Math.sqrt(fine / (CELLS_PER_NODE * n))));
    const cols = Math.floor((maxX - minX) / cell) + 1;
    const rows = Math.floor((maxY - minY) / cell) + 1;
    const heads = new Int32Array(cols * rows).fill(-1);
    // Built backwards so each cell's list runs in index order, as the pairs below are visited.
    for (let i = n - 1; i >= 0; i--) {
      const c = Math.floor((ys[i]! - minY) / cell) * cols + Math.floor((xs[i]! - minX) / cell);
      cellOf[i] = c;
      next[i] = heads[c]!;
      heads[c] = i;
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const col = cellOf[i]! % cols;
      const row = (cellOf[i]! - col) / cols;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
          for (let j = heads[r * cols + c]!; j >= 0; j = next[j]!) {
            if (j <= i) continue;
            let vx = xs[j]! - xs[i]!;
            let vy = ys[j]! - ys[i]!;
            // Squared first: Math.hypot is several times slower than a square root, and most pairs are far.
            const squared = vx * vx + vy * vy;
            if (squared >= near) continue;
            let d = Math.sqrt(squared);
            const push = (minDistance - d) / 2 + spacing * 0.01;
            if (d === 0) {
              // Two nodes on the very same spot: part them along a direction fixed by their order.
              const angle = (i + j) * GOLDEN_ANGLE;
              vx = Math.cos(angle);
              vy = Math.sin(angle);
              d = 1;
            }
            xs[i] = xs[i]! - (vx / d) * push;
            ys[i] = ys[i]! - (vy / d) * push;
            xs[j] = xs[j]! + (vx / d) * push;
            ys[j] = ys[j]! + (vy / d) * push;
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
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  for (const group of groups.values()) {
    group.forEach((node, i) => {
      const offset = spiralOffset(i, spacing);
      xs[ids.length] = node.x + offset.x;
      ys[ids.length] = node.y + offset.y;
      ids.push(node.id);
    });
  }
  relax(xs, ys, spacing, maxPasses);
  const positions: Positions = new Map<string, Point>();
  ids.forEach((id, i) => positions.set(id, { x: xs[i]!, y: ys[i]! }));
  return positions;
}
