// PNG export: cytoscape's picture of the current view, composited on a canvas with the title and the legend drawn in.
import type { Core } from 'cytoscape';
import type { LegendGroup } from './scene';
import { LABEL_FONT } from './style';
import { edgeLayerOf } from './edge-layer';

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
const ROW = 17;
const SWATCH = 11;
const FONT_SIZE = 12;

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
  color?: string;
  line?: 'solid' | 'dashed' | 'dotted';
  heading: boolean;
}

/** Legend rows that fit `maxRows`; what is left out is counted in a last row rather than cut silently. */
function legendRows(groups: readonly LegendGroup[], maxRows: number): Row[] {
  const rows: Row[] = groups.flatMap((group) => [
    { text: group.title, heading: true },
    ...group.items.map((item) => ({ text: item.label, color: item.color, line: item.line, heading: false })),
  ]);
  if (rows.length <= maxRows) return rows;
  const kept = rows.slice(0, Math.max(1, maxRows - 1));
  kept.push({ text: `… ${rows.length - kept.length} more in the app's legend`, heading: false });
  return kept;
}

function drawLegend(context: CanvasRenderingContext2D, groups: readonly LegendGroup[], top: number, height: number) {
  const rows = legendRows(groups, Math.floor((height - 2 * PAD) / ROW));
  if (rows.length === 0) return;
  context.font = `${FONT_SIZE}px ${LABEL_FONT}`;
  const textWidth = Math.min(260, Math.max(...rows.map((row) => context.measureText(row.text).width)));
  const width = textWidth + SWATCH + 3 * PAD;
  const boxHeight = rows.length * ROW + 2 * PAD;
  const x = PAD;
  const y = top + height - boxHeight - PAD;
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.strokeStyle = '#d5dae0';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(x, y, width, boxHeight, 6);
  context.fill();
  context.stroke();
  context.textBaseline = 'middle';
  rows.forEach((row, i) => {
    const middle = y + PAD + i * ROW + ROW / 2;
    context.font = `${row.heading ? '600 ' : ''}${FONT_SIZE}px ${LABEL_FONT}`;
    let textX = x + PAD;
    if (!row.heading && row.color !== undefined) {
      context.fillStyle = row.color;
      context.strokeStyle = row.color;
      if (row.line !== undefined) {
        context.lineWidth = 2.5;
        context.setLineDash(row.line === 'dashed' ? [5, 3] : row.line === 'dotted' ? [1.5, 2.5] : []);
        context.beginPath();
        context.moveTo(textX, middle);
        context.lineTo(textX + SWATCH + 4, middle);
        context.stroke();
        context.setLineDash([]);
      } else {
        context.beginPath();
        context.arc(textX + SWATCH / 2, middle, SWATCH / 2, 0, 2 * Math.PI);
        context.fill();
      }
      textX += SWATCH + PAD;
    }
    context.fillStyle = row.heading ? '#1a1a1a' : '#333333';
    context.fillText(fitted(context, row.text, textWidth + SWATCH + PAD - (textX - x - PAD)), textX, middle);
  });
}

/**
 * The current view of the canvas as a PNG: `scale` times the canvas's size in CSS pixels (times the device
 * pixel ratio), with a title band on top and the legend in the lower left corner, on white. All text is
 * drawn with fillText, so nothing from the data can become markup.
 */
export async function exportPng(cy: Core, options: PngOptions): Promise<Blob> {
  // Transparent, so the ties of the edge layer (drawn below, as on screen) show through; white is filled below.
  const picture = cy.png({ output: 'base64uri', scale: options.scale, full: false });
  const image = await loadImage(picture);
  // Everything below is laid out in CSS pixels and scaled by the same factor cytoscape used for the picture.
  const unit = cy.width() > 0 ? image.width / cy.width() : options.scale;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  const creditBand = options.credit ? CREDIT_BAND : 0;
  canvas.height = Math.round(image.height + (TITLE_BAND + creditBand) * unit);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw into a canvas, so the PNG cannot be made.');
  const width = image.width / unit;
  const graphHeight = image.height / unit;
  context.scale(unit, unit);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, graphHeight + TITLE_BAND + creditBand);
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
  if (layer !== undefined) {
    context.save();
    context.beginPath();
    context.rect(0, TITLE_BAND, width, graphHeight);
    context.clip();
    context.translate(0, TITLE_BAND);
    layer.drawInto(context, unit);
    context.restore();
  }
  context.drawImage(image, 0, TITLE_BAND, width, graphHeight);
  context.fillStyle = '#d5dae0';
  context.fillRect(0, TITLE_BAND - 1, width, 1);
  if (options.legend && options.legend.length > 0) drawLegend(context, options.legend, TITLE_BAND, graphHeight);
  if (options.credit) {
    context.fillStyle = '#d5dae0';
    context.fillRect(0, TITLE_BAND + graphHeight, width, 1);
    context.fillStyle = '#4a4f57';
    context.font = `11px ${LABEL_FONT}`;
    context.fillText(fitted(context, options.credit, width - 2 * PAD - 6), PAD + 6, TITLE_BAND + graphHeight + 16);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    );
  });
}
