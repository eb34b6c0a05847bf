// Draws the ties again after the view rests, a few thousand a frame on a canvas off screen, so no frame waits for all of them.
import { applyLook, resetLook, strokeLook, traceSegments, type EdgeBatch } from './edge-batches';
import type { Viewport } from './layer-snapshot';

/** The part of the model a view shows, in model units. */
export interface ModelRect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The model rectangle a canvas of `width` × `height` CSS pixels shows at `viewport`. */
export function visibleRect(viewport: Viewport, width: number, height: number): ModelRect {
  const { zoom, pan } = viewport;
  return { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (width - pan.x) / zoom, y2: (height - pan.y) / zoom };
}

/**
 * The batch with only the segments that can touch `rect`: a segment (or arc, whose curve lies inside the
 * triangle of its ends and control point) whose box, widened by `margin` for the line's width and caps,
 * misses the rectangle draws no pixel there, so leaving it out changes nothing on screen.
 */
export function cullBatch(batch: EdgeBatch, arcs: boolean, rect: ModelRect, margin: number): EdgeBatch {
  const step = arcs ? 6 : 4;
  const c = batch.coords;
  const kept: number[] = [];
  const [x1, y1, x2, y2] = [rect.x1 - margin, rect.y1 - margin, rect.x2 + margin, rect.y2 + margin];
  for (let i = 0; i < c.length; i += step) {
    let minX = Math.min(c[i]!, c[i + 2]!);
    let maxX = Math.max(c[i]!, c[i + 2]!);
    let minY = Math.min(c[i + 1]!, c[i + 3]!);
    let maxY = Math.max(c[i + 1]!, c[i + 3]!);
    if (arcs) {
      minX = Math.min(minX, c[i + 4]!);
      maxX = Math.max(maxX, c[i + 4]!);
      minY = Math.min(minY, c[i + 5]!);
      maxY = Math.max(maxY, c[i + 5]!);
    }
    if (maxX < x1 || minX > x2 || maxY < y1 || minY > y2) continue;
    for (let k = 0; k < step; k++) kept.push(c[i + k]!);
  }
  return { ...batch, coords: kept };
}

/** A stroke of the redraw: segments [from, to) of one batch. */
export interface RestPiece {
  batch: EdgeBatch;
  from: number;
  to: number;
}

/**
 * The batches (already in drawing order) as strokes of at most `size` segments. Only hairline batches
 * are split: Skia blits a hairline segment by segment, so two strokes draw the same pixels as one; a
 * wider stroke blends its own overlaps once, so it stays whole to look as the single stroke does.
 */
export function restPieces(batches: readonly EdgeBatch[], arcs: boolean, scale: number, size: number): RestPiece[] {
  const pieces: RestPiece[] = [];
  const step = arcs ? 6 : 4;
  for (const batch of batches) {
    const count = batch.coords.length / step;
    if (count === 0) continue;
    const chunk = strokeLook(batch, scale).thin ? size : count;
    for (let from = 0; from < count; from += chunk) pieces.push({ batch, from, to: Math.min(count, from + chunk) });
  }
  return pieces;
}

export interface RestDrawOptions {
  /** The canvas to draw on (off screen), already sized to the view in device pixels. */
  target: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  viewport: Viewport;
  /** Device pixels per CSS pixel. */
  ratio: number;
  batches: readonly EdgeBatch[];
  arcs: boolean;
  /** Drawn first, in model units (the grouped layout's boxes, which lie under the ties). */
  under(context: CanvasRenderingContext2D): void;
  /** Drawn last, in model units, in the last slice (the preview's nodes, which lie over the ties). */
  over?(context: CanvasRenderingContext2D): void;
  /** Called once everything is on `target`. */
  done(): void;
  /** Runs the next slice later (the next animation frame by default); returns a cancel. */
  later?: (slice: () => void) => () => void;
  /** Milliseconds of drawing a slice aims at. */
  budgetMs?: number;
  /** The pace measured by the draws before (read at the start, updated after each slice): see RestPace. */
  pace?: RestPace;
  now?: () => number;
}

/**
 * One segment's measured cost, kept from one redraw to the next by their owner. Each redraw that started from the
 * first guess stroked ~3,000 segments in its first slice: on this machine under load that was a 335 ms task.
 */
export interface RestPace {
  msPerSegment: number;
}

/** A pace that starts at the first guess, for an owner whose redraws share what they measure. */
export const firstRestPace = (): RestPace => ({ msPerSegment: FIRST_MS_PER_SEGMENT });

export interface RestDraw {
  cancel(): void;
}

/** Segments per stroke: small enough to stop near the budget, large enough that a stroke's overhead is small. */
const PIECE = 1000;
/** A slice's drawing time: a 60 Hz frame keeps room for cytoscape's own work. */
const BUDGET_MS = 10;
/** First guess of one segment's cost, drawing and rasterising (68,000 hairlines in ~200 ms here). */
const FIRST_MS_PER_SEGMENT = 0.003;

const nextFrame = (slice: () => void): (() => void) => {
  const id = requestAnimationFrame(slice);
  return () => cancelAnimationFrame(id);
};

/**
 * Draws `batches` as `viewport` shows them onto `target`, a slice per frame. Each slice strokes about
 * as many segments as fit the budget by the cost measured so far, then reads one pixel back: the
 * software canvas records strokes and rasterises them only when flushed, so without the read all the
 * rasterising would land on the last slice (or on the copy to the screen).
 */
export function startRestDraw(options: RestDrawOptions): RestDraw {
  const { target, context, viewport, ratio, arcs } = options;
  const later = options.later ?? nextFrame;
  const budget = options.budgetMs ?? BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const scale = viewport.zoom * ratio;
  const rect = visibleRect(viewport, target.width / ratio, target.height / ratio);
  const batches = options.batches.map((batch) =>
    cullBatch(batch, arcs, rect, Math.max(batch.width, 1 / scale) + 1 / scale),
  );
  const pieces = restPieces(batches, arcs, scale, PIECE);
  let next = 0;
  const pace = options.pace ?? firstRestPace();
  let started = false;
  let cancel: (() => void) | null = null;
  const viewTransform = (): void =>
    context.setTransform(scale, 0, 0, scale, ratio * viewport.pan.x, ratio * viewport.pan.y);

  function slice(): void {
    cancel = null;
    const begin = now();
    if (!started) {
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, target.width, target.height);
      viewTransform();
      options.under(context);
      started = true;
    }
    viewTransform();
    const allowed = Math.max(1, Math.floor(budget / pace.msPerSegment));
    let drawn = 0;
    while (next < pieces.length && (drawn === 0 || drawn + (pieces[next]!.to - pieces[next]!.from) <= allowed)) {
      const { batch, from, to } = pieces[next]!;
      applyLook(context, batch.color, strokeLook(batch, scale));
      context.beginPath();
      traceSegments(context, batch.coords, arcs, from, to);
      context.stroke();
      drawn += to - from;
      next++;
    }
    resetLook(context);
    if (next >= pieces.length && options.over) {
      viewTransform();
      options.over(context);
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.getImageData(0, 0, 1, 1);
    if (drawn > 0) pace.msPerSegment = Math.max(1e-5, (now() - begin) / drawn);
    if (next < pieces.length) cancel = later(slice);
    else options.done();
  }
  cancel = later(slice);
  return {
    cancel() {
      cancel?.();
      cancel = null;
    },
  };
}
