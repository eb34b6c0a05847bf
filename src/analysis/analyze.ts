// analyzeDataset: the whole analysis of analysis.md in one call, as used by the CLI, the worker and the tests.
import { applyFilters, type FilteredDataset } from '../model/filter';
import { actorGraphFrom } from '../model/graph';
import type { Dataset, Filters, Projection } from '../model/types';
import { metricGraphOfFiltered, metricsSteps, type MetricGraph, type PathMetrics } from './actor-metrics';
import { csrFromEdgeList, edgesFromFiltered, type Csr, type EdgeList } from './csr';
import { countryMetrics } from './country-metrics';
import { countryPairGaps, exportLinkGaps, isolatedActors, sectorSummaries } from './gaps';
import { allRecommendationsSteps } from './recommend';
import { analysedSectors, scopeOf, type AnalysisScope } from './scope';
import { runSteps, runStepsAsync, scaled, type Steps } from './steps';
import type { AnalysisResult, RunControl } from './types';

export interface AnalyzeOptions extends RunControl {
  filters: Filters;
  projection?: Projection;
  /** Sectors for gaps and coverage when the sector filter is empty (default: the target sectors). */
  sectors?: string[];
  /** Number of load warnings, echoed in `dataset.warnings`. */
  warnings?: number;
  /** Louvain seed (default 1). */
  seed?: number;
  /** Recommendations per actor (default 3; 0: none, and no time spent on them). */
  recommendations?: number;
  /** Betweenness and closeness already computed for this dataset, filters and projection (see worker/client). */
  paths?: PathMetrics;
}

/**
 * What the analysis of a dataset under filters starts from: the filtered data, its scope and the
 * actor graph as typed arrays. No graphology graph: the metrics need none (actor-metrics.ts), and
 * only the recommendations build one, when asked for (the app asks for none).
 */
export interface AnalysisInput {
  filtered: FilteredDataset;
  scope: AnalysisScope;
  projection: Projection;
  metrics: MetricGraph;
}

/** Builds the input once (from `filtered`, `edges` and `csr` when the caller has them), so a worker can share it. */
export function analysisInput(
  dataset: Dataset,
  filters: Filters,
  projection: Projection = 'clique',
  filtered: FilteredDataset = applyFilters(dataset, filters),
  edges: EdgeList = edgesFromFiltered(filtered, projection),
  csr: Csr = csrFromEdgeList(edges),
): AnalysisInput {
  return {
    filtered,
    scope: scopeOf(dataset, filtered),
    projection,
    metrics: metricGraphOfFiltered(filtered, projection, edges, csr),
  };
}

/** The analysis as Steps, so the same code runs straight (CLI, worker) or sliced (main-thread fallback). */
export function* analyzeDatasetSteps(
  dataset: Dataset,
  options: AnalyzeOptions,
  input?: AnalysisInput,
): Steps<AnalysisResult> {
  const { filters, projection = 'clique' } = options;
  const { filtered, scope, metrics } = input ?? analysisInput(dataset, filters, projection);
  yield 0.02;
  const metricOptions = { seed: options.seed ?? 1, ...(options.paths ? { paths: options.paths } : {}) };
  const actors = yield* scaled(metricsSteps(metrics, metricOptions), 0.02, 0.85);
  const countries = countryMetrics(scope);
  yield 0.87;
  const sectors = analysedSectors(dataset, filters, options.sectors);
  const gaps = sectors.flatMap((sector) => countryPairGaps(scope, sector));
  const isolated = sectors.flatMap((sector) => isolatedActors(scope, sector));
  yield 0.9;
  const perActor = options.recommendations ?? 3;
  // 0 skips the work (the app asks for the selected actor's on demand: 0.3 s at 2k actors, 0.8 s at 5k).
  const recommendations =
    perActor > 0
      ? yield* scaled(allRecommendationsSteps(actorGraphFrom(filtered, projection), dataset, perActor), 0.9, 1)
      : [];
  const result: AnalysisResult = {
    dataset: {
      title: dataset.title ?? '',
      actors: dataset.actors.length,
      agreements: dataset.agreements.length,
      warnings: options.warnings ?? 0,
    },
    filters: { sectors: filters.sectors, countries: filters.countries, year: filters.year, projection },
    actors: actors.actors,
    countries,
    sectors: sectorSummaries(scope, sectors),
    gaps,
    isolated,
    exportLinkGaps: exportLinkGaps(scope),
    recommendations,
  };
  if (filters.actorKinds.length > 0) result.filters.actorKinds = filters.actorKinds;
  if (filters.agreementKinds.length > 0) result.filters.agreementKinds = filters.agreementKinds;
  if (actors.notes.length > 0) result.notes = actors.notes;
  return result;
}

/** The whole analysis of analysis.md, synchronously, with progress and cancellation. */
export function analyzeDataset(dataset: Dataset, options: AnalyzeOptions): AnalysisResult {
  return runSteps(analyzeDatasetSteps(dataset, options), options);
}

/** The same, on the main thread in time slices, so that the page stays responsive. */
export function analyzeDatasetSliced(dataset: Dataset, options: AnalyzeOptions): Promise<AnalysisResult> {
  return runStepsAsync(analyzeDatasetSteps(dataset, options), options);
}
