// Label collision: the most important labels win, a label that would overlap one already shown is hidden.
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';

/** The label font stack of style.ts (LABEL_FONT); importing it would make a module cycle through styles.ts. */
const LABEL_FONT = '"Inter", "Segoe UI", system-ui, sans-serif';

/** A label's box on screen (rendered pixels): left, top, width, height. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Class that hides a node's label because a more important one sits there. */
export const LABEL_HIDDEN = 'label-hidden';

/**
 * Rules appended after the explorer's label rules: a hidden label stays hidden, except under the
 * pointer (hover), where the reader asked for it; its node drops back among the others so it does not
 * cover a label that won. `.faded` comes later and still wins.
 */
export const labelStyles: StylesheetJson = [
  { selector: `node.${LABEL_HIDDEN}`, style: { label: '', 'z-index': 0 } },
  { selector: 'node.hover', style: { label: 'data(label)', 'z-index': 30 } },
];

const CELL = 64;

/**
 * The ids whose boxes can be shown, in the given order of importance: each box is kept only when it
 * overlaps no box kept before it. The first `forced` boxes are always kept (selection, focus, path).
 * A grid of CELL-pixel buckets keeps this near linear for thousands of labels.
 */
export function pickLabels(boxes: readonly LabelBox[], forced = 0): Set<string> {
  const shown = new Set<string>();
  const grid = new Map<string, LabelBox[]>();
  const cells = (box: LabelBox): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++)
        keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const overlaps = (a: LabelBox, b: LabelBox): boolean =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  boxes.forEach((box, i) => {
    const keys = cells(box);
    if (i >= forced && keys.some((key) => grid.get(key)?.some((other) => overlaps(box, other)))) return;
    shown.add(box.id);
    for (const key of keys) {
      const bucket = grid.get(key);
      if (bucket) bucket.push(box);
      else grid.set(key, [box]);
    }
  });
  return shown;
}

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Text width at 100 px, measured once per label (an estimate where there is no canvas, e.g. in Node). */
function widthAt100(text: string): number {
  const cached = widths.get(text);
  if (cached !== undefined) return cached;
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  let width = text.length * 58;
  if (context) {
    context.font = `100px ${LABEL_FONT}`;
    width = context.measureText(text).width;
  }
  if (widths.size > 20_000) widths.clear();
  widths.set(text, width);
  return width;
}

/** Base font and the smallest size cytoscape draws (style.ts: 13 px, min-zoomed-font-size 7). */
const BASE_FONT = 13;
const MIN_DRAWN_PX = 7;

const forcedLabel = (node: NodeSingular): boolean =>
  node.hasClass('selected') || node.hasClass('focus-root') || node.hasClass('on-path') || node.hasClass('hover');

/** Whether cytoscape would draw this node's label if nothing hid it. */
const wantsLabel = (node: NodeSingular): boolean =>
  !node.hasClass('faded') && (node.hasClass('labelled') || node.hasClass('labelled-top') || forcedLabel(node));

function boxOf(node: NodeSingular, zoom: number): LabelBox | null {
  const text = String(node.data('label') ?? '');
  if (text === '') return null;
  const top = node.hasClass('labelled-top');
  const px = (top ? Number(node.data('labelFont')) || BASE_FONT : BASE_FONT) * zoom;
  if (!top && px < MIN_DRAWN_PX) return null;
  const p = node.renderedPosition();
  const width = (widthAt100(text) * px) / 100 + 4;
  const height = px * 1.25 + 4;
  // text-valign bottom with text-margin-y 4: the label hangs under the node.
  return { id: node.id(), x: p.x - width / 2, y: p.y + node.renderedHeight() / 2 + 4 * zoom, width, height };
}

const bySize = (a: NodeSingular, b: NodeSingular): number =>
  Number(b.data('size')) - Number(a.data('size')) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);

/**
 * Hides every label that would overlap a more important one: selection, focus and path first, then
 * the always-shown largest actors, then the rest by size. Run on zoom end, not on every frame.
 */
export function collideLabels(cy: Core): void {
  const zoom = cy.zoom();
  const forced: NodeSingular[] = [];
  const tops: NodeSingular[] = [];
  const rest: NodeSingular[] = [];
  cy.nodes().forEach((node) => {
    if (!wantsLabel(node)) return;
    if (forcedLabel(node)) forced.push(node);
    else if (node.hasClass('labelled-top')) tops.push(node);
    else rest.push(node);
  });
  const boxes: LabelBox[] = [];
  let forcedBoxes = 0;
  [forced, tops, rest].forEach((group, g) => {
    for (const node of group.sort(bySize)) {
      const box = boxOf(node, zoom);
      if (box === null) continue;
      boxes.push(box);
      if (g === 0) forcedBoxes++;
    }
  });
  const shown = pickLabels(boxes, forcedBoxes);
  cy.batch(() => {
    // Only nodes whose state changes are touched: cytoscape restyles every node a class call reaches.
    cy.nodes().forEach((node) => {
      const hide = wantsLabel(node) && !shown.has(node.id());
      if (hide !== node.hasClass(LABEL_HIDDEN)) node.toggleClass(LABEL_HIDDEN, hide);
    });
  });
}

const timers = new WeakMap<Core, ReturnType<typeof setTimeout>>();
const lastSet = new WeakMap<Core, string>();

/**
 * Runs collideLabels after the labels were updated: at once when the set of labelled nodes changed
 * (so new labels never flash on top of each other), else once the view has been still for `delay` ms
 * (zoom end), replacing a pending run, so a wheel zoom does not pay for it on every frame.
 */
export function scheduleLabelCollision(cy: Core, delay = 120): void {
  const pending = timers.get(cy);
  if (pending !== undefined) clearTimeout(pending);
  const set = `${cy.nodes('.labelled').length}/${cy.nodes('.labelled-top').length}/${cy.nodes().length}`;
  if (lastSet.get(cy) !== set) {
    lastSet.set(cy, set);
    timers.delete(cy);
    collideLabels(cy);
    return;
  }
  timers.set(
    cy,
    setTimeout(() => {
      timers.delete(cy);
      if (!cy.destroyed()) collideLabels(cy);
    }, delay),
  );
}
