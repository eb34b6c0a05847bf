// A vector SVG of a drawn graph (nodes, edges, haloed labels, legend) for slides and print; text escaped, never markup.
import { safeColor } from '../color';
import { xmlAttribute, xmlNumber, xmlText } from './xml';

export interface SvgNode {
  id: string;
  label: string;
  x: number;
  y: number;
  r: number;
  color: string;
  /** Where the label's text starts (its baseline) and how it is anchored; without it, right of the node. */
  labelAt?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface SvgEdge {
  source: string;
  target: string;
  width: number;
  color: string;
  dash?: boolean;
}

export interface SvgScene {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  title?: string;
  legend?: readonly { label: string; color: string }[];
  /** One line at the bottom: where the picture comes from (app, dataset, date, link); `height` leaves room for it. */
  credit?: string;
  width: number;
  height: number;
}

/** Height of the credit line's band at the bottom of an SVG. */
export const CREDIT_BAND = 24;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const num = (value: number): string => xmlNumber(Math.round(value * 100) / 100);

function legendElements(legend: SvgScene['legend'], bottom: number): string[] {
  if (!legend || legend.length === 0) return [];
  const rowHeight = 18;
  const top = bottom - 12 - legend.length * rowHeight;
  return [
    '  <g class="legend" font-size="12">',
    ...legend.flatMap((item, i) => {
      const y = top + i * rowHeight;
      return [
        `    <rect x="12" y="${num(y)}" width="12" height="12" rx="2" fill="${xmlAttribute(safeColor(item.color))}"/>`,
        `    <text x="30" y="${num(y + 10)}">${xmlText(item.label)}</text>`,
      ];
    }),
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
    '  <g class="edges" fill="none" stroke-linecap="round">',
  ];
  for (const edge of scene.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const dash = edge.dash ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `    <line x1="${num(source.x)}" y1="${num(source.y)}" x2="${num(target.x)}" y2="${num(target.y)}" ` +
        `stroke="${xmlAttribute(safeColor(edge.color))}" stroke-width="${num(Math.max(0, edge.width))}"${dash}/>`,
    );
  }
  out.push('  </g>', '  <g class="nodes" stroke="#ffffff" stroke-width="1">');
  for (const node of scene.nodes) {
    out.push(
      `    <circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(Math.max(0, node.r))}" ` +
        `fill="${xmlAttribute(safeColor(node.color))}"><title>${xmlText(node.label)}</title></circle>`,
    );
  }
  out.push(
    '  </g>',
    '  <g class="labels" font-size="11" fill="#222222" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">',
  );
  for (const node of scene.nodes) {
    if (node.label === '') continue;
    const at = node.labelAt ?? { x: node.x + Math.max(0, node.r) + 3, y: node.y + 4, anchor: 'start' };
    const anchor = at.anchor === 'start' ? '' : ` text-anchor="${at.anchor}"`;
    out.push(`    <text x="${num(at.x)}" y="${num(at.y)}"${anchor}>${xmlText(node.label)}</text>`);
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
