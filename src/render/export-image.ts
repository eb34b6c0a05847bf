// PNG export: cytoscape's picture of the current view, composited on a canvas with a title band and a legend beside it.
import type { Core } from 'cytoscape';
import type { LegendGroup, LegendItem } from './scene';
import { LABEL_FONT } from './label-text';
import { edgeLayerOf } from './edge-layer';
import { isBoxId } from './layouts/boxes';
import { pngLayout, placeInPicture, type PngLayout, type PngLayoutInput, type Rect } from './png-layout';
import { HIDDEN } from './visibility';
import { LEADER_COLOR, LEADER_WIDTH, leadersOf } from './label-leaders';

/** The scales offered for PNG export: 1× for screens, 2× for slides, 4× for print. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PngOptions {
  scale: PngScale;
  title: string;
  /** A second line under the title (a story step's caption, the filters in force). */
  subtitle?: string;
  /** One line at the bottom: where the picture comes from (app, dataset, date, link). */
  credit?: string;
  legend?: readonly LegendGroup[];
}

/** Layout of the drawn-in parts, in CSS pixels before scaling. */
const TITLE_BAND = 56;
/** Height of the credit line's band under the picture. */
const CREDIT_BAND = 24;
const PAD = 10;
const ROW = 18;
/** Width of a row's sample (line or node shape) before its text. */
const SAMPLE = 28;
const FONT_SIZE = 12;
/** Longest legend text before it is cut with an ellipsis, and most rows before "… N more". */
const MAX_TEXT = 380;
const MAX_LEGEND_ROWS = 40;

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The graph picture could not be decoded for the PNG export.'));
    image.src = source;
  });
}

