// The label classes and their stylesheet rules: which side a label sits on, its size, and what comes to the front.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { isCorner, labelAlign, LABEL_PLACES, LABEL_SIDES, type LabelSide } from './label-placement';

/** Class of a node whose label is drawn, one per side. */
export const LABEL_CLASS: Readonly<Record<LabelSide, string>> = {
  below: 'label-below',
  above: 'label-above',
  right: 'label-right',
  left: 'label-left',
  'below-right': 'label-below-right',
  'above-right': 'label-above-right',
  'below-left': 'label-below-left',
  'above-left': 'label-above-left',
  callout: 'label-callout',
};
/** Class of the actor the keyboard is on (arrow keys on the canvas); its label is shown like a hovered one. */
export const KEYBOARD_CURSOR = 'keyboard-cursor';

/** Class of the few largest actors' labels, which may cover smaller nodes and so are drawn above all of them. */
export const LABEL_OVER = 'label-over';
/** Class of a forced label too wide for a small canvas, wrapped at `labelWrap` (model units; label-text.ts). */
export const LABEL_WRAP = 'label-wrap';
/** Class of a node named by its shorter label (`shortLabel`, a country's code), the full one having had no room. */
export const LABEL_SHORT = 'label-short';
export const ALL_LABEL_CLASSES = [
  ...LABEL_PLACES.map((side) => LABEL_CLASS[side]),
  LABEL_OVER,
  LABEL_WRAP,
  LABEL_SHORT,
].join(' ');

/** Labels the reader asked for: shown whatever they cover, before any other. */
export const forcedLabel = (node: NodeSingular): boolean =>
  node.hasClass('selected') ||
  node.hasClass('focus-root') ||
  node.hasClass('path-end') ||
  node.hasClass('hover') ||
  node.hasClass(KEYBOARD_CURSOR);

/**
 * The steps of a shown path between its two actors: named right after the forced labels, over other nodes if need
 * be, but never over another label. Forced as well, 14 steps of a path at 5,000 actors in a 320×480 embed were a
 * heap of names covering each other; the reader points at a step for its name, and the path finder lists them all.
 */
export const stepLabel = (node: NodeSingular): boolean => node.hasClass('on-path');

/**
 * A placed label is drawn at `labelFont` (model units, LABEL_PX on screen) on its side, `labelGap` from the
 * node. Later rules (faded) still win; the hovered node and its label come to the front.
 */
export const labelStyles: StylesheetJson = [
  {
    selector: LABEL_PLACES.map((side) => `node.${LABEL_CLASS[side]}`).join(', '),
    style: {
      label: 'data(label)',
      'font-size': 'data(labelFont)',
      'min-zoomed-font-size': 0,
      // The typings list only literal sizes here, but cytoscape maps data() for every property.
      'text-background-padding': 'data(labelPad)' as unknown as string,
      'z-index': 12,
    },
  },
  {
    selector: `node.${LABEL_CLASS.below}`,
    style: {
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 'data(labelGap)' as unknown as number,
      'text-margin-x': 'data(labelShift)' as unknown as number,
    },
  },
  {
    selector: `node.${LABEL_CLASS.above}`,
    style: {
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': 'data(labelGapUp)' as unknown as number,
      'text-margin-x': 'data(labelShift)' as unknown as number,
    },
  },
  {
    selector: `node.${LABEL_CLASS.right}`,
    style: {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-y': 0,
      'text-margin-x': 'data(labelGap)' as unknown as number,
    },
  },
  {
    selector: `node.${LABEL_CLASS.left}`,
    style: {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-y': 0,
      'text-margin-x': 'data(labelGapUp)' as unknown as number,
    },
  },
  // Off a corner: both alignments outside the node, the gap both ways (label-placement.ts labelBox).
  ...LABEL_SIDES.filter(isCorner).map((side) => {
    const below = side.startsWith('below');
    const right = labelAlign(side) === 'start';
    return {
      selector: `node.${LABEL_CLASS[side]}`,
      style: {
        'text-valign': below ? ('bottom' as const) : ('top' as const),
        'text-halign': right ? ('right' as const) : ('left' as const),
        'text-margin-y': (below ? 'data(labelGap)' : 'data(labelGapUp)') as unknown as number,
        'text-margin-x': (right ? 'data(labelGap)' : 'data(labelGapUp)') as unknown as number,
      },
    };
  }),
  // Out on a leader line (label-callouts.ts): centred on the node, moved by the offset the placement found.
  {
    selector: `node.${LABEL_CLASS.callout}`,
    style: {
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-x': 'data(labelDx)' as unknown as number,
      'text-margin-y': 'data(labelDy)' as unknown as number,
    },
  },
  { selector: `node.${LABEL_OVER}`, style: { 'z-index': 14 } },
  { selector: `node.${LABEL_SHORT}`, style: { label: 'data(shortLabel)' } },
  {
    selector: `node.${LABEL_WRAP}`,
    style: {
      'text-wrap': 'wrap',
      'text-max-width': 'data(labelWrap)' as unknown as string,
      'line-height': 1.15,
    },
  },
  { selector: 'node.hover', style: { 'z-index': 30 } },
  // The actor the arrow keys reached: a ring of the focus colour, so it is seen without a pointer.
  {
    selector: `node.${KEYBOARD_CURSOR}`,
    style: { 'z-index': 30, 'border-width': 4, 'border-color': '#0B5CAD', 'border-style': 'double' },
  },
];
