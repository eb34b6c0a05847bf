// Memoised selectors for data derived from the store: filtered dataset, ties, actor graph, counts, metric values.
import type { MetricName } from '../embed/view-state';
import { applyFilters, type FilteredDataset } from '../model/filter';
import { actorGraphFrom, actorIdOf, type ActorGraph } from '../model/graph';
import { buildTieIndex, filteredTies, type FilteredTies, type TieIndex } from '../model/ties';
import type { AgreementKind, Dataset, Filters, Projection } from '../model/types';
import { memoLast, memoRecent } from './memo';
import type { AtlasState, MetricsState } from './store';

/**
 * The last two filters' results, matched by the filters' value (each change makes a new filters object): turning
 * a filter off again finds the unfiltered dataset, and with it the same ties and edges (tiesOf, tie-elements.ts).
 */
export const filteredOf = memoRecent(
  (dataset: Dataset, filters: Filters): FilteredDataset => applyFilters(dataset, filters),
  2,
  (dataset, filters) => [dataset, JSON.stringify(filters)],
);

/**
 * The graphology actor graph, for the consumers that walk it (panels, focus, paths, exports, what-if analyses).
 * The graph view draws from tiesOf instead, so a filter change builds this only when one of them asks.
 */
export const actorGraphOf = memoLast((filtered: FilteredDataset, projection: Projection): ActorGraph =>
  actorGraphFrom(filtered, projection),
);

/** The actor-pair index of a dataset, once per dataset (a what-if change makes a new dataset). */
export const tieIndexOf = memoLast((dataset: Dataset): TieIndex => buildTieIndex(dataset));

/** The actor graph's ties, weights, agreements, degrees and strengths as typed arrays, per filter and projection. */
export const tiesOf = memoRecent((dataset: Dataset, filtered: FilteredDataset, projection: Projection): FilteredTies =>
  filteredTies(tieIndexOf(dataset), filtered, projection),
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
 * One metric per actor node. Degree and strength come straight from the ties (as graphology's degree and
 * summed edge weights would); the others from the analysis results when they belong to this graph version,
 * and are null until then.
 */
function computeMetricValues(
  ties: FilteredTies,
  metric: MetricName,
  metrics: MetricsState | null,
  graphVersion: number,
): ReadonlyMap<string, number | null> {
  const fresh = metrics !== null && metrics.graphVersion === graphVersion ? metrics.byActor : null;
  const values = new Map<string, number | null>();
  for (let node = 0; node < ties.actors; node++) {
    const id = actorIdOf(ties.keys[node] as string);
    if (fresh?.has(id)) values.set(id, fresh.get(id)?.[metric] ?? null);
    else if (metric === 'degree') values.set(id, ties.degree[node] as number);
    else if (metric === 'strength') values.set(id, ties.strength[node] as number);
    else values.set(id, null);
  }
  return values;
}

/** One cache entry per metric, because colour and size may ask for two different metrics on each render. */
const metricCaches = new Map<MetricName, typeof computeMetricValues>();
export function metricValuesOf(
  ties: FilteredTies,
  metric: MetricName,
  metrics: MetricsState | null,
  graphVersion: number,
): ReadonlyMap<string, number | null> {
  let cached = metricCaches.get(metric);
  if (cached === undefined) {
    cached = memoLast(computeMetricValues);
    metricCaches.set(metric, cached);
  }
  return cached(ties, metric, metrics, graphVersion);
}
