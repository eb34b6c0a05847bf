// Memoised selectors for data derived from the store: filtered dataset, actor graph, counts, metric values.
import type { MetricName } from '../embed/view-state';
import { applyFilters, type FilteredDataset } from '../model/filter';
import { actorGraphFrom, actorIdOf, isHubKey, type ActorGraph } from '../model/graph';
import type { AgreementKind, Dataset, Filters, Projection } from '../model/types';
import { memoLast } from './memo';
import type { AtlasState, MetricsState } from './store';

export const filteredOf = memoLast((dataset: Dataset, filters: Filters): FilteredDataset =>
  applyFilters(dataset, filters),
);

export const actorGraphOf = memoLast((filtered: FilteredDataset, projection: Projection): ActorGraph =>
  actorGraphFrom(filtered, projection),
);

export interface Counts {
  actors: number;
  agreements: number;
  countries: number;
}

/** What the header counts after filters: passing actors, passing agreements, countries with a passing actor. */
export const countsOf = memoLast((filtered: FilteredDataset): Counts => ({
  actors: filtered.actors.length,
  agreements: filtered.agreements.length,
  countries: new Set(filtered.actors.map((actor) => actor.country)).size,
}));

export const agreementKindsOf = memoLast(
  (dataset: Dataset): ReadonlyMap<string, AgreementKind> =>
    new Map(dataset.agreements.map((agreement) => [agreement.id, agreement.kind])),
);

/** Ids of the agreements marked `evidence: "illustrative"` (docs/format.md), for their own line style. */
export const illustrativeAgreementsOf = memoLast(
  (dataset: Dataset): ReadonlySet<string> =>
    new Set(dataset.agreements.filter((agreement) => agreement.evidence === 'illustrative').map((a) => a.id)),
);

/** The filtered dataset and actor graph of a store state, or null before any dataset has loaded. */
export function graphOfState(state: Pick<AtlasState, 'dataset' | 'view'>): {
  filtered: FilteredDataset;
  graph: ActorGraph;
} | null {
  if (state.dataset === null) return null;
  const filtered = filteredOf(state.dataset, state.view.filters);
  return { filtered, graph: actorGraphOf(filtered, state.view.projection) };
}

/**
 * One metric per actor node. Degree and strength come straight from the graph; the others from
 * the analysis results when they belong to this graph version, and are null until then.
 */
function computeMetricValues(
  graph: ActorGraph,
  metric: MetricName,
  metrics: MetricsState | null,
  graphVersion: number,
): ReadonlyMap<string, number | null> {
  const fresh = metrics !== null && metrics.graphVersion === graphVersion ? metrics.byActor : null;
  const values = new Map<string, number | null>();
  graph.forEachNode((key) => {
    if (isHubKey(key)) return;
    const id = actorIdOf(key);
    if (fresh?.has(id)) values.set(id, fresh.get(id)?.[metric] ?? null);
    else if (metric === 'degree') values.set(id, graph.degree(key));
    else if (metric === 'strength') {
      let sum = 0;
      graph.forEachEdge(key, (_edge, attributes) => (sum += attributes.weight));
      values.set(id, sum);
    } else values.set(id, null);
  });
  return values;
}

/** One cache entry per metric, because colour and size may ask for two different metrics on each render. */
const metricCaches = new Map<MetricName, typeof computeMetricValues>();
export function metricValuesOf(
  graph: ActorGraph,
  metric: MetricName,
  metrics: MetricsState | null,
  graphVersion: number,
): ReadonlyMap<string, number | null> {
  let cached = metricCaches.get(metric);
  if (cached === undefined) {
    cached = memoLast(computeMetricValues);
    metricCaches.set(metric, cached);
  }
  return cached(graph, metric, metrics, graphVersion);
}
