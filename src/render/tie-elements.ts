// Cytoscape elements from typed-array ties (model/ties.ts): the per-filter builder, without a graphology graph.
import { safeColor } from '../model/color';
import { actorIdOf } from '../model/graph';
import type { FilteredDataset } from '../model/filter';
import type { FilteredTies } from '../model/ties';
import type { AgreementKind } from '../model/types';
import {
  edgeId,
  EDGE_WIDTH_RANGE,
  ILLUSTRATIVE_LINE_COLOR,
  legendLineKinds,
  sqrtScale,
  type EdgeData,
  type EdgeElement,
  type GraphElements,
  type NodeElement,
} from './elements';
import { HUB_COLOR, LINE_ENCODINGS, type Encoding } from './encoding';

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
  // The edges do not depend on the encoding: a colour, size or metrics change (the analysis arriving after every
  // filter) keeps the very same edges array, so nothing downstream (level of detail, edge layer) redoes them.
  let made = madeFor(ties, agreementKind, illustrative);
  if (made === undefined) {
    // The rest of what a preparation started, else all of them now.
    const builder =
      builderFor(startedBuilders.get(ties), agreementKind, illustrative) ??
      tieEdgeBuilder(ties, agreementKind, illustrative);
    builder.buildTo(ties.weight.length);
    made = storeBuilt(builder);
  }
  return { nodes, edges: made.edges, ...made.legend };
}

/** Edge elements made from one ties object, with the kind and evidence lookups they were made with. */
interface MadeEdges {
  agreementKind: ReadonlyMap<string, AgreementKind>;
  illustrative: ReadonlySet<string>;
  edges: EdgeElement[];
  legend: Pick<GraphElements, 'lineKinds' | 'illustrativeTies'>;
}
/** The edge elements made from each ties object. */
const edgesByTies = new WeakMap<FilteredTies, MadeEdges>();

/** The edges made from these ties with these kinds and evidence, if they are made. */
function madeFor(
  ties: FilteredTies,
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
): MadeEdges | undefined {
  const made = edgesByTies.get(ties);
  return made?.agreementKind === agreementKind && made.illustrative === illustrative ? made : undefined;
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

/** Edge elements being made from one ties object, in order: resumable across preparation steps. */
interface TieEdgeBuilder {
  readonly ties: FilteredTies;
  readonly agreementKind: ReadonlyMap<string, AgreementKind>;
  readonly illustrative: ReadonlySet<string>;
  readonly names: string[];
  /** Builds the edges up to `to` (from where the last call stopped); true once all are built. */
  buildTo(to: number): boolean;
  /** The edges and legend once all are built. */
  result(): { edges: EdgeElement[]; legend: Pick<GraphElements, 'lineKinds' | 'illustrativeTies'> };
}

/**
 * The edge elements of typed-array ties: what tieElements and lineLooks give for them (same objects, keys in the
 * same order), read from the ties' agreement indexes with each agreement's kind and evidence coded once per
 * dataset, instead of a list of agreement ids, a Set of kinds and a spread look object per tie (~68,000 per filter).
 * Built in order and resumable, so a large filter's preparation can make them over several tasks (prepareTieEdges).
 */
function tieEdgeBuilder(
  ties: FilteredTies,
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
): TieEdgeBuilder {
  const names = ties.keys.map(actorIdOf);
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
  let next = 0;
  return {
    ties,
    agreementKind,
    illustrative,
    names,
    buildTo(to) {
      const end = Math.min(to, weight.length);
      for (let e = next; e < end; e++) {
        // lineKind: the one kind of the tie's agreements of known kind, else 'mixed' (several, or none).
        let kind = -1;
        let mixed = false;
        let allIllustrative = true;
        const first = agreementStart[e] as number;
        const last = agreementStart[e + 1] as number;
        for (let i = first; i < last; i++) {
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
        const onlyIllustrative = anyIllustrative && last > first && allIllustrative;
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
      next = Math.max(next, end);
      return next >= weight.length;
    },
    result() {
      return { edges, legend: { lineKinds: legendLineKinds(seenKinds), illustrativeTies } };
    },
  };
}

/** A builder whose ties, kinds and evidence are these (a preparation's, possibly not finished). */
const builderFor = (
  builder: TieEdgeBuilder | undefined,
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
): TieEdgeBuilder | undefined =>
  builder?.agreementKind === agreementKind && builder.illustrative === illustrative ? builder : undefined;

/** Edge builders a preparation started, by ties: buildTieElements finishes one rather than starting again. */
const startedBuilders = new WeakMap<FilteredTies, TieEdgeBuilder>();

/** Stores a finished builder's edges as buildTieElements's own, with the ends the level of detail reads. */
function storeBuilt(builder: TieEdgeBuilder): MadeEdges {
  const { edges, legend } = builder.result();
  const { ties } = builder;
  // The ids the edges name their ends by (tieElements' idOf), every edge id their edgeId.
  builtEnds.set(edges, { names: builder.names, source: ties.source, target: ties.target, weight: ties.weight });
  const made = { agreementKind: builder.agreementKind, illustrative: builder.illustrative, edges, legend };
  edgesByTies.set(ties, made);
  startedBuilders.delete(ties);
  return made;
}

/**
 * Builds part `part` of `parts` of the ties' edge elements, in order, for buildTieElements to find made: a
 * preparation step per part. At 5,000 actors all ~50,000–68,000 were one step of 60–230 ms (the longest of a year
 * click's tasks in profiles, docs/performance.md); a part is an eighth of it. Does nothing once they are made.
 */
export function prepareTieEdges(
  ties: FilteredTies,
  agreementKind: ReadonlyMap<string, AgreementKind>,
  illustrative: ReadonlySet<string>,
  part: number,
  parts: number,
): void {
  if (madeFor(ties, agreementKind, illustrative) !== undefined) return;
  let builder = builderFor(startedBuilders.get(ties), agreementKind, illustrative);
  if (builder === undefined) {
    builder = tieEdgeBuilder(ties, agreementKind, illustrative);
    startedBuilders.set(ties, builder);
  }
  if (builder.buildTo(Math.ceil((ties.weight.length * (part + 1)) / parts))) storeBuilt(builder);
}
