// The actor graph flattened for the file exports (GEXF, GraphML): nodes with attributes and metrics, edges with weights.
import { colorRgba, type Rgba } from '../color';
import { HUB_PREFIX, actorIdOf, isHubKey, type ActorGraph } from '../graph';
import { listText } from './list-text';
import { uniqueXmlIds } from './xml';

/** Per-node numbers to export: any object per node key; its own number (or null) properties become attributes. */
export type NodeMetrics = ReadonlyMap<string, object>;

/**
 * The id a node is known by outside the graph: the actor id (graphology keys of ids such as `__proto__` are
 * escaped, see graph.ts), or `agreement:ID` for a hub node. Metrics and positions are looked up by this id
 * first and by the raw graph key second.
 */
export const exportId = (key: string): string =>
  isHubKey(key) ? `agreement:${key.slice(HUB_PREFIX.length)}` : actorIdOf(key);

function lookup<T>(map: ReadonlyMap<string, T> | undefined, key: string): T | undefined {
  return map?.get(isHubKey(key) ? key : actorIdOf(key)) ?? map?.get(key);
}

export interface Position {
  x: number;
  y: number;
}

export interface GraphExportOptions {
  /** Metrics per node key, e.g. the analysis results; non-number properties (id, label, …) are skipped. */
  metrics?: NodeMetrics;
  /** Layout positions per node key; a node without one falls back to its dataset `x`/`y`, then to none. */
  positions?: ReadonlyMap<string, Position>;
  /** Title written into the file's metadata. */
  title?: string;
  /** The app's node colours (its current encoding) per node key; written as GEXF `viz:color`, GraphML `color`. */
  colors?: ReadonlyMap<string, string>;
  /** The app's node sizes (diameter in pixels) per node key; written as GEXF `viz:size`, GraphML `size`. */
  sizes?: ReadonlyMap<string, number>;
}

/** Metrics that count things, written as integers; every other metric is a double. */
const INTEGER_METRICS = new Set(['degree', 'community', 'crossBorderPartners', 'actors', 'agreements']);

export interface MetricColumn {
  /**
   * Attribute id in the file: the metric's name (`betweenness`) when it is a plain name no fixed attribute
   * uses, since graphology's GEXF reader names attributes by id; otherwise `m0`, `m1`, ….
   */
  id: string;
  name: string;
  type: 'integer' | 'double';
}

export interface ExportNode {
  id: string;
  label: string;
  nodeType: 'actor' | 'agreement';
  kind: string;
  country: string;
  sectors: string[];
  position: Position | null;
  metrics: Map<string, number>;
  /** The drawn colour (only hex or rgb(), through the shared colour check), or null. */
  color: Rgba | null;
  /** The drawn size, or null. */
  size: number | null;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  agreements: string[];
}

export interface ExportTable {
  nodes: ExportNode[];
  edges: ExportEdge[];
  metricColumns: MetricColumn[];
}

const finitePosition = (p: Partial<Position> | undefined): Position | null =>
  p && typeof p.x === 'number' && typeof p.y === 'number' && Number.isFinite(p.x) && Number.isFinite(p.y)
    ? { x: p.x, y: p.y }
    : null;

const finiteSize = (size: number | undefined): number | null =>
  typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : null;

/** A colour as GraphML's `color` text: `#rrggbb`, the form Gephi and Cytoscape desktop read. */
export const hexOf = ({ r, g, b }: Rgba): string =>
  `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;

/**
 * Ids the GEXF and GraphML writers give their own attributes and keys (GraphML keys of nodes and edges share
 * one id space), so no metric takes one of them.
 */
const FIXED_ATTRIBUTE_IDS = [
  'label',
  'nodeType',
  'kind',
  'country',
  'sectors',
  'x',
  'y',
  'color',
  'size',
  'weight',
  'agreements',
  'agreementCount',
];
/** A metric name that can be an attribute id as it is: a letter, then letters, digits, `_` or `-`. */
const PLAIN_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function metricColumns(graph: ActorGraph, metrics: NodeMetrics | undefined): MetricColumn[] {
  const names: string[] = [];
  const seen = new Set<string>();
  if (metrics) {
    for (const key of graph.nodes()) {
      const record = lookup(metrics, key);
      if (!record) continue;
      for (const [name, value] of Object.entries(record)) {
        if ((typeof value === 'number' || value === null) && !seen.has(name)) {
          seen.add(name);
          names.push(name);
        }
      }
    }
  }
  const taken = new Set(FIXED_ATTRIBUTE_IDS);
  return names.map((name, i) => {
    let id = PLAIN_ID.test(name) && !taken.has(name) ? name : `m${i}`;
    for (let n = 2; taken.has(id); n++) id = `m${i}_${n}`;
    taken.add(id);
    return { id, name, type: INTEGER_METRICS.has(name) ? 'integer' : 'double' };
  });
}

/** Flattens the graph: XML-safe unique ids (hub nodes become `agreement:ID`), positions and metrics resolved. */
export function exportTable(graph: ActorGraph, options: GraphExportOptions = {}): ExportTable {
  const keys = graph.nodes();
  const ids = uniqueXmlIds(keys, exportId);
  const columns = metricColumns(graph, options.metrics);
  const nodes = keys.map((key): ExportNode => {
    const attributes = graph.getNodeAttributes(key);
    const actor = attributes.nodeType === 'actor' ? attributes : null;
    const values = new Map<string, number>();
    const record = lookup(options.metrics, key);
    if (record) {
      const own = new Map<string, unknown>(Object.entries(record));
      for (const column of columns) {
        const value = own.get(column.name);
        if (typeof value === 'number' && Number.isFinite(value)) values.set(column.id, value);
      }
    }
    return {
      id: ids.get(key) ?? key,
      label: attributes.label,
      nodeType: attributes.nodeType,
      kind: actor ? actor.kind : attributes.nodeType === 'agreement' ? attributes.agreementKind : '',
      country: actor?.country ?? '',
      sectors: actor?.sectors ?? [],
      position: finitePosition(lookup(options.positions, key)) ?? (actor ? finitePosition(actor) : null),
      metrics: values,
      color: colorRgba(lookup(options.colors, key) ?? ''),
      size: finiteSize(lookup(options.sizes, key)),
    };
  });
  const edges = graph.mapEdges((_edge, attributes, source, target, _sa, _ta, _undirected): ExportEdge => ({
    id: '',
    source: ids.get(source) ?? source,
    target: ids.get(target) ?? target,
    weight: attributes.weight,
    agreements: attributes.agreements,
  }));
  edges.forEach((edge, i) => (edge.id = `e${i}`));
  return { nodes, edges, metricColumns: columns };
}

/** How a list of ids is written into one GEXF or GraphML attribute: `a|b`, or a JSON array when that is ambiguous. */
export const joinList = (items: readonly string[]): string => listText(items, '|');
