// Keyboard walking on the canvas: arrow keys move from an actor to the partner that lies in that direction.
import type { GraphElements } from '../render/elements';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTIONS: Readonly<Record<ArrowKey, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export const isArrowKey = (key: string): key is ArrowKey => key in DIRECTIONS;

/** Each drawn actor's partners (both ends of every tie, drawn or not), by id. */
export function partnersOf(elements: GraphElements): Map<string, string[]> {
  const partners = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = partners.get(a);
    if (list) list.push(b);
    else partners.set(a, [b]);
  };
  for (const edge of elements.edges) {
    add(edge.data.source, edge.data.target);
    add(edge.data.target, edge.data.source);
  }
  return partners;
}

type Point = { x: number; y: number };

/**
 * The partner that lies most nearly in the arrow's direction on screen: within 60° of it, the one with
 * the smallest distance weighted by how far off the direction it is; null when no partner lies that way.
 */
export function partnerInDirection(
  from: Point,
  partners: ReadonlyArray<Point & { id: string }>,
  key: ArrowKey,
): string | null {
  const [dx, dy] = DIRECTIONS[key];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const partner of partners) {
    const vx = partner.x - from.x;
    const vy = partner.y - from.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const cos = (vx * dx + vy * dy) / distance;
    if (cos < 0.5) continue;
    const score = distance * (2 - cos);
    if (score < bestScore || (score === bestScore && best !== null && partner.id < best)) {
      best = partner.id;
      bestScore = score;
    }
  }
  return best;
}

/** The actor a first arrow press starts from: the selected one if drawn, else the largest drawn actor. */
export function startingActor(
  elements: GraphElements,
  selected: string | null,
  drawn: ReadonlySet<string>,
): string | null {
  if (selected !== null && drawn.has(selected)) return selected;
  let best: { id: string; size: number } | null = null;
  for (const node of elements.nodes) {
    if (!drawn.has(node.data.id)) continue;
    if (best === null || node.data.size > best.size || (node.data.size === best.size && node.data.id < best.id)) {
      best = { id: node.data.id, size: node.data.size };
    }
  }
  return best?.id ?? null;
}
