// The drawn graph as plain data (positions, radii, colours, labels, legend) for the SVG and PNG exports.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import {
  CREDIT_BAND,
  LEGEND_ROW,
  type SvgEdge,
  type SvgLegendRow,
  type SvgNode,
  type SvgScene,
  type SvgStroke,
} from '../model/exports/svg';
import type { Position } from '../model/exports/graph-table';
import { safeColor } from '../model/color';
import { edgeLayerOf } from './edge-layer';
import {
  HUB_COLOR,
  LEGEND_LINE_WIDTH,
  LINE_ENCODINGS,
  LINE_PATTERNS,
  OTHER_COLOR,
  patternOf,
  WHAT_IF_LINE,
  type Encoding,
  type LineStyle,
} from './encoding';
import { ILLUSTRATIVE_LINE_COLOR, type GraphElements } from './elements';
import { labelAlign, placeLabels } from './label-placement';
import { textWidthAt100 } from './label-text';
import { isBoxId } from './layouts/boxes';
import { HIDDEN, shownEdges } from './visibility';
import { threeFigures } from '../model/number-text';

/** One row of an export's legend: a line sample stroked as the canvas strokes it, or a node in its shape. */
export interface LegendItem {
  label: string;
  color: string;
  line?: SvgStroke;
  shape?: 'circle' | 'diamond';
}

/** One group of the legend as drawn into an export: a heading and its rows. */
export interface LegendGroup {
  title: string;
  items: LegendItem[];
}

/** What the legend shows besides the encoding, as the on-screen legend does (view/Legend.tsx). */
export interface LegendExtras {
  /** Drawn ties that rest on illustrative agreements only: a pale line row. */
  illustrativeTies?: number;
  /** What-if agreements drawn: a wide dashed purple line row. */
  whatIfs?: number;
  /** Whether agreement hubs (diamonds) are drawn: node shape rows. */
  hubs?: boolean;
}

/** The stroke of a line style in the legends: the canvas's dash pattern and cap (LINE_PATTERNS) at `width`. */
export const strokeOf = (style: LineStyle, width = LEGEND_LINE_WIDTH): SvgStroke => ({
  width,
  dash: [...LINE_PATTERNS[style].dash],
  cap: LINE_PATTERNS[style].cap,
});

/**
 * The legend of the graph view (colour, size, node shapes, what-if, line kinds, evidence) as plain groups, the
 * same words and the same samples as the Legend panel: each line kind in its colour, dash pattern and cap.
 */
export function legendGroups(
  encoding: Encoding,
  lineKinds: GraphElements['lineKinds'],
  extras: LegendExtras = {},
): LegendGroup[] {
  const color = encoding.colorLegend;
  const groups: LegendGroup[] = [];
  if (color.type === 'category') {
    groups.push({
      title: `Colour: ${color.title}`,
      items: color.entries.map((entry) => ({
        label: `${entry.label} (${entry.count})`,
        color: safeColor(entry.color),
        shape: 'circle',
      })),
    });
  } else {
    const last = color.stops.length - 1;
    groups.push({
      title: `Colour: ${color.title}`,
      items: [
        { label: `${threeFigures(color.min)} (lowest)`, color: color.stops[0] ?? '#440154', shape: 'circle' },
        { label: `${threeFigures(color.max)} (highest)`, color: color.stops[last] ?? '#fde725', shape: 'circle' },
      ],
    });
  }
  const size = encoding.sizeLegend;
  groups.push({
    title: `Size: ${size.title}`,
    items: [
      {
        label: `${threeFigures(size.min)} (small) to ${threeFigures(size.max)} (large)`,
        color: '#9aa4b0',
        shape: 'circle',
      },
    ],
  });
  if (extras.hubs) {
    groups.push({
      title: 'Shape',
      items: [
        { label: 'Actor', color: OTHER_COLOR, shape: 'circle' },
        { label: 'Agreement (hub)', color: HUB_COLOR, shape: 'diamond' },
      ],
    });
  }
  if ((extras.whatIfs ?? 0) > 0) {
    groups.push({
      title: 'What-if agreements',
      items: [
        {
          label: `What-if (${extras.whatIfs}): wide, dashed, purple; not in the data`,
          color: WHAT_IF_LINE.color,
          line: strokeOf(WHAT_IF_LINE.style, WHAT_IF_LINE.width),
        },
      ],
    });
  }
  if (lineKinds.length > 0) {
    groups.push({
      title: 'Lines: kind of agreement',
      items: lineKinds.map((kind) => ({
        label: LINE_ENCODINGS[kind].label,
        color: LINE_ENCODINGS[kind].color,
        line: strokeOf(LINE_ENCODINGS[kind].style),
      })),
    });
  }
  if ((extras.illustrativeTies ?? 0) > 0) {
    groups.push({
      title: 'Evidence',
      items: [
        {
          label: `Illustrative only (${extras.illustrativeTies}): pale; not documented by a source`,
          color: ILLUSTRATIVE_LINE_COLOR,
          line: strokeOf('solid'),
        },
      ],
    });
  }
  return groups;
}

