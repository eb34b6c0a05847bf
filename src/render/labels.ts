// The canvas's labels: which nodes are named, on which side, at a fixed readable size; placed by label-placement.ts.
import type { Core, NodeSingular } from 'cytoscape';
import { afterDrawn, dropTouchingLabels } from './label-check';
import { placeLabels, type Box, type Disc, type LabelCandidate, type LabelSide } from './label-placement';
import { boxTitleBand, fitBoxTitle, isBoxId } from './layouts/boxes';
import { leastScaleOn, sizeAtFloor } from './symbol-scale';
import { HIDDEN } from './visibility';
import { overlaysOf } from './over-canvas';
import { modelUnits } from './label-geometry';
import { calloutsInModel, drawLeaders } from './label-leaders';
import {
  ALL_LABEL_CLASSES,
  forcedLabel,
  LABEL_CLASS,
  LABEL_OVER,
  LABEL_SHORT,
  LABEL_WRAP,
  stepLabel,
} from './label-styles';
import { textWidthAt100, wrapForced, type WrappedLabel } from './label-text';

export { KEYBOARD_CURSOR, labelStyles } from './label-styles';

/**
 * How many of the largest actors may have their label over other nodes (in the crowded middle of a network). Not
 * countries (a label that may hang on a leader line): in the sample's country view Germany's name lay over France's
 * circle, which a reader took for Germany's.
 */
const OVER_NODES = 6;

/** Every label is drawn at this size on screen, whatever the zoom: never below 11 px, never huge. */
export const LABEL_PX = 13;

/** The zoom buttons' corner at the canvas's bottom right (styles.css .camera-controls), kept free of labels. */
const CONTROLS = { width: 48, height: 124 };

/** Space between a node's rim and its label, on screen. */
const GAP_PX = 3;

/** Background padding around a label, on screen (the style gives cytoscape `labelPad` in model units). */
const PAD = 2;

/** A drawn node with a label, on screen. */
interface Entry {
  id: string;
  x: number;
  y: number;
  r: number;
  size: number;
  label: string;
  /** The shorter label tried where the full one has no room (NodeData.shortLabel). */
  short?: string;
  /** May hang on a leader line where no side has room (NodeData.calloutLabel). */
  callout?: boolean;
}

const bySize = (a: Entry, b: Entry): number => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Most unforced labels tried per placement, largest first. A canvas has room for a few hundred labels at
 * most; trying thousands more in a crowded network only costs time (the pass stays under a frame at 5,000
 * actors). Zoomed in, fewer nodes are on screen and every one of them is tried.
 */
const MAX_TRIED = 1500;

/** A node's border width as style.ts and layouts/styles.ts draw it: wider when selected, focused or on a path. */
const borderOf = (node: NodeSingular): number =>
  node.hasClass('selected') || node.hasClass('focus-root') ? 4 : node.hasClass('on-path') ? 3 : 1.5;

/**
 * Cytoscape draws a label this much closer to its node than its text margin says (measured in Chromium on
 * every side: the background padding and the rim's half-border are inside the anchor), so the margin adds it.
 */
const ANCHOR_INSET = 3.5;

/** The performance.measure name of one label placement on the canvas. */
export const LABELS_MEASURE = 'atlas:labels';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Where each node's label sits after the last placement (absent: no label). */
const placedSides = new WeakMap<Core, Map<string, LabelSide>>();

/**
 * Names as many drawn nodes as fit: selected, path, focus and hovered nodes first, then by size (the size
 * metric). Each label is LABEL_PX on screen, on the first side of its node where it covers no other label
 * and no other node, inside the canvas; the others stay unnamed until the reader zooms in. Faded nodes are
 * neither named nor obstacles (they are drawn at 12 % opacity). Only nodes whose label changes are touched.
 */
export function placeCanvasLabels(cy: Core, canvas?: { width: number; height: number }): void {
  finishLabels(cy, collectLabels(cy, canvas));
}

/** What the first half of a placement found: the drawn discs and the candidates in order, for one camera. */
interface LabelPlan {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  canvasHeight: number;
  discs: Disc[];
  candidates: LabelCandidate[];
  nodes: Map<string, NodeSingular>;
  /** Forced labels too wide for the room beside the zoom buttons, wrapped (label-text.ts). */
  wraps: Map<string, WrappedLabel>;
  /** The grouped layout's box titles and what the page draws over the canvas (overlaysOf), kept clear like the zoom buttons. */
  keepOff: Box[];
}

/** Records one half of a placement as the `atlas:labels` measure (the benchmark and the tests read it). */
function measure(started: number, detail: Record<string, unknown>): void {
  if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
    performance.measure(LABELS_MEASURE, { start: started, detail });
  }
}

