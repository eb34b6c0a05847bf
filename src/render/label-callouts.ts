// Callout places for a label that fits beside its node nowhere: further out, tied to the node by a leader line.
import { grow, type Box, type Disc, type Grid } from './label-geometry';

/** A leader line from a node's rim to its label's near edge (screen pixels while placing). */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * How far beyond the rim a callout label is tried, nearest first (screen pixels): far enough to clear the
 * neighbours of a crowded map of Europe at 1440×900, short enough that the line reads as a pointer, not a tie.
 */
export const CALLOUT_REACH: readonly number[] = [12, 24, 38, 54, 72, 92];

/** Directions tried around the node: every 22.5°. */
const DIRECTIONS = 16;

/** Past this share of a unit vector a direction counts as sideways (or up/down) for the box's alignment: sin 22.5°. */
const SIDEWAYS = 0.38;

/** A callout place: the label's box and the line to it. */
export interface CalloutPlace {
  box: Box;
  leader: Leader;
}

/**
 * The directions to try, the one pointing away from the node's crowd first: `away` is a vector from the crowd's
 * middle to the node (zero where there is no crowd: then straight down first, as a label under its node).
 */
function directionsAwayFrom(away: { x: number; y: number }): Array<{ x: number; y: number }> {
  const length = Math.hypot(away.x, away.y);
  const start = length > 0 ? Math.atan2(away.y, away.x) : Math.PI / 2;
  const step = (2 * Math.PI) / DIRECTIONS;
  // 0, +1, −1, +2, −2, … steps from the first direction.
  return Array.from({ length: DIRECTIONS }, (_, i) => {
    const turn = i === 0 ? 0 : Math.ceil(i / 2) * (i % 2 === 1 ? 1 : -1);
    const angle = start + turn * step;
    return { x: Math.cos(angle), y: Math.sin(angle) };
  });
}

/**
 * Every callout place of a `width` × `height` label around `disc`, in the order to try them: the nearest reach
 * first, and at each reach the direction away from the crowd first. The box's near edge (or corner) touches the
 * line's end, so the label reads from the line outward.
 */
export function calloutPlaces(
  disc: Disc,
  width: number,
  height: number,
  away: { x: number; y: number },
): CalloutPlace[] {
  const directions = directionsAwayFrom(away);
  const places: CalloutPlace[] = [];
  for (const reach of CALLOUT_REACH) {
    for (const { x: dx, y: dy } of directions) {
      const end = { x: disc.x + dx * (disc.r + reach), y: disc.y + dy * (disc.r + reach) };
      const x = dx > SIDEWAYS ? end.x : dx < -SIDEWAYS ? end.x - width : end.x - width / 2;
      const y = dy > SIDEWAYS ? end.y : dy < -SIDEWAYS ? end.y - height : end.y - height / 2;
      places.push({
        box: { x, y, width, height },
        leader: { x1: disc.x + dx * disc.r, y1: disc.y + dy * disc.r, x2: end.x, y2: end.y },
      });
    }
  }
  return places;
}

/** The middle of the discs near `disc` (within `radius` of its centre), as a vector from there to the node. */
export function awayFromCrowd(disc: Disc, near: readonly Disc[]): { x: number; y: number } {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const other of near) {
    if (other.id === disc.id) continue;
    sx += other.x;
    sy += other.y;
    n++;
  }
  return n === 0 ? { x: 0, y: 0 } : { x: disc.x - sx / n, y: disc.y - sy / n };
}

/** Whether two segments cross (touching ends count: two leaders from one point would read as one). */
export function segmentsCross(a: Leader, b: Leader): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number): number =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const d1 = side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 !== d2 && d3 !== d4;
}

/** Whether a segment passes through a box (either end inside, or crossing one of its edges). */
export function segmentHitsBox(s: Leader, box: Box): boolean {
  const inside = (x: number, y: number): boolean =>
    x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
  if (inside(s.x1, s.y1) || inside(s.x2, s.y2)) return true;
  const { x, y, width: w, height: h } = box;
  const edges: Leader[] = [
    { x1: x, y1: y, x2: x + w, y2: y },
    { x1: x + w, y1: y, x2: x + w, y2: y + h },
    { x1: x, y1: y + h, x2: x + w, y2: y + h },
    { x1: x, y1: y, x2: x, y2: y + h },
  ];
  return edges.some((edge) => segmentsCross(s, edge));
}

/** Whether a segment passes through a disc (comes nearer its centre than its radius). */
export function segmentHitsDisc(s: Leader, disc: Disc): boolean {
  const vx = s.x2 - s.x1;
  const vy = s.y2 - s.y1;
  const length2 = vx * vx + vy * vy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((disc.x - s.x1) * vx + (disc.y - s.y1) * vy) / length2));
  return Math.hypot(s.x1 + t * vx - disc.x, s.y1 + t * vy - disc.y) < disc.r;
}

/** How far around a node (screen pixels) the discs count as its crowd, which a callout points away from. */
const CROWD_RADIUS = 80;

/** The discs within CROWD_RADIUS of a node's centre, its own included. */
export function discsNear(disc: Disc, discs: Grid<Disc>): Disc[] {
  const near: Disc[] = [];
  const r = CROWD_RADIUS;
  discs.some({ x: disc.x - r, y: disc.y - r, width: 2 * r, height: 2 * r }, (other) => {
    // A disc spanning two grid cells is met twice.
    if (Math.hypot(other.x - disc.x, other.y - disc.y) <= r && !near.includes(other)) near.push(other);
    return false;
  });
  return near;
}

/** What a new callout's line must keep clear of: the labels and the lines placed so far, and every node. */
export interface CalloutObstacles {
  labelGrid: Grid<Box>;
  discGrid: Grid<Disc>;
  leaders: readonly Leader[];
}

/**
 * Whether a callout's line crosses no label, no other line and no node's disc but its own (`ownId`): one that did
 * would seem to point at the wrong node.
 */
export function leaderClear(
  leader: Leader,
  ownId: string,
  { labelGrid, discGrid, leaders }: CalloutObstacles,
): boolean {
  const span = grow(
    {
      x: Math.min(leader.x1, leader.x2),
      y: Math.min(leader.y1, leader.y2),
      width: Math.abs(leader.x2 - leader.x1),
      height: Math.abs(leader.y2 - leader.y1),
    },
    1,
  );
  return (
    !labelGrid.some(span, (other) => segmentHitsBox(leader, other)) &&
    !leaders.some((other) => segmentsCross(leader, other)) &&
    !discGrid.some(span, (disc) => disc.id !== ownId && segmentHitsDisc(leader, disc))
  );
}