/** The legend flattened to rows for toSvg: each group's heading, then its rows. */
export const svgLegend = (groups: readonly LegendGroup[]): SvgLegendRow[] =>
  groups.flatMap((group) => [{ label: group.title, color: '#111111', heading: true }, ...group.items]);

/** Graph nodes (actors, agreement hubs, countries): everything except the grouped layout's boxes. */
const graphNodes = (cy: Core): NodeCollection =>
  cy.nodes().filter((node) => !isBoxId(node.id()) && !node.hasClass(HIDDEN));

/** Model positions of the drawn nodes by id, for the file exports' `x`/`y`. */
export function nodePositions(cy: Core): Map<string, Position> {
  const positions = new Map<string, Position>();
  graphNodes(cy).forEach((node) => void positions.set(node.id(), { ...node.position() }));
  return positions;
}

const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const textOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** The exports' label size (svg.ts draws labels at 11 units with a 3-unit halo). */
const EXPORT_LABEL_PX = 11;

/**
 * Labels for an export, placed as on the canvas (render/labels.ts) but over the whole drawing: the
 * selected actor first, then by size; a label that would cover another label or node is left out.
 */
function exportLabels(
  nodes: readonly SvgNode[],
  selected: ReadonlySet<string>,
  shortLabels: ReadonlyMap<string, string>,
  callouts: ReadonlySet<string>,
): Map<string, { at: NonNullable<SvgNode['labelAt']>; short: boolean; leader?: SvgNode['leader'] }> {
  const height = EXPORT_LABEL_PX * 1.25 + 3;
  const widthOf = (text: string): number => (textWidthAt100(text) * EXPORT_LABEL_PX) / 100 + 4;
  const candidates = nodes
    .filter((node) => node.label !== '')
    .map((node) => {
      const short = shortLabels.get(node.id);
      return {
        ...node,
        width: widthOf(node.label),
        height,
        forced: selected.has(node.id),
        ...(short !== undefined ? { shortWidth: widthOf(short) } : {}),
        ...(callouts.has(node.id) ? { callout: true } : {}),
      };
    })
    .sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed = placeLabels(candidates, nodes, { gap: 2 });
  return new Map(
    placed.map(({ id, side, box, short, leader }) => {
      const anchor = labelAlign(side);
      const x = anchor === 'start' ? box.x + 2 : anchor === 'end' ? box.x + box.width - 2 : box.x + box.width / 2;
      const at = { x, y: box.y + box.height * 0.75, anchor };
      return [id, { at, short: short === true, ...(leader !== undefined ? { leader } : {}) }];
    }),
  );
}

