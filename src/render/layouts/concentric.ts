// Concentric layout: actors on rings by a metric, the highest in the centre; pure positions for a preset layout.
import type { Point, Positions } from './types';

export interface RankedNode {
  id: string;
  /** The metric; null (not defined for this actor) sorts after every number. */
  value: number | null;
}

export interface ConcentricOptions {
  /** Minimum distance between neighbours on a ring, and between rings. */
  spacing: number;
}

export const CONCENTRIC_DEFAULTS: ConcentricOptions = { spacing: 70 };

export interface ConcentricLayout {
  positions: Positions;
  /** Ring index per node, 0 = centre. */
  ring: Map<string, number>;
  /** Radius of each ring. */
  radii: number[];
}

const compare = (a: RankedNode, b: RankedNode): number => {
  const av = a.value ?? Number.NEGATIVE_INFINITY;
  const bv = b.value ?? Number.NEGATIVE_INFINITY;
  if (av !== bv) return bv - av;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Sorts nodes by value (highest first, ties by id) and fills rings from the centre outwards:
 * ring 0 holds the single top node, ring k (radius k × spacing) holds as many as fit at `spacing`
 * apart on its circumference. So every node on an inner ring has a value at least as high as
 * every node on an outer one.
 */
export function concentricLayout(
  nodes: readonly RankedNode[],
  options: Partial<ConcentricOptions> = {},
): ConcentricLayout {
  const { spacing } = { ...CONCENTRIC_DEFAULTS, ...options };
  const sorted = [...nodes].sort(compare);
  const positions: Positions = new Map<string, Point>();
  const ring = new Map<string, number>();
  const radii: number[] = [];
  let index = 0;
  for (let k = 0; index < sorted.length; k++) {
    const radius = k * spacing;
    const capacity = k === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / spacing));
    const count = Math.min(capacity, sorted.length - index);
    radii.push(radius);
    for (let j = 0; j < count; j++) {
      const node = sorted[index + j] as RankedNode;
      // Start each ring at the top and offset alternate rings by half a step, so spokes do not line up.
      const angle = -Math.PI / 2 + ((j + (k % 2) * 0.5) * 2 * Math.PI) / count;
      positions.set(node.id, k === 0 ? { x: 0, y: 0 } : { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      ring.set(node.id, k);
    }
    index += count;
  }
  return { positions, ring, radii };
}
