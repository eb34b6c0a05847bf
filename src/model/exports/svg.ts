// A vector SVG of a drawn graph (nodes, edges, haloed labels, legend) for slides and print; text escaped, never markup.
import { safeColor } from '../color';
import { xmlAttribute, xmlNumber, xmlText } from './xml';

/**
 * The callouts' leader lines, as the canvas draws them (render/label-leaders.ts LEADER_COLOR). Written twice: the
 * canvas's module importing this one put the SVG writer in the first download (+1.5 kB gzip).
 */
const LEADER_STROKE = '#2B2F36';

export interface SvgNode {
  id: string;
  label: string;
  x: number;
  y: number;
  r: number;
  color: string;
  /** Agreement hubs are diamonds on the canvas (style.ts), actors circles. */
  shape?: 'circle' | 'diamond';
  /** Where the label's text starts (its baseline) and how it is anchored; without it, right of the node. */
  labelAt?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** The text drawn, where it is shorter than the label (a country's code and count); the label stays its title. */
  labelText?: string;
  /** A line from the node's rim to a label placed further out (a callout). */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** How a line is stroked: width, dash pattern ([] = solid) and cap, as the canvas strokes it. */
export interface SvgStroke {
  width: number;
  dash: readonly number[];
  cap: 'butt' | 'round';
}

export interface SvgEdge {
  source: string;
  target: string;
  width: number;
  color: string;
  /** The canvas's dash pattern for the edge's kind; none or [] is solid. */
  dash?: readonly number[];
  cap?: SvgStroke['cap'];
}

/**
 * One row of the legend: a heading (bold, no sample), a line sample drawn as the canvas strokes that kind, or a
 * node sample in the canvas's shape; a row with neither is a colour swatch.
 */
export interface SvgLegendRow {
  label: string;
  color: string;
  heading?: boolean;
  line?: SvgStroke;
  shape?: 'circle' | 'diamond';
}

export interface SvgScene {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  title?: string;
  legend?: readonly SvgLegendRow[];
  /** One line at the bottom: where the picture comes from (app, dataset, date, link); `height` leaves room for it. */
  credit?: string;
  width: number;
  height: number;
}

/** Height of the credit line's band at the bottom of an SVG. */
export const CREDIT_BAND = 24;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const num = (value: number): string => xmlNumber(Math.round(value * 100) / 100);

/** A dash pattern as `stroke-dasharray`, or nothing for a solid line (non-finite or negative lengths dropped). */
function dashAttributes(dash: readonly number[] | undefined, cap: SvgStroke['cap'] | undefined): string {
  const lengths = (dash ?? []).filter((length) => Number.isFinite(length) && length >= 0);
  const pattern = lengths.some((length) => length > 0) ? ` stroke-dasharray="${lengths.map(num).join(' ')}"` : '';
  return pattern + (cap === 'round' ? ' stroke-linecap="round"' : ' stroke-linecap="butt"');
}

/** A diamond of half-diagonal r around (x, y), as cytoscape draws a `diamond` node. */
const diamond = (x: number, y: number, r: number): string =>
  `M${num(x)} ${num(y - r)}L${num(x + r)} ${num(y)}L${num(x)} ${num(y + r)}L${num(x - r)} ${num(y)}Z`;

/** Height of one legend row, and where its sample and text sit. */
export const LEGEND_ROW = 18;
const SAMPLE_X = 12;
const SAMPLE_WIDTH = 28;
const TEXT_X = SAMPLE_X + SAMPLE_WIDTH + 8;

function legendRow(row: SvgLegendRow, y: number): string {
  const middle = y + LEGEND_ROW / 2;
  const color = xmlAttribute(safeColor(row.color));
  const text = (x: number, bold = false) =>
    `<text x="${x}" y="${num(middle + 4)}"${bold ? ' font-weight="600"' : ''}>${xmlText(row.label)}</text>`;
  if (row.heading) return `    <g class="legend-heading">${text(SAMPLE_X, true)}</g>`;
  let sample: string;
  if (row.line) {
    const width = Number.isFinite(row.line.width) ? Math.max(0, row.line.width) : 2;
    sample =
      `<line x1="${SAMPLE_X + 1}" y1="${num(middle)}" x2="${SAMPLE_X + SAMPLE_WIDTH - 1}" y2="${num(middle)}" ` +
      `stroke="${color}" stroke-width="${num(width)}"${dashAttributes(row.line.dash, row.line.cap)}/>`;
  } else if (row.shape === 'diamond') {
    sample = `<path d="${diamond(SAMPLE_X + 7, middle, 6)}" fill="${color}" stroke="#555555" stroke-width="1"/>`;
  } else if (row.shape === 'circle') {
    sample = `<circle cx="${SAMPLE_X + 7}" cy="${num(middle)}" r="6" fill="${color}"/>`;
  } else {
    sample = `<rect x="${SAMPLE_X + 1}" y="${num(middle - 6)}" width="12" height="12" rx="2" fill="${color}"/>`;
  }
  return `    <g class="legend-row">${sample}${text(TEXT_X)}</g>`;
}

function legendElements(legend: SvgScene['legend'], bottom: number): string[] {
  if (!legend || legend.length === 0) return [];
  const top = bottom - 12 - legend.length * LEGEND_ROW;
  return [
    '  <g class="legend" font-size="12" fill="#333333">',
    ...legend.map((row, i) => legendRow(row, top + i * LEGEND_ROW)),
    '  </g>',
  ];
}

/**
 * The scene as a standalone SVG document (viewBox = width × height). Edges are drawn first, then nodes, then
 * labels as <text> (where the scene placed them, else right of the node), then the title and the legend. Every label goes through XML
 * escaping, every colour through safeColor, every number through a finite check: no text can become markup.
 */
export function toSvg(scene: SvgScene): string {
  const width = Number.isFinite(scene.width) && scene.width > 0 ? scene.width : 800;
  const height = Number.isFinite(scene.height) && scene.height > 0 ? scene.height : 600;
  const byId = new Map(scene.nodes.map((node) => [node.id, node]));
  const title = scene.title ?? 'Alliance Atlas';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" ` +
      `viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${xmlAttribute(title)}" ` +
      `font-family="${xmlAttribute(FONT)}">`,
    `  <title>${xmlText(title)}</title>`,
    `  <rect width="100%" height="100%" fill="#ffffff"/>`,
    '  <g class="edges" fill="none">',
  ];
  for (const edge of scene.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    out.push(
      `    <line x1="${num(source.x)}" y1="${num(source.y)}" x2="${num(target.x)}" y2="${num(target.y)}" ` +
        `stroke="${xmlAttribute(safeColor(edge.color))}" stroke-width="${num(Math.max(0, edge.width))}"` +
        `${dashAttributes(edge.dash, edge.cap)}/>`,
    );
  }
  out.push('  </g>', '  <g class="nodes" stroke="#ffffff" stroke-width="1">');
  for (const node of scene.nodes) {
    const fill = xmlAttribute(safeColor(node.color));
    const title = `<title>${xmlText(node.label)}</title>`;
    const r = Math.max(0, node.r);
    out.push(
      node.shape === 'diamond'
        ? `    <path d="${diamond(node.x, node.y, r)}" fill="${fill}" stroke="#555555">${title}</path>`
        : `    <circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(r)}" fill="${fill}">${title}</circle>`,
    );
  }
  const leaders = scene.nodes.flatMap((node) => (node.label !== '' && node.leader ? [node.leader] : []));
  if (leaders.length > 0) {
    out.push('  </g>', `  <g class="leaders" stroke="${LEADER_STROKE}" stroke-width="1">`);
    for (const line of leaders) {
      out.push(`    <line x1="${num(line.x1)}" y1="${num(line.y1)}" x2="${num(line.x2)}" y2="${num(line.y2)}"/>`);
    }
  }
  out.push(
    '  </g>',
    '  <g class="labels" font-size="11" fill="#222222" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">',
  );
  for (const node of scene.nodes) {
    if (node.label === '') continue;
    const at = node.labelAt ?? { x: node.x + Math.max(0, node.r) + 3, y: node.y + 4, anchor: 'start' };
    const anchor = at.anchor === 'start' ? '' : ` text-anchor="${at.anchor}"`;
    out.push(`    <text x="${num(at.x)}" y="${num(at.y)}"${anchor}>${xmlText(node.labelText ?? node.label)}</text>`);
  }
  out.push('  </g>');
  if (scene.title !== undefined) {
    out.push(`  <text x="12" y="24" font-size="18" font-weight="600" fill="#111111">${xmlText(scene.title)}</text>`);
  }
  const creditTop = scene.credit === undefined ? height : height - CREDIT_BAND;
  out.push(...legendElements(scene.legend, creditTop));
  if (scene.credit !== undefined) {
    out.push(`  <text x="12" y="${num(height - 8)}" font-size="11" fill="#4a4f57">${xmlText(scene.credit)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
