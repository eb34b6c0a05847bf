// Draws many ties on a plain canvas under cytoscape's (which then holds only nodes): ~50 ms for 10,000 lines against seconds as elements.
import type { Core } from 'cytoscape';
import { strokeBatches, tiesWithShownEnds, type EdgeBatch } from './edge-batches';
import { batchMemo } from './batch-memo';
import { firstRestPace, startRestDraw, type RestDraw } from './edge-rest-draw';
import type { EdgeData } from './elements';
import type { EdgeLayer } from './edge-layer-api';
import { fillPreviewNodes, type PreviewNode } from './node-preview';
import { createLayerSnapshot, sameViewport, type Viewport } from './layer-snapshot';
import { motionTexture } from './motion-texture';
import { readLayer, watchChanges, type Reading } from './layer-changes';
import { boxesOf, fillBoxes } from './layer-ends';
import { layerCanvases, sameEdges } from './layer-canvas';

export { LAYER_FROM } from './layer-canvas';

export type { EdgeLayer } from './edge-layer-api';

const layers = new WeakMap<Core, EdgeLayer>();

/** The edge layer of a cytoscape instance, if it has one (highlights and exports reach it through this). */
export const edgeLayerOf = (cy: Core): EdgeLayer | undefined => layers.get(cy);

/** While the view moves, the copy of the last drawing stands in; the ties are drawn afresh once it rests this long. */
const SETTLE_MS = 150;

/**
 * From this many ties, a set larger than the one drawn last ("Show all ties": 10,000 → 68,000 at 5,000 actors) is
 * drawn in slices behind the picture on screen, which holds the ties it had (the rest come with the slices): drawn at
 * once it was one 155–180 ms task, over half of it rastering 68,000 lines.
 */
export const SLICE_GROWN_FROM = 20_000;

/**
 * From this many ties, a drawing due only to nodes' marks (a selection: its ties drawn on top) is drawn in slices too,
 * the picture on screen kept meanwhile, as cytoscape draws the selected node's ring at once: with "Show all ties" at
 * 5,000 actors, a click drew 68,000 lines in its frame, a 143 ms task (99 ms of it rastering them).
 */
export const SLICE_MARKS_FROM = SLICE_GROWN_FROM;

/**
 * A slice's drawing time for those two: no pan waits on them, so slices four times the rest's own bring the selection's
 * ties up in about a third of the time (350–460 ms after the click with 10 ms slices at 5,000 actors, all ties shown).
 */
const ONE_OFF_SLICE_MS = 40;

/** What the last full drawing stroked and filled, in model units: a rest of the view draws the same again. */
interface Painted {
  batches: EdgeBatch[];
  arcs: boolean;
  /** How many ties the drawing was given (some may have been left out, their ends hidden). */
  edgeCount: number;
  /** The nodes filled over the ties: the preview's, or a large network's own (layer-nodes.ts). */
  nodes: readonly PreviewNode[] | null;
}

/**
 * Creates the layer for `cy`. With a container it adds a canvas below cytoscape's and follows every
 * cytoscape frame: when ties, node positions or marks changed it draws the ties afresh (~0.1 s for
 * 10,000 on this machine); when only the view moved it moves a copy of the last drawing, and draws
 * afresh once the view rests (panning at 5,000 nodes took twice as long with a full drawing per
 * frame). That redraw after a rest strokes the ties of the last full drawing again, a slice per frame on
 * a canvas off screen (edge-rest-draw.ts), while the copy stays up; the finished drawing replaces it in
 * one step. Without a container (headless tests) it only keeps the ties.
 */
