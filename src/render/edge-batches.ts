// Groups the ties the edge layer draws into a few canvas strokes by look (colour, dash, width, emphasis); pure, no DOM.
import { edgeId, type EdgeData } from './elements';
import { LINE_PATTERNS, type LinePattern } from './encoding';

/** What the layer needs to know of a node to draw its ties: where it is and how it is marked. */
export interface EndState {
  x: number;
  y: number;
  hidden: boolean;
  faded: boolean;
  selected: boolean;
}

export type Emphasis = 'normal' | 'faded' | 'touching' | 'path';

/** One stroke: every segment in it shares colour, alpha, dash and width. */
export interface EdgeBatch {
  color: string;
  alpha: number;
  /** Canvas dash pattern in model units ([] = solid), from LINE_PATTERNS as the stylesheet uses it. */
  dash: number[];
  /** Line cap: round for dotted lines (a dot per dash), butt otherwise. */
  cap: LinePattern['cap'];
  width: number;
  emphasis: Emphasis;
  /** x1, y1, x2, y2 per segment; with arcs, a control point cx, cy follows (six numbers per segment). */
  coords: number[];
}

export interface BatchOptions {
  /** Pairs of node ids (as `edgeId` makes them) on a shown shortest path: drawn dark, solid and wide, on top. */
  pathPairs?: ReadonlySet<string>;
  /** The concentric layout's arcs: each tie bends by a fifth of its length (as bendArcs does for cytoscape). */
  arcs?: boolean;
}

/** The same opacities and path style as the cytoscape stylesheet (style.ts, layouts/styles.ts). */
const ALPHA: Record<Emphasis, number> = { normal: 0.75, faded: 0.12, touching: 1, path: 1 };
const PATH_STYLE = { color: '#111111', width: 5 };
/** Drawing order: later strokes lie on top. */
const ORDER: Emphasis[] = ['faded', 'normal', 'touching', 'path'];

const patternOf = (lineStyle: string): LinePattern =>
  lineStyle === 'dashed' || lineStyle === 'dotted' ? LINE_PATTERNS[lineStyle] : LINE_PATTERNS.solid;

/** Widths are rounded to a quarter pixel (model units) so that ties of nearly equal weight share a stroke. */
const quarter = (width: number): number => Math.round(width * 4) / 4;

function emphasisOf(edge: EdgeData, a: EndState, b: EndState, options: BatchOptions): Emphasis {
  if (
    options.pathPairs !== undefined &&
    options.pathPairs.size > 0 &&
    options.pathPairs.has(edgeId(edge.source, edge.target))
  ) {
    return 'path';
  }
  if (a.faded || b.faded) return 'faded';
  if (a.selected || b.selected) return 'touching';
  return 'normal';
}

/**
 * The strokes for `edges`, in drawing order. A tie is left out when either end is unknown (not in the
 * graph) or hidden by a filter, exactly as cytoscape leaves out the edges of a `display: none` node.
 */
export function edgeBatches(
  edges: readonly EdgeData[],
  endOf: (id: string) => EndState | undefined,
  options: BatchOptions = {},
): EdgeBatch[] {
  const batches = new Map<string, EdgeBatch>();
  for (const edge of edges) {
    const a = endOf(edge.source);
    const b = endOf(edge.target);
    if (a === undefined || b === undefined || a.hidden || b.hidden) continue;
    const emphasis = emphasisOf(edge, a, b, options);
    const onPath = emphasis === 'path';
    const color = onPath ? PATH_STYLE.color : edge.lineColor;
    const pattern = onPath ? LINE_PATTERNS.solid : patternOf(edge.lineStyle);
    const dash = [...pattern.dash];
    const width = onPath ? PATH_STYLE.width : quarter(edge.width);
    const key = `${emphasis}|${color}|${dash.join(',')}|${width}`;
    let batch = batches.get(key);
    if (batch === undefined) {
      batch = { color, alpha: ALPHA[emphasis], dash, cap: pattern.cap, width, emphasis, coords: [] };
      batches.set(key, batch);
    }
    if (options.arcs) {
      // Cytoscape's unbundled-bezier with one control point a fifth of the length off the midpoint.
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const bend = Math.round(length * 0.2);
      const cx = (a.x + b.x) / 2 + ((b.y - a.y) / length) * bend;
      const cy = (a.y + b.y) / 2 - ((b.x - a.x) / length) * bend;
      batch.coords.push(a.x, a.y, b.x, b.y, cx, cy);
    } else batch.coords.push(a.x, a.y, b.x, b.y);
  }
  return [...batches.values()].sort(
    (p, q) => ORDER.indexOf(p.emphasis) - ORDER.indexOf(q.emphasis) || p.width - q.width,
  );
}

/**
 * Draws the batches into a 2D context whose transform maps model units to device pixels by `scale`.
 * Software canvases stroke lines wider than one device pixel ~13× slower than hairlines (10,000 long
 * lines: 940 ms at 2 px, 72 ms at 1 px in headless Chromium here), and a dash pattern costs twice a
 * solid line. So a tie thinner than a pixel on screen is drawn as a hairline whose opacity carries its
 * width, and a dash too small to see (period under 4 px) is drawn solid; zoomed in, ties keep their
 * true width and dashes.
 */
export function strokeBatches(
  context: CanvasRenderingContext2D,
  batches: readonly EdgeBatch[],
  arcs: boolean,
  scale: number,
): void {
  const step = arcs ? 6 : 4;
  const hairline = 1 / scale;
  for (const batch of batches) {
    const pixels = batch.width * scale;
    const thin = pixels < 1;
    context.globalAlpha = thin ? batch.alpha * Math.max(0.35, pixels) : batch.alpha;
    context.strokeStyle = batch.color;
    context.lineWidth = thin ? hairline : batch.width;
    const period = batch.dash.reduce((sum, length) => sum + length, 0) * scale;
    const dashed = period >= 4;
    context.setLineDash(dashed ? batch.dash : []);
    context.lineCap = dashed ? batch.cap : 'butt';
    context.beginPath();
    const c = batch.coords;
    for (let i = 0; i < c.length; i += step) {
      context.moveTo(c[i]!, c[i + 1]!);
      if (arcs) context.quadraticCurveTo(c[i + 4]!, c[i + 5]!, c[i + 2]!, c[i + 3]!);
      else context.lineTo(c[i + 2]!, c[i + 3]!);
    }
    context.stroke();
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.lineCap = 'butt';
}
