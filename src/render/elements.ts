// Turns the filtered actor graph and its encoding into plain cytoscape element data (no cytoscape import here).
import { safeColor } from '../model/color';
import { actorIdOf, type ActorGraph, type EdgeAttributes } from '../model/graph';
import type { FilteredDataset } from '../model/filter';
import type { FilteredTies } from '../model/ties';
import type { AgreementKind } from '../model/types';
import { HUB_COLOR, LINE_ENCODINGS, lineKind, type Encoding } from './encoding';

export interface NodeData {
  id: string;
  label: string;
  type: 'actor' | 'hub';
  color: string;
  size: number;
  /**
   * The least zoom at which the node grows with the map: zoomed out further, it keeps the size it has there on
   * screen (the country view's proportional symbols, which at a whole-world fit would be specks).
   */
  minScale?: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  weight: number;
  width: number;
  lineStyle: string;
  lineColor: string;
  lineKind: AgreementKind | 'mixed';
  /** Every agreement behind the tie is illustrative (docs/format.md `evidence`): drawn pale, in the legend. */
  illustrative?: boolean;
}

export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  /** A saved position (the actors' `x`/`y`); nodes without one are placed by the layout. */
  position?: { x: number; y: number };
}
export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
}

export interface GraphElements {
  nodes: NodeElement[];
  edges: EdgeElement[];
  /** Kinds of line that appear, for the legend. */
  lineKinds: Array<AgreementKind | 'mixed'>;
  /** How many drawn ties rest on illustrative agreements only (0 or absent: none). */
  illustrativeTies?: number;
}

/**
 * The ends of edges built from typed-array ties: node ids, each edge's ends as indexes into them, and its weight.
 * Kept beside the edges array (never copied into the elements) for the level of detail, which then ranks the
 * ties without reading 68,000 element objects (render/lod.ts).
 */
