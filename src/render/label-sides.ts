// The places a label can take beside its node, in the order tried, and the box each gives; pure geometry, no drawing.
import type { Box, Disc } from './label-geometry';

/**
 * Where a label sits against its node: under it (the default), above, right or left of it, or off a corner of its
 * box (below and right of it, …), where a crowded map often still has room when every side is taken; or, for a
 * candidate that allows it, further out on a leader line (`callout`, PlacedLabel.leader).
 */
export type LabelSide = BesideSide | 'callout';

/** The places beside the node (all but the callout), whose box follows from the node alone (labelBox). */
export type BesideSide =
  'below' | 'above' | 'right' | 'left' | 'below-right' | 'above-right' | 'below-left' | 'above-left';

/**
 * The sides tried, in the reader's order: under the node first, as every other label in the app; the corners last,
 * as a label there reads less surely as its node's. Countries on the map of Europe at 1440×900 (0.09 zoom) left
 * Latvia (21 actors), Norway and Lithuania unnamed with the four sides alone.
 */
export const LABEL_SIDES: readonly BesideSide[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
];

/** Every place a label can have: the sides tried first, and the callout on a leader line (label-callouts.ts). */
export const LABEL_PLACES: readonly LabelSide[] = [...LABEL_SIDES, 'callout'];

/** Whether a side is off a corner of its node's box (below-right, …) rather than on a side. */
export const isCorner = (side: LabelSide): boolean => side.includes('-');

/** Whether a label on this side starts at its node's right (reads left to right from it), ends at its left, or is centred. */
export const labelAlign = (side: LabelSide): 'start' | 'end' | 'middle' =>
  side.endsWith('right') ? 'start' : side.endsWith('left') ? 'end' : 'middle';

/** The box of a label of `width` × `height` on `side` of the disc, `gap` away from its rim. */
export function labelBox(disc: Disc, width: number, height: number, side: BesideSide, gap: number): Box {
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
