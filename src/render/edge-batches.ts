// Groups the ties the edge layer draws into a few canvas strokes by look (colour, dash, width, emphasis); pure, no DOM.
import { edgeId, type EdgeData } from './elements';
import { FADED_OPACITY, LINE_PATTERNS, patternOf, type LinePattern } from './encoding';

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
  /**
   * Drawn as a hairline at any zoom, solid, its alpha not lessened for width: the faded ties of a large highlight
   * (FADED_HAIRLINES_FROM), a background whose width no one reads.
   */
  hairline?: boolean;
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
const ALPHA: Record<Emphasis, number> = { normal: 0.75, faded: FADED_OPACITY, touching: 1, path: 1 };
const PATH_STYLE = { color: '#111111', width: 5 };
/** A shown path's least width, in device pixels. */
const PATH_LEAST_PX = 3;
/** Drawing order: later strokes lie on top. */
const ORDER: Emphasis[] = ['faded', 'normal', 'touching', 'path'];

/**
 * From this many faded ties in one drawing, they are drawn as hairlines (EdgeBatch.hairline). Stroked at their
 * widths, 2–10 px at the zoom a focus fits at 1,500 actors, the faded picture took 175–200 ms to rasterise in
 * software (docs/performance.md, "Faded ties as hairlines"); the sample's 1,011 ties keep their widths and dashes.
 */
export const FADED_HAIRLINES_FROM = 2000;

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
  const batches: EdgeBatch[] = [];
  // Found by emphasis, colour, pattern and width in nested maps: a string key built per tie (with the dash joined)
  // was most of this function's ~57 ms for 68,000 ties ("Show all ties" at 5,000 actors), in one task.
  const found = new Map<Emphasis, Map<string, Map<LinePattern, Map<number, EdgeBatch>>>>();
  const batchOf = (emphasis: Emphasis, color: string, pattern: LinePattern, width: number): EdgeBatch => {
    let byColor = found.get(emphasis);
    if (byColor === undefined) found.set(emphasis, (byColor = new Map()));
    let byPattern = byColor.get(color);
    if (byPattern === undefined) byColor.set(color, (byPattern = new Map()));
    let byWidth = byPattern.get(pattern);
    if (byWidth === undefined) byPattern.set(pattern, (byWidth = new Map()));
    let batch = byWidth.get(width);
    if (batch === undefined) {
      const dash = [...pattern.dash];
      batch = { color, alpha: ALPHA[emphasis], dash, cap: pattern.cap, width, emphasis, coords: [] };
      byWidth.set(width, batch);
      batches.push(batch);
    }
    return batch;
  };
  for (const edge of edges) {
    const a = endOf(edge.source);
    const b = endOf(edge.target);
    if (a === undefined || b === undefined || a.hidden || b.hidden) continue;
    const emphasis = emphasisOf(edge, a, b, options);
    const onPath = emphasis === 'path';
    const batch = onPath
      ? batchOf(emphasis, PATH_STYLE.color, LINE_PATTERNS.solid, PATH_STYLE.width)
      : batchOf(emphasis, edge.lineColor, patternOf(edge.lineStyle), quarter(edge.width));
    if (options.arcs) {
      // Cytoscape's unbundled-bezier with one control point a fifth of the length off the midpoint.
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const bend = Math.round(length * 0.2);
      const cx = (a.x + b.x) / 2 + ((b.y - a.y) / length) * bend;
      const cy = (a.y + b.y) / 2 - ((b.x - a.x) / length) * bend;
      batch.coords.push(a.x, a.y, b.x, b.y, cx, cy);
    } else batch.coords.push(a.x, a.y, b.x, b.y);
  }
  const step = options.arcs ? 6 : 4;
  const faded = batches.filter((batch) => batch.emphasis === 'faded');
  if (faded.reduce((sum, batch) => sum + batch.coords.length / step, 0) >= FADED_HAIRLINES_FROM) {
    for (const batch of faded) batch.hairline = true;
  }
  return batches.sort((p, q) => ORDER.indexOf(p.emphasis) - ORDER.indexOf(q.emphasis) || p.width - q.width);
}

