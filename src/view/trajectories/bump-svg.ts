// The bump chart as a standalone SVG document (the SVG download and the PNG's source): title, chart, legend, credit line.
import { safeColor } from '../../model/color';
import { CREDIT_BAND } from '../../model/exports/svg';
import { xmlAttribute, xmlNumber, xmlText } from '../../model/exports/xml';
import { type BumpLayout, FONT_SIZE, markerPath, pointsAttribute } from './bump-layout';

export interface BumpSvgOptions {
  title: string;
  /** Under the title: the metric and the years. */
  subtitle: string;
  /** What each colour means: the countries of the lines drawn. */
  legend: ReadonlyArray<{ label: string; color: string }>;
  /** The credit line every exported picture carries (app, dataset, date, link). */
  credit: string;
}

/** Height of the title band above the chart and of the legend band under it. */
export const TITLE_BAND = 48;
export const LEGEND_BAND = 44;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1f2328';
const MUTED = '#4a4f57';
const num = (value: number): string => xmlNumber(Math.round(value * 100) / 100);

/** The chart's own parts (grid, lines, markers, labels), shifted down by `top`. */
function chartElements(layout: BumpLayout, top: number): string[] {
  const { plot } = layout;
  const out = [`  <g transform="translate(0 ${num(top)})" font-size="${FONT_SIZE}">`];
  for (const { rank, y } of layout.ranks) {
    out.push(
      `    <line x1="${num(plot.left)}" x2="${num(plot.right)}" y1="${num(y)}" y2="${num(y)}" stroke="#e3e6ea"/>`,
      `    <text x="${num(plot.left - 8)}" y="${num(y + 4)}" text-anchor="end" fill="${MUTED}">${rank}</text>`,
    );
  }
  out.push(
    `    <text x="${num(plot.left - 8)}" y="${num(layout.outY + 4)}" text-anchor="end" fill="${MUTED}">11+</text>`,
  );
  for (const { year, x } of layout.ticks) {
    out.push(
      `    <text x="${num(x)}" y="${num(plot.bottom + 20)}" text-anchor="middle" fill="${MUTED}">${year}</text>`,
    );
  }
  for (const entry of layout.series) {
    const color = xmlAttribute(safeColor(entry.style.color));
    out.push(`    <g class="series" data-actor="${xmlAttribute(entry.series.id)}">`);
    for (const run of entry.runs) {
      // A white casing under each line keeps crossings readable where two lines share a colour.
      out.push(
        `      <polyline points="${pointsAttribute(run)}" fill="none" stroke="#ffffff" stroke-width="6" stroke-linejoin="round"/>`,
        `      <polyline points="${pointsAttribute(run)}" fill="none" stroke="${color}" stroke-width="3" stroke-linejoin="round"/>`,
      );
    }
    for (const point of entry.points.filter((each) => each.marked)) {
      const fill = point.out ? '#ffffff' : color;
      out.push(
        `      <path d="${markerPath(entry.style.shape, point.x, point.y, 4.5)}" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`,
      );
    }
    if (entry.label !== null) {
      const { x, y, text, anchorY } = entry.label;
      const last = entry.points[entry.points.length - 1];
      if (last !== undefined) {
        out.push(
          `      <line x1="${num(last.x + 6)}" y1="${num(anchorY)}" x2="${num(x - 15)}" y2="${num(y - 4)}" stroke="#9aa1a9"/>`,
        );
      }
      out.push(
        `      <path d="${markerPath(entry.style.shape, x - 9, y - 4, 4.5)}" fill="${color}" stroke="${INK}" stroke-width="0.5"/>`,
        `      <text x="${num(x)}" y="${num(y)}" fill="${INK}">${xmlText(text)}</text>`,
      );
    }
    out.push('    </g>');
  }
  out.push('  </g>');
  return out;
}

/** The document: every text escaped, every colour through safeColor, so no label of the dataset can become markup. */
export function bumpSvg(layout: BumpLayout, options: BumpSvgOptions): string {
  const width = layout.width;
  const height = TITLE_BAND + layout.height + LEGEND_BAND + CREDIT_BAND;
  const legendTop = TITLE_BAND + layout.height;
  const legend: string[] = [];
  let x = 12;
  let row = 0;
  for (const item of options.legend) {
    const room = 30 + item.label.length * 6.6;
    if (x + room > width - 12 && x > 12) {
      x = 12;
      row++;
    }
    if (row > 1) break;
    const y = legendTop + 6 + row * 18;
    legend.push(
      `    <rect x="${num(x)}" y="${num(y)}" width="12" height="12" rx="2" fill="${xmlAttribute(safeColor(item.color))}"/>`,
      `    <text x="${num(x + 17)}" y="${num(y + 10)}">${xmlText(item.label)}</text>`,
    );
    x += room;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" ` +
      `viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${xmlAttribute(options.title)}" ` +
      `font-family="${xmlAttribute(FONT)}">`,
    `  <title>${xmlText(options.title)}</title>`,
    '  <rect width="100%" height="100%" fill="#ffffff"/>',
    `  <text x="12" y="22" font-size="16" font-weight="600" fill="${INK}">${xmlText(options.title)}</text>`,
    `  <text x="12" y="40" font-size="12" fill="${MUTED}">${xmlText(options.subtitle)}</text>`,
    ...chartElements(layout, TITLE_BAND),
    `  <g class="legend" font-size="12" fill="${INK}">`,
    ...legend,
    '  </g>',
    `  <text x="12" y="${num(height - 8)}" font-size="11" fill="${MUTED}">${xmlText(options.credit)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
