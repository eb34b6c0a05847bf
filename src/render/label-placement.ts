// Label placement, free of any drawing library: each label takes the first free side of its node (or a callout), by importance.
import { awayFromCrowd, calloutPlaces, discsNear, leaderClear, segmentHitsBox, type Leader } from './label-callouts';
import { isCorner, labelBox, LABEL_SIDES, type BesideSide, type LabelSide } from './label-sides';
import {
  boxesOverlap,
  boxHitsDisc,
  discBox,
  gapToDisc,
  Grid,
  grow,
  inside,
  type Box,
  type Disc,
} from './label-geometry';

export { boxesOverlap, boxHitsDisc, type Box, type Disc };
export {
  isCorner,
  labelAlign,
  labelBox,
  LABEL_PLACES,
  LABEL_SIDES,
  type BesideSide,
  type LabelSide,
} from './label-sides';

/** How much nearer its own disc than any other a country's label must be, in pixels (nearestIsOwn). */
const COUNTRY_NEAREST_SLACK = 4;

/**
 * How far a label on a leader line keeps from every other node, in pixels: its line is thin, and "Estonia (14)" hung
 * 5 px from Sweden's circle in a 320×480 embed read as Sweden's name.
 */
const CALLOUT_CLEAR = 10;

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
  /**
   * May hang further out on a leader line where no side has room, even for the shorter text (label-callouts.ts): the
   * countries of the country view, few and each worth naming.
   */
  callout?: boolean;
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: Box;
  /** Sideways shift of a label above or below its node that was moved inside the bounds (0 when not moved). */
  shift: number;
  /** True when the shorter text (LabelCandidate.shortWidth) is placed, the full one having had no room. */
  short?: boolean;
  /** A callout's line from the node's rim to the label (side 'callout'). */
  leader?: Leader;
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
  /** Whether a box, grown by the clearance already, covers no label placed before (nor a reserved area). */
  const noLabelOn = (box: Box): boolean => !labelGrid.some(box, (other) => boxesOverlap(box, other));
  const free = (tight: Box, candidate: LabelCandidate): boolean => {
    const box = grow(tight, clearance);
    return (
      noLabelOn(box) &&
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
   * Whether the nearest node to a corner label, or to any country's beside its node, is its own: off a corner, a label
   * can sit as near another node as its own (Latvia's below Estonia's, beside Lithuania's), and a reader would name the
   * wrong one; so can a country's on any side among the circles of Europe ("SE (22)" left of Sweden, beside the Faroe
   * Islands). A label on a leader line is tied to its node by the line instead.
   */
  const nearestIsOwn = (box: Box, candidate: LabelCandidate): boolean => {
    // The drawn label is a few pixels wider than this estimate and that much further from its own disc (6 against 3
    // px for "SE (22)"), so for a country another disc must be clearly further off than the own one.
    const own = gapToDisc(box, candidate) + (candidate.callout === true ? COUNTRY_NEAREST_SLACK : 0);
    return !discGrid.some(grow(box, own), (disc) => disc.id !== candidate.id && gapToDisc(box, disc) < own);
  };
  const reserved = options.reserved ?? [];
  /** The callouts' lines placed so far: no later label may lie across one, no later line cross one. */
  const leaders: Leader[] = [];
  const crossesLeader = (box: Box): boolean => leaders.some((leader) => segmentHitsBox(leader, grow(box, clearance)));
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
      candidate.callout !== true &&
      typeof candidate.width !== 'number' &&
      LABEL_SIDES.every((side) => !free(labelBox(candidate, least, candidate.height, side, gap), candidate));
    if (hopeless) continue;
    const width = typeof candidate.width === 'number' ? candidate.width : candidate.width();
    /** The label's box on each side of its node, for a text `textWidth` wide. */
    const besideAt = (textWidth: number): Array<{ side: BesideSide; box: Box }> =>
      LABEL_SIDES.map((side) => ({ side, box: labelBox(candidate, textWidth, candidate.height, side, gap) }));
    const boxes = besideAt(width);
    const within = (box: Box): boolean => options.bounds === undefined || inside(box, options.bounds);
    /** Whether a box covers no label placed before (nor a callout's line): what a forced label checks first. */
    const clearOfLabels = (box: Box): boolean =>
      noLabelOn(grow(box, clearance)) && (leaders.length === 0 || !crossesLeader(box));
    /** A forced label's callout on a leader line, covering no label (nodes it may: it is drawn on top). */
    const forcedCallout = (): { side: LabelSide; box: Box; shift: number; leader: Leader } | undefined => {
      const away = awayFromCrowd(candidate, discsNear(candidate, discGrid));
      const place = calloutPlaces(candidate, width, candidate.height, away).find(
        ({ box, leader }) =>
          within(box) &&
          clearOfReserved(box) &&
          clearOfLabels(box) &&
          leaderClear(leader, candidate.id, { labelGrid, discGrid, leaders }),
      );
      return place === undefined ? undefined : { side: 'callout', box: place.box, shift: 0, leader: place.leader };
    };
    // First a free side inside the bounds. A forced label then takes a side inside the bounds that covers no
    // other label, even if it covers nodes (it is drawn on top), never the controls (drawn over it, they would cut
    // it); then the same hanging below or above slid sideways, then on a leader line. Two forced labels (the
    // steps of a path at 5,000 actors) covered each other where every side had a node. Failing all that, the first
    // side inside the bounds, or hanging slid into the bounds and past the controls; at worst below.
    const forcedSide = (): { side: LabelSide; box: Box; shift: number; leader?: Leader } => {
      const usable = (box: Box): boolean => within(box) && clearOfReserved(box);
      const hangingSlid = (accept: (box: Box) => boolean) => {
        for (const hanging of boxes.filter(({ side }) => side === 'below' || side === 'above')) {
          for (const shift of slides(hanging.box)) {
            const box = { ...hanging.box, x: hanging.box.x + shift };
            if (accept(box)) return { side: hanging.side, box, shift };
          }
        }
        return undefined;
      };
      const clear = (box: Box): boolean => usable(box) && clearOfLabels(box);
      const apart = boxes.find(({ box }) => clear(box));
      if (apart !== undefined) return { ...apart, shift: 0 };
      const slidApart = hangingSlid(clear) ?? forcedCallout();
      if (slidApart !== undefined) return slidApart;
      const open = boxes.find(({ box }) => usable(box));
      if (open !== undefined) return { ...open, shift: 0 };
      const slid = hangingSlid(usable);
      if (slid !== undefined) return slid;
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
      within(box) &&
      free(box, candidate) &&
      (side === 'callout' || (!isCorner(side) && candidate.callout !== true) || nearestIsOwn(box, candidate)) &&
      (side !== 'callout' || candidate.overNodes === true || clearOfDiscs(grow(box, CALLOUT_CLEAR), candidate)) &&
      (leaders.length === 0 || !crossesLeader(box));
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
      const short = besideAt(shortWidth).find(fits);
      if (short !== undefined) chosen = { id: candidate.id, shift: 0, short: true, ...short };
    }
    if (chosen === null && candidate.callout === true && candidate.forced !== true) {
      // Out on a line, away from the crowd: the full text first, then the shorter.
      const away = awayFromCrowd(candidate, discsNear(candidate, discGrid));
      for (const [text, short] of [
        [width, false],
        [shortWidth, true],
      ] as const) {
        if (text === undefined) continue;
        const place = calloutPlaces(candidate, text, candidate.height, away).find(
          ({ box, leader }) =>
            fits({ side: 'callout', box }) && leaderClear(leader, candidate.id, { labelGrid, discGrid, leaders }),
        );
        if (place === undefined) continue;
        chosen = { id: candidate.id, side: 'callout', shift: 0, box: place.box, leader: place.leader };
        if (short) chosen.short = true;
        break;
      }
    }
    if (chosen === null) continue;
    if (chosen.leader !== undefined) leaders.push(chosen.leader);
    placed.push(chosen);
    labelGrid.add(chosen.box, chosen.box);
  }
  return placed;
}
