// The graph view's derived data (colour and size specs, scales, cytoscape elements), memoised on store identity.
import type { ColorBy, MetricName } from '../embed/view-state';
import { countryName } from '../model/countries';
import { actorIdOf } from '../model/graph';
import type { FilteredDataset } from '../model/filter';
import type { FilteredTies } from '../model/ties';
import type { Actor, ActorKind, Dataset, Projection } from '../model/types';
import type { GraphElements } from '../render/elements';
import { buildTieElements, prepareTieEdges } from '../render/tie-elements';
import { followCommunities, type SlotsByActor } from '../render/community-slots';
import {
  categoryOrder,
  encodeNodes,
  sameEncoding,
  type ColorSpec,
  type Encoding,
  type SizeSpec,
} from '../render/encoding';
import {
  agreementKindsOf,
  illustrativeAgreementsOf,
  countsOf,
  filteredOf,
  filterStepsOf,
  metricValuesOf,
  tieIndexOf,
  tiesOf,
  type Counts,
} from '../state/derived';
import { memoLast, memoRecent } from '../state/memo';
import { addPreparer } from '../state/prepare';
import { useAtlas, type AtlasState, type MetricsState } from '../state/store';
import { ACTOR_KIND_LABELS, COLOR_BY_LABELS, METRIC_LABELS } from './labels';
import { whatIfMarked } from './gaps/compare-scene';

const actorIdsOf = memoRecent((ties: FilteredTies): string[] =>
  ties.keys.slice(0, ties.actors).map((key) => actorIdOf(key)),
);

const CATEGORY_BYS = new Set<ColorBy>(['country', 'sector', 'kind', 'community']);

/** The value of an actor that colours it, for the categories read off actors. */
function actorCategory(actor: Actor, color: 'country' | 'sector' | 'kind'): string | undefined {
  return color === 'country' ? actor.country : color === 'kind' ? actor.kind : actor.sectors?.[0];
}

/**
 * Colour orders over the whole dataset, not the filtered part: Latvia, health or "agency" keep their colour in
 * every filter, view, story step and export of one dataset.
 */
export const categoryOrdersOf = memoLast((dataset: Dataset): Record<'country' | 'sector' | 'kind', string[]> => {
  const of = (color: 'country' | 'sector' | 'kind'): string[] =>
    categoryOrder(dataset.actors.flatMap((actor) => actorCategory(actor, color) ?? []));
  return { country: of('country'), sector: of('sector'), kind: of('kind') };
});

/** The last colouring by community, so the next one can follow it (see followCommunities). */
let lastCommunities: { dataset: Dataset; byActor: SlotsByActor } | null = null;

/** What colours the nodes: a category read off the actors, or a metric from the graph or the analysis. */
export const colorSpecOf = memoLast(
  (
    dataset: Dataset,
    filtered: FilteredDataset,
    ties: FilteredTies,
    color: ColorBy,
    metrics: MetricsState | null,
    graphVersion: number,
    range: readonly [number, number] | null = null,
  ): ColorSpec => {
    const title = COLOR_BY_LABELS[color];
    if (!CATEGORY_BYS.has(color)) {
      const values = metricValuesOf(ties, color as MetricName, metrics, graphVersion);
      return { type: 'metric', title, values, ...(range ? { domain: range } : {}) };
    }
    const values = new Map<string, string>();
    if (color === 'community') {
      const fresh = metrics?.graphVersion === graphVersion ? metrics.byActor : null;
      for (const [id, row] of fresh ?? []) values.set(id, String(row.community));
      const previous = lastCommunities?.dataset === dataset ? lastCommunities.byActor : null;
      const { order, byActor } = followCommunities(values, previous);
      if (values.size > 0) lastCommunities = { dataset, byActor };
      // Named by colour slot, so "Community 3" stays the same colour and name through filters.
      return { type: 'category', title, values, order, label: (value) => `Community ${order.indexOf(value) + 1}` };
    }
    const by = color as 'country' | 'sector' | 'kind';
    for (const actor of filtered.actors) {
      const value = actorCategory(actor, by);
      if (value !== undefined) values.set(actor.id, value);
    }
    const order = categoryOrdersOf(dataset)[by];
    if (by === 'country') {
      return { type: 'category', title, values, order, label: (code) => countryName(code, dataset) };
    }
    if (by === 'kind') {
      return { type: 'category', title, values, order, label: (kind) => ACTOR_KIND_LABELS[kind as ActorKind] ?? kind };
    }
    const sectors = new Map((dataset.sectors ?? []).map((sector) => [sector.id, sector]));
    const fixed = new Map<string, string>();
    for (const sector of sectors.values()) if (sector.color) fixed.set(sector.id, sector.color);
    return { type: 'category', title, values, fixed, order, label: (id) => sectors.get(id)?.label ?? id };
  },
);