/** How a batch is stroked at `scale` device pixels per model unit (see strokeBatches for why). */
export interface StrokeLook {
  alpha: number;
  lineWidth: number;
  dash: number[];
  cap: CanvasLineCap;
  /** Thinner than a device pixel: drawn as a hairline, which Skia blits segment by segment. */
  thin: boolean;
}

/**
 * A hairline's width in device pixels: under one, never one. Skia strokes a line of one device pixel or less as a
 * hairline and a wider one in full, ~13× slower; `1 / scale` mapped back by the context's transform came out at
 * 1 + 7e-8 in some framings, and the faded picture of 10,000 ties at 5,000 actors then took 250–270 ms to rasterise
 * where it takes ~30 (docs/performance.md, "A hairline one part in ten million too wide").
 */
export const HAIRLINE_PX = 0.99;

export function strokeLook(batch: EdgeBatch, scale: number): StrokeLook {
  // A shown path keeps a width that reads at any zoom: at 5,000 actors, fitted (zoom ~0.15), its 5-unit ties were
  // hairlines among the hairlines.
  const pixels = Math.max(batch.width * scale, batch.emphasis === 'path' ? PATH_LEAST_PX : 0);
  const thin = pixels < 1 || batch.hairline === true;
  const period = batch.dash.reduce((sum, length) => sum + length, 0) * scale;
  const dashed = period >= 4 && batch.hairline !== true;
  return {
    alpha: thin ? batch.alpha * Math.max(0.35, Math.min(1, pixels)) : batch.alpha,
    lineWidth: thin ? HAIRLINE_PX / scale : pixels / scale,
    dash: dashed ? batch.dash : [],
    cap: dashed ? batch.cap : 'butt',
    thin,
  };
}

/** Sets the context's stroke state for `look` in `color`. */
export function applyLook(context: CanvasRenderingContext2D, color: string, look: StrokeLook): void {
  context.globalAlpha = look.alpha;
  context.strokeStyle = color;
  context.lineWidth = look.lineWidth;
  context.setLineDash(look.dash);
  context.lineCap = look.cap;
}

/** Adds the segments `from` (inclusive) to `to` (exclusive, in segments) of a batch to the current path. */
export function traceSegments(
  context: CanvasRenderingContext2D,
  coords: readonly number[],
  arcs: boolean,
  from: number,
  to: number,
): void {
  const step = arcs ? 6 : 4;
  for (let i = from * step; i < to * step; i += step) {
    context.moveTo(coords[i]!, coords[i + 1]!);
    if (arcs) context.quadraticCurveTo(coords[i + 4]!, coords[i + 5]!, coords[i + 2]!, coords[i + 3]!);
    else context.lineTo(coords[i + 2]!, coords[i + 3]!);
  }
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
  for (const batch of batches) {
    applyLook(context, batch.color, strokeLook(batch, scale));
    context.beginPath();
    traceSegments(context, batch.coords, arcs, 0, batch.coords.length / (arcs ? 6 : 4));
    context.stroke();
  }
  resetLook(context);
}

/** Back to the context's defaults for what applyLook sets (alpha, dash, cap). */
export function resetLook(context: CanvasRenderingContext2D): void {
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.lineCap = 'butt';
}

/** The ties whose two ends are both shown: those the layer draws (edgeBatches skips the others the same way). */
export function tiesWithShownEnds(edges: readonly EdgeData[], ends: ReadonlyMap<string, EndState>): EdgeData[] {
  return edges.filter((edge) => {
    const a = ends.get(edge.source);
    const b = ends.get(edge.target);
    return a !== undefined && b !== undefined && !a.hidden && !b.hidden;
  });
}
