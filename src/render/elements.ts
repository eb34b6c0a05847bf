// Turns the filtered actor graph and its encoding into plain cytoscape element data (no cytoscape import here).
import { safeColor } from '../model/color';
import { actorIdOf, type ActorGraph, type EdgeAttributes } from '../model/graph';
import type { AgreementKind } from '../model/types';
import type { MapKind } from './core-fit';
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
  /**
   * What the symbol stands for (a country's actors): a map of such symbols is fitted to where most of it is when the
   * frame is too small for the whole (core-fit.ts).
   */
  weight?: number;
  /**
   * A shorter label drawn where the full one has no room (a country's code and count, "NL (5)"; label-placement.ts
   * LabelCandidate.shortWidth). Absent: the node is named in full or not at all.
   */
  shortLabel?: string;
  /** The label may hang further out on a leader line where no side has room (a country of the country view). */
  calloutLabel?: boolean;
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
  /**
   * The nodes are a map of actors or of countries, so a frame too small for all of them is fitted to where most of
   * them are (core-fit.ts); absent for the other layouts, always fitted whole.
   */
  map?: MapKind;
}

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
  return { look, legend: () => ({ lineKinds: legendLineKinds(seenKinds), illustrativeTies }) };
}

/** The kinds of line drawn, in the legend's order (LINE_ENCODINGS'). */
export function legendLineKinds(seen: ReadonlySet<AgreementKind | 'mixed'>): Array<AgreementKind | 'mixed'> {
  return (Object.keys(LINE_ENCODINGS) as Array<AgreementKind | 'mixed'>).filter((kind) => seen.has(kind));
}