export interface EdgeEnds {
  names: readonly string[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}
const builtEnds = new WeakMap<readonly EdgeElement[], EdgeEnds>();
/** What buildTieElements made the edges array from, if it made it (a copied or remade array has none). */
export const edgeEndsOf = (edges: readonly EdgeElement[]): EdgeEnds | undefined => builtEnds.get(edges);

/** The colour of a tie whose agreements are all illustrative: pale, so documented ties stand out. */
export const ILLUSTRATIVE_LINE_COLOR = '#C9B8A6';

export const EDGE_WIDTH_RANGE: readonly [number, number] = [1.5, 7];

/**
 * Where `value` falls in `[lo, hi]` when the square root grows with it from `min` (→ lo) to `max` (→ hi),
 * to one decimal: the width of a tie (actor and country views alike) and the size of a country node.
 */
export function sqrtScale(value: number, min: number, max: number, [lo, hi]: readonly [number, number]): number {
  const span = max > min ? max - min : 1;
  return Math.round((lo + (hi - lo) * Math.sqrt(Math.max(0, value - min) / span)) * 10) / 10;
}

/** A stable edge id from its two ends (ids may hold any character, so a separator that data never uses). */
export const edgeId = (a: string, b: string): string => (a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`);

/** The part of a graphology graph whose ties become edge elements (the actor and the country graph). */
interface WeightedGraph<A extends { weight: number }> {
  forEachEdge(callback: (edge: string, attributes: A, source: string, target: string) => void): void;
}

/**
 * One edge element per tie of `graph`, the one edge-data code of the actor and country views: a
 * stable id, the ends as `idOf` gives them, the weight, and a width growing with its square root
 * from the lightest tie (or from 0) to the heaviest; `look` gives each line's style and colour.
 */
export function tieElements<A extends { weight: number }>(
  graph: WeightedGraph<A>,
  from: 'lightest' | 'zero',
  range: readonly [number, number],
  idOf: (key: string) => string,
  look: (attributes: A) => Omit<EdgeData, 'id' | 'source' | 'target' | 'weight' | 'width'>,
): EdgeElement[] {
  let minWeight = from === 'zero' ? 0 : Infinity;
  let maxWeight = from === 'zero' ? 0 : -Infinity;
  graph.forEachEdge((_edge, attributes) => {
    if (from === 'lightest') minWeight = Math.min(minWeight, attributes.weight);
    maxWeight = Math.max(maxWeight, attributes.weight);
  });
  const edges: EdgeElement[] = [];
  graph.forEachEdge((_edge, attributes, sourceKey, targetKey) => {
    const source = idOf(sourceKey);
    const target = idOf(targetKey);
    edges.push({
      group: 'edges',
      data: {
        id: edgeId(source, target),
        source,
        target,
        weight: attributes.weight,
        // Width grows with the square root of the summed weight, as node size does with its metric.
        width: sqrtScale(attributes.weight, minWeight, maxWeight, range),
        ...look(attributes),
      },
    });
  });
  return edges;
}

/**
 * Elements for cytoscape. `agreementKind` names the kind of each agreement id on the edges, so each
 * line can show which kind of tie it is.
 */
export function buildElements(
  graph: ActorGraph,
  encoding: Encoding,
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string> = new Set(),
): GraphElements {
  const nodes: NodeElement[] = [];
  graph.forEachNode((key, attributes) => {
    const hub = attributes.nodeType === 'agreement';
    // Elements carry actor ids, not the graph's escaped keys, so callbacks hand back real ids.
    const id = hub ? key : actorIdOf(key);
    const node: NodeElement = {
      group: 'nodes',
      data: {
        id,
        label: attributes.label,
        type: hub ? 'hub' : 'actor',
        // Checked again where it becomes a cytoscape style: an encoding built elsewhere must not carry a `url(…)`.
        color: hub ? HUB_COLOR : safeColor(encoding.color.get(id), HUB_COLOR),
        size: hub ? 12 : (encoding.size.get(id) ?? 14),
      },
    };
    if (!hub && typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      node.position = { x: attributes.x, y: attributes.y };
    }
    nodes.push(node);
  });

  const lines = lineLooks(agreementKind, illustrative);
  const edges = tieElements<EdgeAttributes>(graph, 'lightest', EDGE_WIDTH_RANGE, actorIdOf, (attributes) =>
    lines.look(attributes.agreements),
  );
  return { nodes, edges, ...lines.legend() };
}

/** Each tie's line (kind, illustrative or not) from its agreement ids, and what the legend must list. */
function lineLooks(
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
): {
  look: (agreements: readonly string[]) => Omit<EdgeData, 'id' | 'source' | 'target' | 'weight' | 'width'>;
  legend: () => Pick<GraphElements, 'lineKinds' | 'illustrativeTies'>;
} {
  const seenKinds = new Set<AgreementKind | 'mixed'>();
  let illustrativeTies = 0;
  const look = (agreements: readonly string[]): Omit<EdgeData, 'id' | 'source' | 'target' | 'weight' | 'width'> => {
    const kinds: AgreementKind[] = [];
    for (const agreement of agreements) {
      const kind = agreementKind.get(agreement);
      if (kind !== undefined) kinds.push(kind);
    }
    const kind = lineKind(kinds);
    seenKinds.add(kind);
    const line = LINE_ENCODINGS[kind];
    const onlyIllustrative =
      illustrative.size > 0 && agreements.length > 0 && agreements.every((id) => illustrative.has(id));
    if (onlyIllustrative) illustrativeTies++;
    return {
      lineStyle: line.style,
      lineColor: onlyIllustrative ? ILLUSTRATIVE_LINE_COLOR : line.color,
      lineKind: kind,
      ...(onlyIllustrative ? { illustrative: true } : {}),
    };
  };
  const order = Object.keys(LINE_ENCODINGS) as Array<AgreementKind | 'mixed'>;
  return { look, legend: () => ({ lineKinds: order.filter((kind) => seenKinds.has(kind)), illustrativeTies }) };
}

/**
 * buildElements without the graphology graph: the same elements, node for node and edge for edge, from the
 * filtered ties (model/ties.ts) and the filtered actors they index, so a filter change builds no graph.
 */
export function buildTieElements(
  ties: FilteredTies,
  filtered: Pick<FilteredDataset, 'actors'>,
  encoding: Encoding,
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string> = new Set(),
): GraphElements {
  const nodes: NodeElement[] = filtered.actors.map((actor, index) => {
    // As buildElements: the id read back from the node key, escaped ids included.
    const id = actorIdOf(ties.keys[index] as string);
    const node: NodeElement = {
      group: 'nodes',
      data: {
        id,
        label: actor.label,
        type: 'actor',
        color: safeColor(encoding.color.get(id), HUB_COLOR),
        size: encoding.size.get(id) ?? 14,
      },
    };
    if (typeof actor.x === 'number' && typeof actor.y === 'number') node.position = { x: actor.x, y: actor.y };
    return node;
  });
  ties.hubs.forEach((agreement, h) => {
    const id = ties.keys[ties.actors + h] as string;
    nodes.push({
      group: 'nodes',
      data: { id, label: agreement.label ?? agreement.id, type: 'hub', color: HUB_COLOR, size: 12 },
    });
  });
  const names = ties.keys.map(actorIdOf);
  const { edges, legend } = tieEdges(ties, names, agreementKind, illustrative);
  // The ids the edges name their ends by (tieElements' idOf), every edge id their edgeId.
  builtEnds.set(edges, { names, source: ties.source, target: ties.target, weight: ties.weight });
  return { nodes, edges, ...legend };
}

/** Each agreement's kind as a number (an index into `kinds`, -1 where unknown) and whether it is illustrative. */
interface AgreementCodes {
  kinds: AgreementKind[];
  kind: Int16Array;
  illustrative: Uint8Array;
}
let lastCodes: {
  ids: readonly string[];
  map: ReadonlyMap<string, AgreementKind>;
  set: ReadonlySet<string>;
  codes: AgreementCodes;
} | null = null;
function agreementCodes(
  ids: readonly string[],
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
): AgreementCodes {
  if (lastCodes?.ids === ids && lastCodes.map === agreementKind && lastCodes.set === illustrative)
    return lastCodes.codes;
  const kinds: AgreementKind[] = [];
  const kind = new Int16Array(ids.length);
  const flags = new Uint8Array(ids.length);
  ids.forEach((id, k) => {
    const value = agreementKind.get(id);
    let code = value === undefined ? -1 : kinds.indexOf(value);
    if (value !== undefined && code < 0) code = kinds.push(value) - 1;
    kind[k] = code;
    flags[k] = illustrative.has(id) ? 1 : 0;
  });
  const codes = { kinds, kind, illustrative: flags };
  lastCodes = { ids, map: agreementKind, set: illustrative, codes };
  return codes;
}

/**
 * The edge elements of typed-array ties: what tieElements and lineLooks give for them (same objects, keys in the
 * same order), read from the ties' agreement indexes with each agreement's kind and evidence coded once per
 * dataset, instead of a list of agreement ids, a Set of kinds and a spread look object per tie (~68,000 per filter).
 */
function tieEdges(
  ties: FilteredTies,
  names: readonly string[],
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
): { edges: EdgeElement[]; legend: Pick<GraphElements, 'lineKinds' | 'illustrativeTies'> } {
  const codes = agreementCodes(ties.agreementIds, agreementKind, illustrative);
  const { weight, source, target, agreementStart, agreements } = ties;
  let minWeight = Infinity;
  let maxWeight = -Infinity;
  for (let e = 0; e < weight.length; e++) {
    minWeight = Math.min(minWeight, weight[e] as number);
    maxWeight = Math.max(maxWeight, weight[e] as number);
  }
  const seenKinds = new Set<AgreementKind | 'mixed'>();
  let illustrativeTies = 0;
  const anyIllustrative = illustrative.size > 0;
  const edges: EdgeElement[] = new Array<EdgeElement>(weight.length);
  for (let e = 0; e < weight.length; e++) {
    // lineKind: the one kind of the tie's agreements of known kind, else 'mixed' (several, or none).
    let kind = -1;
    let mixed = false;
    let allIllustrative = true;
    const start = agreementStart[e] as number;
    const end = agreementStart[e + 1] as number;
    for (let i = start; i < end; i++) {
      const k = agreements[i] as number;
      const code = codes.kind[k] as number;
      if (code >= 0) {
        if (kind < 0) kind = code;
        else if (code !== kind) mixed = true;
      }
      if (codes.illustrative[k] === 0) allIllustrative = false;
    }
    const lineKind: AgreementKind | 'mixed' = kind < 0 || mixed ? 'mixed' : (codes.kinds[kind] as AgreementKind);
    seenKinds.add(lineKind);
    const line = LINE_ENCODINGS[lineKind];
    const onlyIllustrative = anyIllustrative && end > start && allIllustrative;
    const sourceId = names[source[e] as number] as string;
    const targetId = names[target[e] as number] as string;
    const data: EdgeData = {
      id: edgeId(sourceId, targetId),
      source: sourceId,
      target: targetId,
      weight: weight[e] as number,
      width: sqrtScale(weight[e] as number, minWeight, maxWeight, EDGE_WIDTH_RANGE),
      lineStyle: line.style,
      lineColor: onlyIllustrative ? ILLUSTRATIVE_LINE_COLOR : line.color,
      lineKind,
    };
    if (onlyIllustrative) {
      data.illustrative = true;
      illustrativeTies++;
    }
    edges[e] = { group: 'edges', data };
  }
  const order = Object.keys(LINE_ENCODINGS) as Array<AgreementKind | 'mixed'>;
  return { edges, legend: { lineKinds: order.filter((kind) => seenKinds.has(kind)), illustrativeTies } };
}