export interface SceneOptions {
  title?: string;
  /** The credit line at the bottom (SvgScene.credit). */
  credit?: string;
  legend?: readonly LegendGroup[];
  /** Space around the drawing, in px. */
  margin?: number;
}

/**
 * The whole graph (not just the part in view) as an SvgScene: positions shifted so the drawing starts at
 * the margin below the title, radii from the node sizes, the edges' colours, widths and dashes, and room
 * at the bottom for the legend rows.
 */
export function sceneFromCy(cy: Core, options: SceneOptions = {}): SvgScene {
  const margin = options.margin ?? 40;
  const top = options.title === undefined ? margin : margin + 30;
  const nodes = graphNodes(cy);
  const box = nodes.boundingBox({ includeLabels: false });
  const empty = nodes.empty() || !Number.isFinite(box.x1);
  const x0 = empty ? 0 : box.x1;
  const y0 = empty ? 0 : box.y1;
  const svgNodes: SvgNode[] = nodes.map((node: NodeSingular) => {
    const p = node.position();
    return {
      id: node.id(),
      label: textOr(node.data('label'), ''),
      x: p.x - x0 + margin,
      y: p.y - y0 + top,
      r: numberOr(node.data('size'), 20) / 2,
      color: textOr(node.data('color'), '#888888'),
      ...(node.data('type') === 'hub' ? { shape: 'diamond' as const } : {}),
    };
  });
  const selected = new Set(nodes.filter((node) => node.hasClass('selected')).map((node) => node.id()));
  const shortLabels = new Map<string, string>();
  const callouts = new Set<string>();
  nodes.forEach((node) => {
    const short: unknown = node.data('shortLabel');
    if (typeof short === 'string') shortLabels.set(node.id(), short);
    if (node.data('calloutLabel') === true) callouts.add(node.id());
  });
  const labels = exportLabels(svgNodes, selected, shortLabels, callouts);
  for (const node of svgNodes) {
    const placed = labels.get(node.id);
    if (placed === undefined) node.label = '';
    else {
      node.labelAt = placed.at;
      const short = placed.short ? shortLabels.get(node.id) : undefined;
      if (short !== undefined) node.labelText = short;
      if (placed.leader !== undefined) node.leader = placed.leader;
    }
  }
  const kept = new Set(svgNodes.map((node) => node.id));
  const edges: SvgEdge[] = [];
  const addEdge = (source: string, target: string, data: Record<string, unknown>): void => {
    if (!kept.has(source) || !kept.has(target)) return;
    // The same pattern the canvas strokes this tie with (LINE_PATTERNS), so dotted stays dotted.
    const pattern = patternOf(data.lineStyle);
    edges.push({
      source,
      target,
      width: numberOr(data.width, 1.5),
      color: textOr(data.lineColor, '#9a9a9a'),
      dash: [...pattern.dash],
      cap: pattern.cap,
    });
  };
  shownEdges(cy).forEach((edge) => addEdge(edge.source().id(), edge.target().id(), edge.data()));
  // Many ties are drawn by the edge layer, not by cytoscape (edge-layer.ts).
  for (const edge of edgeLayerOf(cy)?.shownEdges() ?? []) addEdge(edge.source, edge.target, { ...edge });
  const legend = options.legend ? svgLegend(options.legend) : [];
  const legendHeight = legend.length > 0 ? legend.length * LEGEND_ROW + 24 : 0;
  const drawingWidth = empty ? 400 : box.w;
  const drawingHeight = empty ? 300 : box.h;
  return {
    nodes: svgNodes,
    edges,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.credit !== undefined ? { credit: options.credit } : {}),
    legend,
    // Labels stick out to the right of their nodes; 160 px leaves room for most of them.
    width: Math.ceil(drawingWidth + 2 * margin + 160),
    height: Math.ceil(drawingHeight + top + margin + legendHeight + (options.credit !== undefined ? CREDIT_BAND : 0)),
  };
}
