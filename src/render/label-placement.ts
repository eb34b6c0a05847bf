// Label placement, free of any drawing library: each label takes the first free side of its node, in order of importance.

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

/** A node that would like a label of this size. */
export interface LabelCandidate extends Disc {
  /** The label's width, or a function that measures it: called only when the label's turn comes. */
  width: number | (() => number);
  /**
   * A width the label surely has at least (from its length), to skip it without measuring where even that
   * has no room; the height is used when absent. Too large only costs a label, never a collision.
   */
  minWidth?: number;
  height: number;
  /** Selected, on a path, focused or hovered: shown whatever it covers, and placed first. */
  forced?: boolean;
  /**
   * May cover other nodes' discs (never labels): for the few largest actors, whose names matter most and
   * whose labels the drawing puts above every node.
   */
  overNodes?: boolean;
  /**
   * The width of a shorter text for the same node (a country's code, "NL (5)", for "Netherlands (5)"), tried on
   * every side once the full label has no room: a crowded map names its small countries that way rather than not at all.
   */
  shortWidth?: number;
}

/**
 * Where a label sits against its node: under it (the default), above, right or left of it, or off a corner of its
 * box (below and right of it, …), where a crowded map often still has room when every side is taken.
 */
export type LabelSide =
  'below' | 'above' | 'right' | 'left' | 'below-right' | 'above-right' | 'below-left' | 'above-left';

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: Box;
  /** Sideways shift of a label above or below its node that was moved inside the bounds (0 when not moved). */
  shift: number;
  /** True when the shorter text (LabelCandidate.shortWidth) is placed, the full one having had no room. */
  short?: boolean;
}

/**
 * The sides tried, in the reader's order: under the node first, as every other label in the app; the corners last,
 * as a label there reads less surely as its node's. Countries on the map of Europe at 1440×900 (0.09 zoom) left
 * Latvia (21 actors), Norway and Lithuania unnamed with the four sides alone.
 */
export const LABEL_SIDES: readonly LabelSide[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
];

/** Whether a side is off a corner of its node's box (below-right, …) rather than on a side. */
export const isCorner = (side: LabelSide): boolean => side.includes('-');

/** Whether a label on this side starts at its node's right (reads left to right from it), ends at its left, or is centred. */
export const labelAlign = (side: LabelSide): 'start' | 'end' | 'middle' =>
  side.endsWith('right') ? 'start' : side.endsWith('left') ? 'end' : 'middle';

