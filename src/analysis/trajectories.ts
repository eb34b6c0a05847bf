// Trajectories (analysis.md "Trajectories"): the per-actor metrics of analyze, once per year of a range, the year filter set to each.
import { applyFilters } from '../model/filter';
import { actorGraphFrom } from '../model/graph';
import type { Dataset, Filters, Projection } from '../model/types';
import { actorMetricsSteps } from './actor-metrics';
import { runSteps, scaled, type Steps } from './steps';
import type { ActorMetrics, RunControl } from './types';

/** The longest range accepted: a guard against a typo such as 1005-2020 running for minutes. */
export const TRAJECTORY_MAX_YEARS = 200;

export interface TrajectoryYear {
  year: number;
  /** Exactly the `actors` of `analyze --year <year>` with the same other filters and projection. */
  actors: ActorMetrics[];
  /** Why a metric is null in this year (as analyze's `notes`); present only when non-empty. */
  notes?: string[];
}

export interface Trajectories {
  years: TrajectoryYear[];
}

export interface TrajectoryOptions extends RunControl {
  /** The other filters; their `year` is replaced by each year in turn. */
  filters: Filters;
  projection?: Projection;
  from: number;
  to: number;
  /** Louvain seed (default 1, as analyze). */
  seed?: number;
}

/** Why a range cannot be computed, in words with the fix, or null when it can. */
export function rangeProblem(from: number, to: number): string | null {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return `the years must be whole numbers, got ${from}-${to}`;
  if (from > to)
    return `the range starts after it ends (${from}-${to}); write the earlier year first, like ${to}-${from}`;
  if (to - from + 1 > TRAJECTORY_MAX_YEARS) {
    return `${from}-${to} spans ${to - from + 1} years; at most ${TRAJECTORY_MAX_YEARS} are computed, narrow the range`;
  }
  return null;
}

/** Every year from `from` to `to` in turn, as Steps: progress is shared out equally between the years. */
export function* trajectoriesSteps(dataset: Dataset, options: TrajectoryOptions): Steps<Trajectories> {
  const { from, to, projection = 'clique' } = options;
  const problem = rangeProblem(from, to);
  if (problem !== null) throw new RangeError(`analysis/trajectories: ${problem}`);
  const count = to - from + 1;
  const years: TrajectoryYear[] = [];
  for (let year = from; year <= to; year++) {
    const done = (year - from) / count;
    // The same pipeline as analyzeDataset's actors, without the country, gap and recommendation work.
    const graph = actorGraphFrom(applyFilters(dataset, { ...options.filters, year }), projection);
    const metrics = yield* scaled(actorMetricsSteps(graph, { seed: options.seed ?? 1 }), done, done + 1 / count);
    const entry: TrajectoryYear = { year, actors: metrics.actors };
    if (metrics.notes.length > 0) entry.notes = metrics.notes;
    years.push(entry);
  }
  return { years };
}

/** The trajectories synchronously, with progress and cancellation (the CLI). */
export function trajectories(dataset: Dataset, options: TrajectoryOptions): Trajectories {
  return runSteps(trajectoriesSteps(dataset, options), options);
}
