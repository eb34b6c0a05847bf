// A copy of the edge layer's last full drawing, moved and scaled with the view while the reader pans or zooms.

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The transform that puts a drawing made at `from` where the view `to` shows it, in device pixels:
 * a model point drawn at ratio·(zoom₀·p + pan₀) belongs at ratio·(zoom·p + pan).
 */
export function snapshotTransform(
  from: Viewport,
  to: Viewport,
  ratio: number,
): [number, number, number, number, number, number] {
  const k = to.zoom / from.zoom;
  return [k, 0, 0, k, ratio * (to.pan.x - k * from.pan.x), ratio * (to.pan.y - k * from.pan.y)];
}

export const sameViewport = (a: Viewport, b: Viewport): boolean =>
  a.zoom === b.zoom && a.pan.x === b.pan.x && a.pan.y === b.pan.y;

export interface LayerSnapshot {
  /**
   * Keeps `source` as drawn at `viewport`. The copy is made only when the view first moves (drawAt), so a
   * drawing the reader never pans costs no copy: the caller must not change `source` in between except
   * through drawAt or another take.
   */
  take(source: HTMLCanvasElement, viewport: Viewport): void;
  /** The viewport of the copy, or null before the first. */
  readonly viewport: Viewport | null;
  /** Draws the copy into `context` (cleared first) as the view `to` shows it. */
  drawAt(context: CanvasRenderingContext2D, to: Viewport, ratio: number): void;
}

export function createLayerSnapshot(): LayerSnapshot {
  const copy = document.createElement('canvas');
  const copyContext = copy.getContext('2d');
  let at: Viewport | null = null;
  /** The canvas that still holds the drawing taken last, until it is copied. */
  let pending: HTMLCanvasElement | null = null;
  const copyPending = (): void => {
    const source = pending;
    pending = null;
    if (source === null || copyContext === null) return;
    if (copy.width !== source.width || copy.height !== source.height) {
      copy.width = source.width;
      copy.height = source.height;
    } else copyContext.clearRect(0, 0, copy.width, copy.height);
    copyContext.drawImage(source, 0, 0);
  };
  return {
    take(source, viewport) {
      if (copyContext === null) return;
      // A full copy of the canvas cost 15–70 ms of each full drawing's frame in profiles (load 6–10).
      pending = source;
      at = { zoom: viewport.zoom, pan: { ...viewport.pan } };
    },
    get viewport() {
      return at;
    },
    drawAt(context, to, ratio) {
      copyPending();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, context.canvas.width, context.canvas.height);
      if (at === null) return;
      context.setTransform(...snapshotTransform(at, to, ratio));
      context.drawImage(copy, 0, 0);
      context.setTransform(1, 0, 0, 1, 0, 0);
    },
  };
}