/** The first half of a placement: every drawn node read once, the candidates sorted by importance. */
function collectLabels(cy: Core, canvas?: { width: number; height: number }): LabelPlan {
  const started = now();
  const zoom = cy.zoom();
  const pad = PAD;
  const height = LABEL_PX * 1.25 + 2 * pad;
  // A headless instance (tests) has no size of its own: the caller gives one.
  const width = canvas?.width ?? cy.width();
  const canvasHeight = canvas?.height ?? cy.height();
  const pan = cy.pan();
  // What a small canvas leaves of a symbol's least scale (symbol-scale.ts), the same for every node.
  const frameShare = leastScaleOn(cy, 1);
  const discs: Disc[] = [];
  const forced: Entry[] = [];
  const rest: Entry[] = [];
  const steps: Entry[] = [];
  const nodes = new Map<string, NodeSingular>();
  const titles: Box[] = [];
  // One pass over plain numbers: at 5,000 nodes, every cytoscape accessor call per node costs milliseconds.
  cy.nodes().forEach((node) => {
    const data = node.data() as {
      id: string;
      label?: unknown;
      shortLabel?: unknown;
      calloutLabel?: unknown;
      size?: unknown;
      minScale?: unknown;
    };
    const id = data.id;
    if (node.hasClass(HIDDEN)) return;
    // A box is a background with its own title, not an actor: no label of its own, no disc (ids: layouts/boxes.ts).
    if (isBoxId(id)) {
      // Its title keeps a readable size when zoomed out (a few dozen boxes: the writes are cheap).
      fitBoxTitle(node, zoom);
      return void titles.push(boxTitleBand(node, zoom, pan));
    }
    const faded = node.hasClass('faded');
    const position = node.position();
    const x = position.x * zoom + pan.x;
    const y = position.y * zoom + pan.y;
    // The node's size as drawn (style.ts symbolSize: a symbol zoomed out past its least scale keeps its screen size)
    // plus its border: the label hangs from that rim, and other labels keep off that disc.
    const size = Number(data.size);
    const drawn = sizeAtFloor(size, typeof data.minScale === 'number' ? data.minScale * frameShare : undefined, zoom);
    const r = Number.isFinite(size) ? (drawn / 2 + borderOf(node)) * zoom : (node.renderedOuterWidth() || 0) / 2;
    if (!faded) discs.push({ id, x, y, r });
    const label = typeof data.label === 'string' ? data.label : '';
    if (label === '') return;
    nodes.set(id, node);
    const entry: Entry = { id, x, y, r, size: Number.isFinite(size) ? size : 0, label };
    if (typeof data.shortLabel === 'string') entry.short = data.shortLabel;
    if (data.calloutLabel === true) entry.callout = true;
    if (forcedLabel(node)) forced.push(entry);
    else if (!faded && x + r > 0 && x - r < width && y + r > 0 && y - r < canvasHeight) {
      // A step may hang on a leader line where no side has room, as the country view's countries do.
      if (stepLabel(node)) steps.push({ ...entry, callout: true });
      else rest.push(entry);
    }
  });
  const tried = [...steps.sort(bySize), ...rest.sort(bySize).slice(0, MAX_TRIED)];
  const onScreen = (text: string): number => (textWidthAt100(text) * LABEL_PX) / 100;
  const wraps = new Map<string, WrappedLabel>();
  for (const entry of forced) {
    const wrapped = wrapForced(entry.label, width - CONTROLS.width - 16, onScreen);
    if (wrapped !== null) wraps.set(entry.id, wrapped);
  }
  const candidates: LabelCandidate[] = [...forced.sort(bySize), ...tried].map((entry, i) => {
    const wrapped = wraps.get(entry.id);
    return {
      id: entry.id,
      x: entry.x,
      y: entry.y,
      r: entry.r,
      width: wrapped ? wrapped.width + 2 * pad + 2 : () => onScreen(entry.label) + 2 * pad + 2,
      // Sans-serif text averages over half an em a character; 0.4 em leaves room for narrow letters.
      minWidth: entry.label.length * LABEL_PX * 0.4,
      height: wrapped ? wrapped.lines * LABEL_PX * 1.25 + 2 * pad : height,
      forced: i < forced.length,
      overNodes:
        i < forced.length + steps.length || (i < forced.length + steps.length + OVER_NODES && entry.callout !== true),
      ...(entry.short !== undefined ? { shortWidth: onScreen(entry.short) + 2 * pad + 2 } : {}),
      ...(entry.callout === true ? { callout: true } : {}),
    };
  });
  measure(started, { part: 'collect', candidates: candidates.length });
  return { zoom, pan, width, canvasHeight, discs, candidates, nodes, wraps, keepOff: [...titles, ...overlaysOf(cy)] };
}

