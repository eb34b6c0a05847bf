// Memoised selectors for data derived from the store: filtered dataset, ties, actor graph, counts, metric values.
import type { MetricName } from '../embed/view-state';
import { startFilter, type FilteredDataset, type FilterRun } from '../model/filter';
import { actorGraphFrom, actorIdOf, startActorGraph, type ActorGraph } from '../model/graph';
import { nextTask } from '../threads/idle';
import { buildTieIndex, filteredTies, type FilteredTies, type TieIndex } from '../model/ties';
import type { AgreementKind, Dataset, Filters, Projection } from '../model/types';
import { tiesSpace, type PathSpace } from '../analysis/path-space';
import { memoLast, memoRecent } from './memo';
import type { MetricsState } from './store';

/**
 * The last two filters' runs, matched by the filters' value (each change makes a new filters object): turning a
 * filter off again finds the unfiltered dataset, and with it the same ties and edges (tiesOf, tie-elements.ts).
 */
const filterRunOf = memoRecent(
  (dataset: Dataset, filters: Filters): FilterRun => startFilter(dataset, filters),
  2,
  (dataset, filters) => [dataset, JSON.stringify(filters)],
);

/** The filtered dataset: the same object for the same dataset and filter values, whether made at once or in steps. */
export const filteredOf = (dataset: Dataset, filters: Filters): FilteredDataset =>
  filterRunOf(dataset, filters).finish();

/**
 * filteredOf's work as steps for a large dataset's preparation (state/prepare.ts): at 5,000 actors the whole
 * filter was one task of 100–200 ms. Each step does the next part; the last leaves filteredOf only to read.
 */
export const filterStepsOf = (dataset: Dataset, filters: Filters): Array<() => void> =>
  Array.from({ length: filterRunOf(dataset, filters).steps }, () => () => void filterRunOf(dataset, filters).step());

/** The last actor graph built, by actorGraphOf or in tasks: one per filter and projection, as a memo keeps it. */
let lastGraph: { filtered: FilteredDataset; projection: Projection; graph: ActorGraph } | null = null;

/** The actor graph of this filter and projection if it is built already, else null (nothing is built). */
export const builtActorGraph = (filtered: FilteredDataset, projection: Projection): ActorGraph | null =>
  lastGraph !== null && lastGraph.filtered === filtered && lastGraph.projection === projection ? lastGraph.graph : null;

/**
 * The graphology actor graph, built at once, memoised with the one built in tasks. The app builds it only for the
 * GEXF and GraphML exports, in tasks (actorGraphInTasks); the graph view, its panels, a focus and the paths read
 * tiesOf and pathsOf. This at-once build is what the tests hold the tasks' graph and the memo to.
 */
export function actorGraphOf(filtered: FilteredDataset, projection: Projection): ActorGraph {
  const built = builtActorGraph(filtered, projection);
  if (built !== null) return built;
  const graph = actorGraphFrom(filtered, projection);
  lastGraph = { filtered, projection, graph };
  return graph;
}

/**
 * A projection's ties as paths and a focus walk them (analysis/path-space.ts), once per filter: the same paths and
 * neighbourhoods as on the actor graph without building it (at 5,000 actors a path from a link was a 450–670 ms task,
 * and a focus waited ~0.5 s for the graph). Two kept: the path finder walks the clique's whatever the view shows.
 */
export const pathsOf = memoRecent(
  (dataset: Dataset, filtered: FilteredDataset, projection: Projection): PathSpace =>
    tiesSpace(tiesOf(dataset, filtered, projection)),
  2,
);

/** Agreements added per task by actorGraphInTasks: ~20–40 ms of graphology's addEdge at 5,000 actors. */
const GRAPH_SLICE = 2000;

/**
 * The actor graph built a slice of agreements per task, for a panel that needs it at thousands of actors (one
 * build was a 350–470 ms task at 5,000 actors / 68,000 ties, after a click on an actor), or the one built
 * already. Resolves null when `live()` turns false before it is done; actorGraphOf then returns the same graph.
 */
export async function actorGraphInTasks(
  filtered: FilteredDataset,
  projection: Projection,
  live: () => boolean,
): Promise<ActorGraph | null> {
  const ready = builtActorGraph(filtered, projection);
  if (ready !== null) return ready;
  const build = startActorGraph(filtered, projection, GRAPH_SLICE);
  while (!build.step()) {
    await nextTask();
    if (!live()) return null;
  }
  // Built at once by another reader meanwhile: keep that one, so every reader walks the same graph.
  const meanwhile = builtActorGraph(filtered, projection);
  if (meanwhile !== null) return meanwhile;
  lastGraph = { filtered, projection, graph: build.graph };
  return build.graph;
}

/** The actor-pair index of a dataset, once per dataset (a what-if change makes a new dataset). */
export const tieIndexOf = memoLast((dataset: Dataset): TieIndex => buildTieIndex(dataset));

/**
 * The actor graph's ties, weights, agreements, degrees and strengths as typed arrays, per filter and projection.
 * Three entries: a filter on and off, and the unfiltered clique ties the layouts read (layout-positions.ts
 * fullTiesOf), which in a view on the hub projection are a third set; with two, reading them evicted the
 * unfiltered hub ties and turning a filter off computed those again (~50–80 ms at 5,000 actors).
 */
export const tiesOf = memoRecent(
  (dataset: Dataset, filtered: FilteredDataset, projection: Projection): FilteredTies =>
    filteredTies(tieIndexOf(dataset), filtered, projection),
  3,
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

export const agreementKindsOf = memoLast((dataset: Dataset): ReadonlyMap<string, AgreementKind> => {
  // A loop, not a Map built from 50,000 [id, kind] arrays: this runs once per dataset, mostly unoptimised.
  const kinds = new Map<string, AgreementKind>();
  for (const agreement of dataset.agreements) kinds.set(agreement.id, agreement.kind);
  return kinds;
});

/** Ids of the agreements marked `evidence: "illustrative"` (docs/format.md), for their own line style. */
export const illustrativeAgreementsOf = memoLast(
  (dataset: Dataset): ReadonlySet<string> =>
    new Set(dataset.agreements.filter((agreement) => agreement.evidence === 'illustrative').map((a) => a.id)),
);

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