/** A line of text cut with an ellipsis to fit `width` (measured with the context's current font). */
function fitted(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

interface Row {
  text: string;
  item?: LegendItem;
  heading: boolean;
}

/** Legend rows that fit `maxRows`; what is left out is counted in a last row rather than cut silently. */
function legendRows(groups: readonly LegendGroup[], maxRows: number): Row[] {
  const rows: Row[] = groups.flatMap((group) => [
    { text: group.title, heading: true },
    ...group.items.map((item) => ({ text: item.label, item, heading: false })),
  ]);
  if (rows.length <= maxRows) return rows;
  const kept = rows.slice(0, Math.max(1, maxRows - 1));
  kept.push({ text: `… ${rows.length - kept.length} more in the app's legend`, heading: false });
  return kept;
}

/** The legend's rows and box size, measured with the context's fonts; null when there is nothing to show. */
function measureLegend(context: CanvasRenderingContext2D, groups: readonly LegendGroup[]) {
  const rows = legendRows(groups, MAX_LEGEND_ROWS);
  if (rows.length === 0) return null;
  context.font = `600 ${FONT_SIZE}px ${LABEL_FONT}`;
  const widths = rows.map((row) => context.measureText(row.text).width + (row.heading ? 0 : SAMPLE + PAD));
  const textWidth = Math.min(MAX_TEXT, Math.max(...widths));
  return {
    list: rows,
    rows: rows.length,
    rowHeight: ROW,
    width: Math.ceil(textWidth + 2 * PAD),
    height: rows.length * ROW + 2 * PAD,
  };
}

/** One row's sample: the line kind stroked as the canvas strokes it (LINE_PATTERNS), or the node's shape. */
function drawSample(context: CanvasRenderingContext2D, item: LegendItem, x: number, middle: number): void {
  context.fillStyle = item.color;
  context.strokeStyle = item.color;
  if (item.line !== undefined) {
    context.lineWidth = item.line.width;
    context.lineCap = item.line.cap;
    context.setLineDash([...item.line.dash]);
    context.beginPath();
    context.moveTo(x + 1, middle);
    context.lineTo(x + SAMPLE - 1, middle);
    context.stroke();
    context.setLineDash([]);
    context.lineCap = 'butt';
    return;
  }
  context.beginPath();
  if (item.shape === 'diamond') {
    const cx = x + 7;
    context.moveTo(cx, middle - 6);
    context.lineTo(cx + 6, middle);
    context.lineTo(cx, middle + 6);
    context.lineTo(cx - 6, middle);
    context.closePath();
    context.fill();
    context.strokeStyle = '#555555';
    context.lineWidth = 1;
    context.stroke();
  } else {
    context.arc(x + 7, middle, 6, 0, 2 * Math.PI);
    context.fill();
  }
}

/** The legend's box and rows, spread over `columns` columns (top to bottom, then left to right). */
function drawLegend(context: CanvasRenderingContext2D, rows: readonly Row[], box: Rect, columns: number): void {
  context.fillStyle = '#ffffff';
  context.strokeStyle = '#d5dae0';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(box.x, box.y, box.width, box.height, 6);
  context.fill();
  context.stroke();
  context.textBaseline = 'middle';
  const columnWidth = box.width / columns;
  const perColumn = Math.ceil(rows.length / columns);
  const textWidth = columnWidth - 2 * PAD;
  rows.forEach((row, i) => {
    const middle = box.y + PAD + (i % perColumn) * ROW + ROW / 2;
    const x = box.x + PAD + Math.floor(i / perColumn) * columnWidth;
    context.font = `${row.heading ? '600 ' : ''}${FONT_SIZE}px ${LABEL_FONT}`;
    let textX = x;
    if (row.item !== undefined) {
      drawSample(context, row.item, x, middle);
      textX += SAMPLE + PAD;
    }
    context.fillStyle = row.heading ? '#1a1a1a' : '#333333';
    context.fillText(fitted(context, row.text, textWidth - (textX - x)), textX, middle);
  });
}

/** What an export produced: the picture, and where its parts lie (CSS pixels), nodes included, for checks. */
export interface PngExport {
  blob: Blob;
  layout: PngLayout;
  /** Each drawn node's centre and radius in the picture (CSS pixels; times `unit` in device pixels). */
  nodes: Array<{ id: string; x: number; y: number; r: number }>;
  /** Device pixels per CSS pixel of the layout. */
  unit: number;
  /** The callouts' leader lines as drawn in the picture (CSS pixels), by node id. */
  leaders: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
}

/** The drawn graph's box on the canvas, labels included: what the picture must show. */
function contentBox(cy: Core): PngLayoutInput['content'] {
  const drawn = cy.elements().filter((element) => !element.hasClass(HIDDEN));
  if (drawn.empty()) return null;
  const box = drawn.renderedBoundingBox({ includeLabels: true });
  return Number.isFinite(box.x1) && box.w > 0 ? { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } : null;
}

/**
 * The current view of the canvas as a PNG: `scale` times the canvas's width in CSS pixels (times the device
 * pixel ratio), with a title band on top, the legend in a column of its own left of the network (below it on a
 * narrow canvas) and the network fitted into the space that is left, so no node lies under the legend; on white.
 * All text is drawn with fillText, so nothing from the data can become markup.
 */
export async function exportPng(cy: Core, options: PngOptions): Promise<PngExport> {
  // Transparent, so the ties of the edge layer (drawn below, as on screen) show through; white is filled below.
  const picture = cy.png({ output: 'base64uri', scale: options.scale, full: false });
  const image = await loadImage(picture);
  // Everything below is laid out in CSS pixels and scaled by the same factor cytoscape used for the picture.
  const unit = cy.width() > 0 ? image.width / cy.width() : options.scale;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw into a canvas, so the PNG cannot be made.');
  const legend = options.legend && options.legend.length > 0 ? measureLegend(context, options.legend) : null;
  const layout = pngLayout({
    viewWidth: image.width / unit,
    viewHeight: image.height / unit,
    content: contentBox(cy),
    legend,
    titleBand: TITLE_BAND,
    creditBand: options.credit ? CREDIT_BAND : 0,
  });
  const { width, source, target, scale } = layout;
  canvas.width = image.width;
  canvas.height = Math.round(layout.height * unit);
  context.scale(unit, unit);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, layout.height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = '#111111';
  context.font = `600 20px ${LABEL_FONT}`;
  context.fillText(fitted(context, options.title, width - 2 * PAD - 6), PAD + 6, 28);
  if (options.subtitle) {
    context.fillStyle = '#5a6270';
    context.font = `13px ${LABEL_FONT}`;
    context.fillText(fitted(context, options.subtitle, width - 2 * PAD - 6), PAD + 6, 47);
  }
  // Ties of larger networks and the grouped layout's box fills are on the edge layer, under cytoscape's picture.
  const layer = edgeLayerOf(cy);
  if (layer !== undefined) inPicture(context, layout, () => layer.drawInto(context, unit * scale));
  context.drawImage(
    image,
    source.x * unit,
    source.y * unit,
    source.width * unit,
    source.height * unit,
    target.x,
    target.y,
    target.width,
    target.height,
  );
  const leaders = drawLeadersInto(context, cy, layout);
  context.fillStyle = '#d5dae0';
  context.fillRect(0, TITLE_BAND - 1, width, 1);
  if (legend !== null && layout.legend !== null) drawLegend(context, legend.list, layout.legend, layout.legendColumns);
  if (options.credit) {
    context.fillStyle = '#d5dae0';
    context.fillRect(0, layout.creditTop, width, 1);
    context.fillStyle = '#4a4f57';
    context.font = `11px ${LABEL_FONT}`;
    context.textBaseline = 'alphabetic';
    context.fillText(fitted(context, options.credit, width - 2 * PAD - 6), PAD + 6, layout.creditTop + 16);
  }
  const nodes = drawnNodes(cy, layout);
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    );
  });
  return { blob, layout, nodes, unit, leaders };
}