export const sizeSpecOf = memoLast(
  (ties: FilteredTies, size: MetricName, metrics: MetricsState | null, graphVersion: number): SizeSpec => ({
    title: METRIC_LABELS[size],
    values: metricValuesOf(ties, size, metrics, graphVersion),
  }),
);

/** The last encoding made: a new one that draws the same is replaced by it, so the elements built on it are kept. */
let lastEncoding: Encoding | null = null;
const encodingOf = memoLast((ids: string[], colorSpec: ColorSpec, sizeSpec: SizeSpec): Encoding => {
  const next = encodeNodes(ids, colorSpec, sizeSpec);
  if (lastEncoding !== null && sameEncoding(lastEncoding, next)) return lastEncoding;
  return (lastEncoding = next);
});
const elementsOf = memoLast(
  (ties: FilteredTies, filtered: FilteredDataset, encoding: Encoding, dataset: Dataset): GraphElements =>
    buildTieElements(ties, filtered, encoding, agreementKindsOf(dataset), illustrativeAgreementsOf(dataset)),
);

export interface GraphSceneData {
  dataset: Dataset;
  filtered: FilteredDataset;
  projection: Projection;
  /** The drawn ties as typed arrays: what the elements, degree and strength come from. */
  ties: FilteredTies;
  counts: Counts;
  encoding: Encoding;
  elements: GraphElements;
  datasetVersion: number;
}

/** The parts of the store a scene is computed from. */
type SceneInputs = Pick<AtlasState, 'dataset' | 'metrics' | 'graphVersion' | 'datasetVersion'> & {
  view: Pick<AtlasState['view'], 'filters' | 'projection' | 'color' | 'size' | 'range'>;
};

/** The node encoding (colour, size) of a state's drawn actors. */
function encodingOfState(
  state: SceneInputs,
  dataset: Dataset,
  filtered: FilteredDataset,
  ties: FilteredTies,
): Encoding {
  const { view, metrics, graphVersion } = state;
  const colorSpec = colorSpecOf(dataset, filtered, ties, view.color, metrics, graphVersion, view.range);
  const sizeSpec = sizeSpecOf(ties, view.size, metrics, graphVersion);
  return encodingOf(actorIdsOf(ties), colorSpec, sizeSpec);
}

/** Everything the graph view, its legend and the header need for a store state; each part memoised on its inputs. */
export function sceneOf(state: SceneInputs): GraphSceneData | null {
  const { dataset, view, datasetVersion } = state;
  if (dataset === null) return null;
  const filtered = filteredOf(dataset, view.filters);
  const projection = view.projection;
  const ties = tiesOf(dataset, filtered, projection);
  const encoding = encodingOfState(state, dataset, filtered, ties);
  // What-if agreements are drawn dashed.
  const elements = whatIfMarked(elementsOf(ties, filtered, encoding, dataset), ties, datasetVersion);
  return {
    dataset,
    filtered,
    projection,
    ties,
    counts: countsOf(filtered),
    encoding,
    elements,
    datasetVersion,
  };
}

/** The scene of the store's state, recomputed only when its inputs change. */
export function useGraphScene(): GraphSceneData | null {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const projection = useAtlas((s) => s.view.projection);
  const color = useAtlas((s) => s.view.color);
  const size = useAtlas((s) => s.view.size);
  const metrics = useAtlas((s) => s.metrics);
  const graphVersion = useAtlas((s) => s.graphVersion);
  const datasetVersion = useAtlas((s) => s.datasetVersion);
  const range = useAtlas((s) => s.view.range);
  return sceneOf({
    dataset,
    metrics,
    graphVersion,
    datasetVersion,
    view: { filters, projection, color, size, range },
  });
}

// A large dataset's scene is computed a step per task before it is stored (state/prepare.ts): the filter, the
// actor-pair index, the ties, the encoding and the elements, 50–250 ms each at 5,000 actors.
/** Parts the edge elements of a large scene are made in: ~8,000 ties, 8–30 ms each at 5,000 actors. */
const TIE_EDGE_PARTS = 8;

addPreparer((state) => {
  const { dataset, view } = state;
  if (dataset === null) return [];
  const filtered = (): FilteredDataset => filteredOf(dataset, view.filters);
  const ties = (): FilteredTies => tiesOf(dataset, filtered(), view.projection);
  // The edge elements in parts (render/tie-elements.ts), which the elements step then finds made.
  const edgeParts = Array.from(
    { length: TIE_EDGE_PARTS },
    (_, part) => () =>
      prepareTieEdges(ties(), agreementKindsOf(dataset), illustrativeAgreementsOf(dataset), part, TIE_EDGE_PARTS),
  );
  return [
    ...filterStepsOf(dataset, view.filters),
    filtered,
    () => tieIndexOf(dataset),
    ties,
    ...edgeParts,
    () => encodingOfState(state, dataset, filtered(), ties()),
    () => sceneOf(state),
  ];
});
