// The cytoscape stylesheet: short, with data() mappers, because every extra rule costs time on large graphs.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { LINE_PATTERNS } from './encoding';
import { explorerStyles } from './layouts/styles';
import { nodeOpacity } from './layer-nodes';
import { LABEL_FONT } from './label-text';
import { leastScaleOn, sizeAtFloor } from './symbol-scale';

/**
 * The model size of a node with a least scale at the current zoom: its screen size never goes under size × minScale,
 * a floor that shrinks in a small canvas (symbol-scale.ts).
 */
export function symbolSize(node: NodeSingular): number {
  const cy = node.cy();
  return sizeAtFloor(node.data('size') as number, leastScaleOn(cy, node.data('minScale') as number), cy.zoom());
}

export const stylesheet: StylesheetJson = [
  // No tint on what a pan brings into view while cytoscape moves its picture of a large network
  // (render/motion-texture.ts): the tie layer is already drawn there, and a grey band read as a fault.
  { selector: 'core', style: { 'outside-texture-bg-opacity': 0 } as object },
  {
    selector: 'node',
    style: {
      'border-width': 1.5,
      'border-color': '#FFFFFF',
      label: '',
      'font-family': LABEL_FONT,
      'font-size': 13,
      color: '#1A1A1A',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7,
    },
  },
  // Mapped only where the data is: a grouped layout's country boxes have neither, and a mapping without its field
  // made cytoscape warn on the console once per box (27 warnings at 5,000 actors, ~25 ms of the switch).
  { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  // A node with a least scale keeps, zoomed out past it, the size it has there on screen (elements.ts `minScale`).
  {
    selector: 'node[minScale]',
    style: { width: symbolSize, height: symbolSize },
  },
  { selector: 'node[type = "hub"]', style: { shape: 'diamond', 'border-color': '#555555' } },
  // Labels only where the reader looks (hover, selection), so the canvas stays calm.
  { selector: 'node.hover, node.selected', style: { label: 'data(label)', 'z-index': 10 } },
  { selector: 'node.selected', style: { 'border-width': 4, 'border-color': '#111111' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(lineColor)',
      // The typings list only literal styles, but cytoscape maps data() for every property.
      'line-style': 'data(lineStyle)' as 'solid',
      'curve-style': 'haystack',
      'haystack-radius': 0,
      opacity: 0.75,
    },
  },
  // Dash patterns and caps from the one table (encoding.ts) the edge layer and the exports read too.
  { selector: 'edge[lineStyle = "dashed"]', style: { 'line-dash-pattern': [...LINE_PATTERNS.dashed.dash] } },
  {
    selector: 'edge[lineStyle = "dotted"]',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': [...LINE_PATTERNS.dotted.dash],
      'line-cap': LINE_PATTERNS.dotted.cap,
    },
  },
  {
    selector: 'edge[lineStyle = "dash-dot"]',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [...LINE_PATTERNS['dash-dot'].dash] },
  },
  { selector: 'edge.touching', style: { opacity: 1, 'z-index': 5 } },
  // The explorer's boxes, arcs, labels, focus and path highlights (src/render/layouts/styles.ts).
  ...explorerStyles,
  // After `.faded`, whose opacity it repeats: a large network's unmarked nodes are painted by the plain layer
  // instead (render/layer-nodes.ts), so cytoscape's frames skip them.
  { selector: 'node', style: { opacity: nodeOpacity } },
  // Last, so nothing overrides it: filtered-out elements stay in the graph, undrawn (render/visibility.ts).
  { selector: '.hidden', style: { display: 'none' } },
];