/**
 * Runs `draw` with the context clipped to the picture's network area and set so that canvas (rendered) pixels land
 * where the picture shows them: for what is drawn beside cytoscape's picture (the edge layer, the leader lines).
 */
function inPicture(context: CanvasRenderingContext2D, layout: PngLayout, draw: () => void): void {
  const { source, target, scale } = layout;
  context.save();
  context.beginPath();
  context.rect(target.x, target.y, target.width, target.height);
  context.clip();
  context.translate(target.x - source.x * scale, target.y - source.y * scale);
  context.scale(scale, scale);
  draw();
  context.restore();
}

/**
 * The callouts' leader lines (label-leaders.ts, over cytoscape's picture as on screen), placed like the picture;
 * returns where they were drawn.
 */
function drawLeadersInto(context: CanvasRenderingContext2D, cy: Core, layout: PngLayout): PngExport['leaders'] {
  const leaders = leadersOf(cy);
  if (leaders.size === 0) return [];
  const zoom = cy.zoom();
  const pan = cy.pan();
  inPicture(context, layout, () => {
    context.strokeStyle = LEADER_COLOR;
    context.lineWidth = LEADER_WIDTH;
    context.beginPath();
    for (const { x1, y1, x2, y2 } of leaders.values()) {
      context.moveTo(x1 * zoom + pan.x, y1 * zoom + pan.y);
      context.lineTo(x2 * zoom + pan.x, y2 * zoom + pan.y);
    }
    context.stroke();
  });
  const at = (x: number, y: number): { x: number; y: number } =>
    placeInPicture(layout, x * zoom + pan.x, y * zoom + pan.y);
  return [...leaders].map(([id, { x1, y1, x2, y2 }]) => {
    const [start, end] = [at(x1, y1), at(x2, y2)];
    return { id, x1: start.x, y1: start.y, x2: end.x, y2: end.y };
  });
}

/** The nodes inside the drawn part of the canvas, placed where the picture shows them. */
function drawnNodes(cy: Core, layout: PngLayout): PngExport['nodes'] {
  const { source } = layout;
  const out: PngExport['nodes'] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass(HIDDEN) || isBoxId(node.id())) return;
    const p = node.renderedPosition();
    if (p.x < source.x || p.x > source.x + source.width || p.y < source.y || p.y > source.y + source.height) return;
    const at = placeInPicture(layout, p.x, p.y);
    out.push({ id: node.id(), ...at, r: (node.renderedOuterWidth() / 2) * layout.scale });
  });
  return out;
}