/** The second half: labels placed for the plan's camera and applied to the nodes whose label changes. */
function finishLabels(cy: Core, plan: LabelPlan): void {
  const started = now();
  const { zoom, width, canvasHeight, discs, candidates, nodes, wraps, keepOff } = plan;
  const placed = placeLabels(candidates, discs, {
    bounds: { x: 0, y: 0, width, height: canvasHeight },
    gap: GAP_PX,
    reserved: [{ x: width - CONTROLS.width, y: canvasHeight - CONTROLS.height, ...CONTROLS }, ...keepOff],
  });
  const previous = placedSides.get(cy) ?? new Map<string, LabelSide>();
  const next = new Map<string, LabelSide>(placed.map((label) => [label.id, label.side]));
  const shifts = new Map(placed.filter((label) => label.shift !== 0).map((label) => [label.id, label.shift]));
  const over = new Set(candidates.filter((c) => c.overNodes === true).map((c) => c.id));
  const short = new Set(placed.filter((label) => label.short === true).map((label) => label.id));
  const byId = byIdOf(candidates);
  const { offsets, leaders } = calloutsInModel(placed, byId, zoom, plan.pan);
  const font = modelUnits(LABEL_PX, zoom);
  const gap = modelUnits(GAP_PX + PAD + ANCHOR_INSET, zoom);
  const labelPad = modelUnits(PAD, zoom);
  cy.batch(() => {
    for (const id of previous.keys()) {
      if (next.has(id)) continue;
      const node = cy.getElementById(id);
      if (node.nonempty()) node.removeClass(ALL_LABEL_CLASSES);
    }
    for (const [id, side] of next) {
      const node = nodes.get(id);
      if (node === undefined) continue;
      // A forced label slid sideways to stay inside the canvas (label-placement.ts), in model units.
      const labelShift = modelUnits(shifts.get(id) ?? 0, zoom);
      const wrap = wraps.get(id);
      const labelWrap = wrap === undefined ? undefined : modelUnits(wrap.wrap, zoom);
      const offset = offsets.get(id);
      // data() restyles even for equal values: write only what changed.
      if (
        node.data('labelFont') !== font ||
        node.data('labelShift') !== labelShift ||
        (labelWrap !== undefined && node.data('labelWrap') !== labelWrap)
      ) {
        node.data({ labelFont: font, labelGap: gap, labelGapUp: -gap, labelPad, labelShift, labelWrap });
      }
      if (offset !== undefined && (node.data('labelDx') !== offset.dx || node.data('labelDy') !== offset.dy)) {
        node.data({ labelDx: offset.dx, labelDy: offset.dy });
      }
      const classes = [
        LABEL_CLASS[side],
        ...(over.has(id) ? [LABEL_OVER] : []),
        ...(wrap ? [LABEL_WRAP] : []),
        ...(short.has(id) ? [LABEL_SHORT] : []),
      ];
      if (
        previous.get(id) !== side ||
        node.hasClass(LABEL_OVER) !== over.has(id) ||
        node.hasClass(LABEL_WRAP) !== !!wrap ||
        node.hasClass(LABEL_SHORT) !== short.has(id)
      ) {
        node.removeClass(ALL_LABEL_CLASSES);
        node.addClass(classes.join(' '));
      }
    }
  });
  placedSides.set(cy, next);
  drawLeaders(cy, leaders);
  const order = placed.map((label) => byId.get(label.id)).filter((c) => c !== undefined);
  afterDrawn(cy, () => dropTouchingLabels(cy, order, discs, next));
  measure(started, { part: 'place', candidates: candidates.length, placed: placed.length });
}

const byIdOf = (candidates: readonly LabelCandidate[]): Map<string, LabelCandidate> =>
  new Map(candidates.map((c) => [c.id, c]));

/** The nodes named after the last placement, with their sides (for exports and tests). */
export const placedLabelsOf = (cy: Core): ReadonlyMap<string, LabelSide> => placedSides.get(cy) ?? new Map();

const timers = new WeakMap<Core, ReturnType<typeof setTimeout>>();

/**
 * Places the labels once the view has been still for `delay` ms (a wheel zoom or a pan does not pay for a
 * placement on every frame), replacing a pending run; `delay` 0 places them at once.
 */
export function scheduleLabelPlacement(cy: Core, delay = 120): void {
  const pending = timers.get(cy);
  if (pending !== undefined) clearTimeout(pending);
  timers.delete(cy);
  if (delay <= 0) {
    placeCanvasLabels(cy);
    return;
  }
  // Two tasks, not one: reading 5,000 nodes and placing their labels each take a frame or two, together
  // they made a long task. A camera that moved in between makes the plan stale: it is planned again.
  timers.set(
    cy,
    setTimeout(() => {
      if (cy.destroyed()) return timers.delete(cy);
      const plan = collectLabels(cy);
      timers.set(
        cy,
        setTimeout(() => {
          timers.delete(cy);
          if (cy.destroyed()) return;
          const pan = cy.pan();
          if (cy.zoom() === plan.zoom && pan.x === plan.pan.x && pan.y === plan.pan.y) finishLabels(cy, plan);
          else scheduleLabelPlacement(cy, delay);
        }, 0),
      );
    }, delay),
  );
}