/** The box of a label of `width` × `height` on `side` of the disc, `gap` away from its rim. */
export function labelBox(disc: Disc, width: number, height: number, side: LabelSide, gap: number): Box {
  switch (side) {
    case 'below':
      return { x: disc.x - width / 2, y: disc.y + disc.r + gap, width, height };
    case 'above':
      return { x: disc.x - width / 2, y: disc.y - disc.r - gap - height, width, height };
    case 'right':
      return { x: disc.x + disc.r + gap, y: disc.y - height / 2, width, height };
    case 'left':
      return { x: disc.x - disc.r - gap - width, y: disc.y - height / 2, width, height };
    // Off a corner of the node's box, `gap` from it both ways (as the drawing puts a label with both alignments).
    case 'below-right':
      return { x: disc.x + disc.r + gap, y: disc.y + disc.r + gap, width, height };
    case 'above-right':
      return { x: disc.x + disc.r + gap, y: disc.y - disc.r - gap - height, width, height };
    case 'below-left':
      return { x: disc.x - disc.r - gap - width, y: disc.y + disc.r + gap, width, height };
    case 'above-left':
      return { x: disc.x - disc.r - gap - width, y: disc.y - disc.r - gap - height, width, height };
  }
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
function gapToDisc(box: Box, disc: Disc): number {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return Math.max(0, Math.hypot(disc.x - nx, disc.y - ny) - disc.r);
}

const discBox = (disc: Disc): Box => ({
  x: disc.x - disc.r,
  y: disc.y - disc.r,
  width: 2 * disc.r,
  height: 2 * disc.r,
});

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

const inside = (box: Box, bounds: Box): boolean =>
  box.x >= bounds.x &&
  box.y >= bounds.y &&
  box.x + box.width <= bounds.x + bounds.width &&
  box.y + box.height <= bounds.y + bounds.height;

/** A uniform grid of buckets, so each test looks at the few items near a box instead of all of them. */
class Grid<T> {
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

export interface PlacementOptions {
  /** Only labels wholly inside these bounds are placed (forced ones excepted): none is cut at an edge. */
  bounds?: Box;
  /** Space between a node's rim and its label. */
  gap?: number;
  /** Grid cell size for labels; about the height of a few labels. Nodes use a finer grid (a third of it). */
  cell?: number;
  /**
   * Extra room kept clear around each label when testing (default 2): the drawing library's own label box
   * may differ from the estimate by a pixel or two, and touching labels read as one.
   */
  clearance?: number;
  /** Areas no label may cover (controls drawn over the canvas), treated as labels already placed. */
  reserved?: readonly Box[];
}

/**
 * Places labels in the order given (most important first). A label takes the first side of its node where
 * it overlaps no label placed before it and no other node's disc, and stays inside the bounds; else it hangs
 * below or above, slid into the bounds, where that is free; with no such place it is left out. Forced labels are always placed (on their first free side, else below), and the rest
 * make room for them. Near linear: every test goes through a grid of nearby discs and labels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  discs: readonly Disc[],
  options: PlacementOptions = {},
): PlacedLabel[] {
  const gap = options.gap ?? 3;
  const cell = options.cell ?? 64;
  // Nodes are many and small: a fine grid keeps the candidates per test few in a crowded network.
  const discGrid = new Grid<Disc>(Math.max(4, cell / 3));
  for (const disc of discs) discGrid.add(discBox(disc), disc);
  const labelGrid = new Grid<Box>(cell);
  for (const box of options.reserved ?? []) labelGrid.add(box, box);
  const placed: PlacedLabel[] = [];
  const clearance = options.clearance ?? 2;
  // Nodes drawn at the front (labelled over others, or forced): no label may cover them.
  const front = new Set(candidates.filter((c) => c.forced === true || c.overNodes === true).map((c) => c.id));
  const free = (tight: Box, candidate: LabelCandidate): boolean => {
    const box = grow(tight, clearance);
    return (
      !labelGrid.some(box, (other) => boxesOverlap(box, other)) &&
      !discGrid.some(
        box,
        (disc) =>
          disc.id !== candidate.id && (candidate.overNodes !== true || front.has(disc.id)) && boxHitsDisc(box, disc),
      )
    );
  };
  /** Whether this box covers no disc at all but its own node's (the few largest labels first try such a place). */
  const clearOfDiscs = (tight: Box, candidate: LabelCandidate): boolean => {
    const box = grow(tight, clearance);
    return !discGrid.some(box, (disc) => disc.id !== candidate.id && boxHitsDisc(box, disc));
  };
  /**
   * Whether the nearest node to a corner label is its own: off a corner, a label can sit as near another node as its
   * own (Latvia's below Estonia's, beside Lithuania's), and a reader would name the wrong one.
   */
  const nearestIsOwn = (box: Box, candidate: LabelCandidate): boolean => {
    const own = gapToDisc(box, candidate);
    return !discGrid.some(grow(box, own), (disc) => disc.id !== candidate.id && gapToDisc(box, disc) < own);
  };
  const reserved = options.reserved ?? [];
  const clearOfReserved = (box: Box): boolean => !reserved.some((area) => boxesOverlap(grow(box, clearance), area));
  /** Sideways moves to try for a hanging label: into the bounds, then to either side of each reserved area. */
  const slides = (box: Box): number[] => {
    const bounds = options.bounds;
    const intoBounds =
      bounds === undefined ? 0 : Math.max(bounds.x - box.x, Math.min(0, bounds.x + bounds.width - (box.x + box.width)));
    const pastAreas = reserved.flatMap((area) => [
      area.x - clearance - 1 - (box.x + box.width),
      area.x + area.width + clearance + 1 - box.x,
    ]);
    return [intoBounds, ...pastAreas];
  };
  const ordered = [...candidates.filter((c) => c.forced === true), ...candidates.filter((c) => c.forced !== true)];
  for (const candidate of ordered) {
    let chosen: PlacedLabel | null = null;
    // A node whose centre lies under a label placed before (one of the largest's, which may cover small nodes): its
    // own label would name a node no one sees, beside others one could take for it (France's, under Germany's label).
    const centre = { x: candidate.x, y: candidate.y, width: 0, height: 0 };
    if (candidate.forced !== true && labelGrid.some(centre, (other) => inside(centre, other))) continue;
    // A box that contains a blocked one is blocked: where no side has room even for the label's least width
    // (its minWidth, else as wide as it is tall), the label is skipped without measuring its text.
    const least = Math.max(candidate.height, Math.min(candidate.minWidth ?? 0, candidate.shortWidth ?? Infinity));
    const hopeless =
      candidate.forced !== true &&
      typeof candidate.width !== 'number' &&
      LABEL_SIDES.every((side) => !free(labelBox(candidate, least, candidate.height, side, gap), candidate));
    if (hopeless) continue;
    const width = typeof candidate.width === 'number' ? candidate.width : candidate.width();
    const boxes = LABEL_SIDES.map((side) => ({ side, box: labelBox(candidate, width, candidate.height, side, gap) }));
    const within = (box: Box): boolean => options.bounds === undefined || inside(box, options.bounds);
    // First a free side inside the bounds. A forced label then takes a side inside the bounds even if it
    // covers nodes (it is drawn on top) but never the controls (drawn over it, they would cut it); failing
    // that, it hangs below or above, slid sideways into the bounds and past the controls; at worst below.
    const forcedSide = (): { side: LabelSide; box: Box; shift: number } => {
      const open = boxes.find(({ box }) => within(box) && clearOfReserved(box));
      if (open !== undefined) return { ...open, shift: 0 };
      for (const hanging of boxes.filter(({ side }) => side === 'below' || side === 'above')) {
        for (const shift of slides(hanging.box)) {
          const box = { ...hanging.box, x: hanging.box.x + shift };
          if (within(box) && clearOfReserved(box)) return { side: hanging.side, box, shift };
        }
      }
      const inBounds = boxes.find(({ box }) => within(box));
      if (inBounds !== undefined) return { ...inBounds, shift: 0 };
      const below = boxes[0]!;
      const shift = slides(below.box)[0]!;
      return { side: below.side, box: { ...below.box, x: below.box.x + shift }, shift };
    };
    // A node near an edge of the bounds whose four sides are taken or cut: its label may hang below or above
    // it slid into the bounds (still spanning the node, so it reads as its label), where that is free: a node
    // at the edge of a narrow frame otherwise had no side at all, however empty the space under it.
    const slidInside = (): { side: LabelSide; box: Box; shift: number } | undefined => {
      for (const hanging of boxes.filter(({ side }) => side === 'below' || side === 'above')) {
        // `clearance` further in: the label as drawn may be a pixel wider than estimated, and must not cross the edge.
        const into = slides(hanging.box)[0]!;
        const shift = into + Math.sign(into) * clearance;
        const box = { ...hanging.box, x: hanging.box.x + shift };
        const spansNode = box.x <= candidate.x && candidate.x <= box.x + box.width;
        if (shift !== 0 && spansNode && within(box) && free(box, candidate)) return { side: hanging.side, box, shift };
      }
      return undefined;
    };
    const fits = ({ side, box }: { side: LabelSide; box: Box }): boolean =>
      within(box) && free(box, candidate) && (!isCorner(side) || nearestIsOwn(box, candidate));
    // The few largest may cover smaller nodes, but only where no place covers none.
    const found =
      (candidate.overNodes === true && candidate.forced !== true
        ? boxes.find((place) => fits(place) && clearOfDiscs(place.box, candidate))
        : undefined) ??
      boxes.find(fits) ??
      (candidate.forced === true ? forcedSide() : slidInside());
    if (found !== undefined) chosen = { id: candidate.id, shift: 0, ...found };
    const { shortWidth } = candidate;
    if (chosen === null && shortWidth !== undefined && candidate.forced !== true) {
      const short = LABEL_SIDES.map((side) => ({
        side,
        box: labelBox(candidate, shortWidth, candidate.height, side, gap),
      })).find(fits);
      if (short !== undefined) chosen = { id: candidate.id, shift: 0, short: true, ...short };
    }
    if (chosen === null) continue;
    placed.push(chosen);
    labelGrid.add(chosen.box, chosen.box);
  }
  return placed;
}

/** A label as finally drawn, for checkDrawnLabels. */
export interface DrawnLabel {
  id: string;
  box: Box;
  forced?: boolean;
  overNodes?: boolean;
}

/**
 * The labels, in order of importance, that cover no earlier kept label and no disc they must not cover (the
 * same rules as placeLabels, without moving anything): a check of the boxes the drawing library really drew,
 * whose text metrics may differ from the estimate by a few pixels. Forced labels are always kept.
 */
export function keepClearLabels(labels: readonly DrawnLabel[], discs: readonly Disc[], cell = 64): Set<string> {
  const discGrid = new Grid<Disc>(Math.max(4, cell / 3));
  for (const disc of discs) discGrid.add(discBox(disc), disc);
  const front = new Set(labels.filter((l) => l.forced === true || l.overNodes === true).map((l) => l.id));
  const labelGrid = new Grid<Box>(cell);
  const kept = new Set<string>();
  for (const label of labels) {
    const clear =
      label.forced === true ||
      (!labelGrid.some(label.box, (other) => boxesOverlap(label.box, other)) &&
        !discGrid.some(
          label.box,
          (disc) =>
            disc.id !== label.id && (label.overNodes !== true || front.has(disc.id)) && boxHitsDisc(label.box, disc),
        ));
    if (!clear) continue;
    kept.add(label.id);
    labelGrid.add(label.box, label.box);
  }
  return kept;
}