export function createEdgeLayer(cy: Core, container: HTMLElement | null): EdgeLayer {
  let edges: readonly EdgeData[] = [];
  let pathPairs: ReadonlySet<string> = new Set();
  let arcs = false;
  let preview: readonly PreviewNode[] | null = null;
  let frame: number | null = null;
  let settle: ReturnType<typeof setTimeout> | null = null;
  /** Something other than the view changed since the last full drawing. */
  let dirty = true;
  /**
   * The drawing due shows what is on screen already, or the canvas is blank: the first picture, or the hand-over
   * from the preview's nodes to cytoscape's at the same places. It is drawn in slices off screen (as a rest's
   * redraw is) and swapped in whole, so no task strokes all the ties; any other change is drawn at once.
   */
  let sameAsShown = false;
  /** Since the last full drawing only nodes' marks changed (a selection), nothing the view depends on otherwise. */
  let marksOnly = false;
  /** The last full drawing drew nothing (no ties, boxes or preview): a first picture has nothing to lag behind. */
  let blank = true;
  const snapshot = container ? createLayerSnapshot() : null;
  /** The strokes of the last full drawing, reused by the redraw after a rest; null before the first. */
  let painted: Painted | null = null;
  /** The viewport the canvas shows now (the copy's or a drawing's), so that a frame without a move costs nothing. */
  let shown: Viewport | null = null;
  /** The redraw after a rest, while its slices run, and the canvas it draws on. */
  let rest: RestDraw | null = null;
  /** What one segment cost in the redraws so far, so a redraw's first slice keeps to the budget too. */
  const restPace = firstRestPace();
  const canvases = layerCanvases(container);
  const { canvas = null, context = null, back = null, backContext = null } = canvases ?? {};
  const textureFor = container ? motionTexture(cy) : () => undefined;

  const read = (): Reading => readLayer(cy, preview);
  const batchesOf = batchMemo();
  const changes = watchChanges(
    cy,
    () => preview === null,
    (kind) => {
      marksOnly = kind === 'marks' && (marksOnly || !dirty);
      dirty = true;
      sameAsShown = false;
    },
  );

  /**
   * `pixelRatio`: device pixels per CSS pixel of `target` (the screen's, or the export's scale);
   * `known`: the ends and nodes, when the caller has read them already.
   */
  function drawInto(
    target: CanvasRenderingContext2D,
    pixelRatio: number,
    known = read(),
    batches = batchesOf(edges, known.ends, { pathPairs, arcs }),
  ): EdgeBatch[] {
    const boxes = boxesOf(cy);
    const nodes = known.nodes;
    if (edges.length === 0 && nodes === null && boxes.length === 0) return [];
    const zoom = cy.zoom();
    const pan = cy.pan();
    target.save();
    target.transform(zoom, 0, 0, zoom, pan.x, pan.y);
    // The grouped layout's country boxes lie under the ties, as they did when cytoscape drew both.
    fillBoxes(target, boxes);
    strokeBatches(target, batches, arcs, zoom * pixelRatio);
    if (nodes !== null) fillPreviewNodes(target, nodes, zoom, pixelRatio);
    target.restore();
    return batches;
  }

  const stopRest = (): void => {
    rest?.cancel();
    rest = null;
  };

  /**
   * After a rest: the last drawing's strokes at the new view, in slices; the copy stays up until they are all drawn.
   * `budgetMs`: a slice's drawing time, when not the rest's own (which leaves room for a pan going on).
   */
  function redrawAtRest(budgetMs?: number): void {
    if (canvas === null || context === null || snapshot === null || back === null || backContext === null) return;
    if (painted === null) {
      dirty = true;
      draw();
      return;
    }
    stopRest();
    const ratio = window.devicePixelRatio || 1;
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const nodes = painted.nodes;
    if (back.width !== canvas.width || back.height !== canvas.height) {
      back.width = canvas.width;
      back.height = canvas.height;
    }
    rest = startRestDraw({
      target: back,
      context: backContext,
      viewport,
      ratio,
      batches: painted.batches,
      arcs: painted.arcs,
      pace: restPace,
      ...(budgetMs !== undefined ? { budgetMs } : {}),
      under: (target) => fillBoxes(target, boxesOf(cy)),
      ...(nodes !== null ? { over: (target) => fillPreviewNodes(target, nodes, viewport.zoom, ratio) } : {}),
      done() {
        rest = null;
        // A move since the start makes this drawing stale; the move's own frame has the copy up already.
        if (dirty || !sameViewport(viewport, { zoom: cy.zoom(), pan: cy.pan() })) return;
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.drawImage(back, 0, 0);
        // The canvas, not `back`: the next redraw after a rest draws on `back` before any copy is made.
        snapshot.take(canvas, viewport);
        shown = viewport;
      },
    });
  }

  function draw(): void {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    if (canvas === null || context === null || snapshot === null) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${cy.width()}px`;
      canvas.style.height = `${cy.height()}px`;
      if (!dirty && painted !== null && snapshot.viewport !== null) {
        // Only the size changed (a panel or status line came or went during the load): the copy goes back up at
        // once, and the same strokes are drawn for the new size in slices, as after a rest.
        snapshot.drawAt(context, viewport, ratio);
        shown = viewport;
        redrawAtRest();
        return;
      }
      // Resizing cleared the canvas: what it showed is gone, so only a first picture may still come in slices.
      dirty = true;
      sameAsShown = sameAsShown && blank;
      shown = null;
    }
    // A drawing in slices (rest !== null) keeps what is on screen until it is done.
    if (!dirty && (snapshot.viewport !== null || rest !== null)) {
      if (shown !== null && sameViewport(shown, viewport)) return;
      stopRest();
      snapshot.drawAt(context, viewport, ratio);
      shown = viewport;
      if (settle !== null) clearTimeout(settle);
      settle = setTimeout(() => {
        settle = null;
        redrawAtRest();
      }, SETTLE_MS);
      return;
    }
    stopRest();
    // One read of the 5,000 nodes' positions and marks serves the drawing and the hover check below.
    const known = read();
    if (preview === null) changes.drawn(known);
    textureFor(known.ends.size);
    const batches = batchesOf(edges, known.ends, { pathPairs, arcs });
    const grown = painted !== null && edges.length > painted.edgeCount && edges.length >= SLICE_GROWN_FROM;
    painted = { batches, arcs, nodes: known.nodes, edgeCount: edges.length };
    const marked = marksOnly && edges.length >= SLICE_MARKS_FROM;
    const sliced = sameAsShown || ((grown || marked) && shown !== null && !blank);
    marksOnly = false;
    blank = batches.length === 0 && (known.nodes ?? []).length === 0 && boxesOf(cy).length === 0;
    sameAsShown = false;
    dirty = false;
    if (sliced && !blank) {
      // What is on screen stays (moved to this view if the view moved meanwhile) until the slices are all drawn.
      if (shown !== null && !sameViewport(shown, viewport)) snapshot.drawAt(context, viewport, ratio);
      shown = viewport;
      redrawAtRest(grown || marked ? ONE_OFF_SLICE_MS : undefined);
      return;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawInto(context, ratio, known, batches);
    context.setTransform(1, 0, 0, 1, 0, 0);
    snapshot.take(canvas, viewport);
    shown = viewport;
  }

  /** The task that draws the preview's picture afresh, if one is waiting. */
  let task: ReturnType<typeof setTimeout> | null = null;
  /**
   * Under a preview, cytoscape's canvas is hidden (render/catch-up.ts), so a full drawing need not share its frame:
   * it runs in a task of its own, and each of the two (5,000 nodes; 10,000 ties) fills a task alone.
   */
  const drawSoon = (): void => {
    if (canvas !== null && task === null) {
      task = setTimeout(() => {
        task = null;
        draw();
      }, 0);
    }
  };
  const requestFrame = (): void => {
    if (canvas !== null && frame === null) frame = requestAnimationFrame(draw);
  };
  const schedule = (): void => {
    dirty = true;
    marksOnly = false;
    sameAsShown = false;
    if (preview !== null) drawSoon();
    else requestFrame();
  };
  const onRender = (): void => {
    if (preview !== null && dirty) drawSoon();
    else draw();
  };
  // Drawn in the same frame as cytoscape's own, so lines never lag behind the nodes they join.
  cy.on('render', onRender);
  // A resize event without a new size (the container's observer reports its first box) changes nothing drawn:
  // draw() compares the canvas's size itself.
  cy.on('resize', requestFrame);

  const layer: EdgeLayer = {
    setEdges(next) {
      if (sameEdges(next, edges)) return;
      edges = next;
      schedule();
    },
    setPreviewNodes(nodes) {
      if (nodes === preview) return;
      // The first picture, or cytoscape's nodes taking over where the preview drew them: see sameAsShown.
      const handOver = nodes === null || blank;
      preview = nodes;
      schedule();
      sameAsShown = handOver;
    },
    flush() {
      if (dirty) draw();
    },
    setPathPairs(pairs) {
      const changed = pairs.size > 0 || pathPairs.size > 0;
      pathPairs = pairs;
      if (changed && edges.length > 0) schedule();
    },
    setArcs(on) {
      if (arcs === on) return;
      arcs = on;
      if (edges.length > 0) schedule();
    },
    get edges() {
      return edges;
    },
    get arcs() {
      return arcs;
    },
    get pathPairs() {
      return pathPairs;
    },
    get drawing() {
      return rest !== null || (sameAsShown && (frame !== null || task !== null));
    },
    shownEdges() {
      return tiesWithShownEnds(edges, read().ends);
    },
    drawInto(target, pixelRatio) {
      drawInto(target, pixelRatio);
    },
    destroy() {
      stopRest();
      if (frame !== null) cancelAnimationFrame(frame);
      if (settle !== null) clearTimeout(settle);
      if (task !== null) clearTimeout(task);
      cy.off('render', onRender);
      cy.off('resize', requestFrame);
      changes.stop();
      canvas?.remove();
      layers.delete(cy);
    },
  };
  layers.set(cy, layer);
  return layer;
}
