// The callouts' leader lines on the canvas: one SVG over cytoscape's drawing, moved with the camera.
import type { Core } from 'cytoscape';
import type { Leader } from './label-callouts';
import { overlaySvg, svgChild } from './overlay-svg';
import { modelUnits, type Disc } from './label-geometry';
import type { PlacedLabel } from './label-placement';

/** The lines' colour and width on screen: near the labels' ink, darker than any tie, thin enough not to read as one. */
export const LEADER_COLOR = '#2B2F36';
export const LEADER_WIDTH = 1;

interface LeaderLayer {
  svg: SVGSVGElement;
  group: SVGGElement;
  sync: () => void;
}

const layers = new WeakMap<Core, LeaderLayer>();
/** The lines drawn last, by node id, in model units (for the exports and tests). */
const drawn = new WeakMap<Core, ReadonlyMap<string, Leader>>();

/**
 * The layer of `cy`, made on first use over cytoscape's own canvases: a line runs from its node's rim to its label
 * and crosses no other node or label (label-placement.ts), so on top it hides only the ties under it, which would
 * otherwise be drawn across it.
 */
function layerOf(cy: Core): LeaderLayer | null {
  const existing = layers.get(cy);
  if (existing !== undefined) return existing;
  const container = cy.container();
  if (container === null || typeof document === 'undefined') return null;
  const { svg, group } = overlaySvg(document, 'label-leaders', { zIndex: '2' });
  container.appendChild(svg);
  const sync = (): void => {
    const pan = cy.pan();
    group.setAttribute('transform', `translate(${pan.x},${pan.y}) scale(${cy.zoom()})`);
  };
  cy.on('viewport resize', sync);
  cy.one('destroy', () => svg.remove());
  const layer = { svg, group, sync };
  layers.set(cy, layer);
  return layer;
}

/** Draws these lines (model units, by node id) in place of the last ones; none clears the layer. */
export function drawLeaders(cy: Core, leaders: ReadonlyMap<string, Leader>): void {
  drawn.set(cy, leaders);
  if (leaders.size === 0 && !layers.has(cy)) return;
  const layer = layerOf(cy);
  if (layer === null) return;
  const lines = [...leaders].map(([id, leader]) => {
    const line = svgChild(document, 'line');
    // Which node the line points at, for the browser tests.
    line.setAttribute('data-id', id);
    line.setAttribute('x1', String(leader.x1));
    line.setAttribute('y1', String(leader.y1));
    line.setAttribute('x2', String(leader.x2));
    line.setAttribute('y2', String(leader.y2));
    line.setAttribute('stroke', LEADER_COLOR);
    line.setAttribute('stroke-width', String(LEADER_WIDTH));
    // The same width on screen at every zoom, as the basemap's borders.
    line.setAttribute('vector-effect', 'non-scaling-stroke');
    return line;
  });
  layer.group.replaceChildren(...lines);
  layer.sync();
}

/** The lines drawn last, by node id, in model units. */
export const leadersOf = (cy: Core): ReadonlyMap<string, Leader> => drawn.get(cy) ?? new Map();

/**
 * The callouts of a placement (screen pixels, for a camera at `zoom` and `pan`) in model units: each label's offset
 * from its node to its box's middle (the style's text margins), and its line (drawLeaders), by node id.
 */
export function calloutsInModel(
  placed: readonly PlacedLabel[],
  nodes: ReadonlyMap<string, Disc>,
  zoom: number,
  pan: { x: number; y: number },
): { offsets: Map<string, { dx: number; dy: number }>; leaders: Map<string, Leader> } {
  const offsets = new Map<string, { dx: number; dy: number }>();
  const leaders = new Map<string, Leader>();
  for (const label of placed) {
    const node = nodes.get(label.id);
    if (label.leader === undefined || node === undefined) continue;
    offsets.set(label.id, {
      dx: modelUnits(label.box.x + label.box.width / 2 - node.x, zoom),
      dy: modelUnits(label.box.y + label.box.height / 2 - node.y, zoom),
    });
    const { x1, y1, x2, y2 } = label.leader;
    leaders.set(label.id, {
      x1: modelUnits(x1 - pan.x, zoom),
      y1: modelUnits(y1 - pan.y, zoom),
      x2: modelUnits(x2 - pan.x, zoom),
      y2: modelUnits(y2 - pan.y, zoom),
    });
  }
  return { offsets, leaders };
}
