// Extra stylesheet rules for the explorer (boxes, arcs, labels, focus, paths), appended to the base stylesheet.
import type { StylesheetJson } from 'cytoscape';
import { labelStyles } from '../labels';
import { FADED_OPACITY } from '../encoding';

/**
 * Few rules on purpose (each costs time on large graphs). Every highlight changes shape or
 * width as well as colour, so colour is never the only signal.
 */
export const explorerStyles: StylesheetJson = [
  {
    selector: 'node.group-box',
    style: {
      shape: 'round-rectangle',
      width: 'data(boxWidth)',
      height: 'data(boxHeight)',
      // Filled by the edge layer (render/edge-layer.ts) under the ties, which it draws below this canvas;
      // cytoscape draws the border and the name on top.
      'background-opacity': 0,
      'border-width': 1,
      'border-color': '#B8C2CC',
      label: 'data(boxTitle)',
      // Large in model units, and never hidden when zoomed out: the boxes name the countries.
      'font-size': 'data(boxFont)',
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
      color: '#3A4550',
      'text-valign': 'top',
      'text-halign': 'center',
      // The typings list only numbers here, but cytoscape maps data() for every property.
      'text-margin-y': 'data(boxFontMargin)' as unknown as number,
      // A title kept readable when zoomed out (layouts/boxes.ts boxTitleAt) never runs past its box.
      'text-wrap': 'ellipsis',
      'text-max-width': 'data(boxWidth)' as unknown as string,
      'text-background-opacity': 0,
      'z-compound-depth': 'bottom',
      events: 'no',
    },
  },
  {
    selector: 'edge.arc',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bend)',
      'control-point-weights': 0.5,
    },
  },
  // Placed labels: a fixed size on screen, on the side of their node that is free (render/labels.ts).
  ...labelStyles,
  { selector: '.faded', style: { opacity: FADED_OPACITY, label: '' } },
  { selector: 'node.focus-root', style: { 'border-width': 4, 'border-color': '#111111', label: 'data(label)' } },
  {
    selector: 'node.on-path',
    style: {
      'border-width': 3,
      'border-color': '#111111',
      'border-style': 'double',
      'z-index': 20,
    },
  },
  // A path's two actors are always named; the steps between where there is room (render/labels.ts).
  { selector: 'node.path-end', style: { label: 'data(label)' } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#111111', 'line-style': 'solid', width: 5, opacity: 1, 'z-index': 20 },
  },
];
