// Ranks with and without illustrative ties: each actor's competition rank on all agreements and on documented ones only.
import { csrFromFiltered } from './csr';
import { lowIsBetter, metricOnCsrSteps, rankOf, type RobustnessMetric } from './robustness';
import { runSteps, scaled, type Steps } from './steps';
import { applyFilters, type FilteredDataset } from '../model/filter';
import type { Dataset, Filters, Projection } from '../model/types';

export interface EvidenceRank {
  /** Competition rank with every agreement that passes the filters (1 = best, ties share a rank). */
  all: number;
  /** The rank once illustrative agreements (and actors) are left out; null when the actor itself is illustrative. */
  documented: number | null;
  /** all − documented: positive = a better rank without the illustrative ties (▲), negative = worse (▼). */
  change: number | null;
}

/** Competition ranks of one metric over the actors of a filtered graph ("Rank robustness": 1e-9 tolerance, no value last), as Steps. */
export function* metricRanksSteps(
  filtered: FilteredDataset,
  metric: RobustnessMetric,
  projection: Projection,
): Steps<Map<string, number>> {
  const actors = filtered.actors;
  const values = yield* metricOnCsrSteps(
    csrFromFiltered(filtered, projection),
    metric,
    actors.length,
    (i) => actors[i]?.country ?? '',
  );
  const low = lowIsBetter(metric);
  return new Map(actors.map((actor, v) => [actor.id, rankOf(values, v, low)]));
}

/** The same ranks synchronously. */
export function metricRanks(
  filtered: FilteredDataset,
  metric: RobustnessMetric,
  projection: Projection,
): Map<string, number> {
  return runSteps(metricRanksSteps(filtered, metric, projection));
}

/** Pairs the two rankings: every actor of `all`, with its rank in `documented` where it is still there. */
export function rankChanges(
  all: ReadonlyMap<string, number>,
  documented: ReadonlyMap<string, number>,
): Map<string, EvidenceRank> {
  const out = new Map<string, EvidenceRank>();
  for (const [id, rank] of all) {
    const without = documented.get(id) ?? null;
    out.set(id, { all: rank, documented: without, change: without === null ? null : rank - without });
  }
  return out;
}

/**
 * The rankings' "with vs without illustrative ties": the metric computed on the dataset under `filters` and again
 * with `documentedOnly` added, both with the same functions as analyze. Two metric runs: O(n · m) for betweenness,
 * so the app runs these Steps in a worker (src/worker/evidence-ranks-client.ts).
 */
export function* evidenceRanksSteps(
  dataset: Pick<Dataset, 'actors' | 'agreements'>,
  filters: Filters,
  metric: RobustnessMetric,
  projection: Projection,
): Steps<Map<string, EvidenceRank>> {
  const all = yield* scaled(metricRanksSteps(applyFilters(dataset, filters), metric, projection), 0, 0.5);
  const documented = yield* scaled(
    metricRanksSteps(applyFilters(dataset, { ...filters, documentedOnly: true }), metric, projection),
    0.5,
    1,
  );
  return rankChanges(all, documented);
}

/** The same synchronously (the CLI and tests). */
export function evidenceRanks(
  dataset: Pick<Dataset, 'actors' | 'agreements'>,
  filters: Filters,
  metric: RobustnessMetric,
  projection: Projection,
): Map<string, EvidenceRank> {
  return runSteps(evidenceRanksSteps(dataset, filters, metric, projection));
}

/** "▲ 3", "▼ 5", "=" or "–" (left out without its illustrative record). */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  return change > 0 ? `▲ ${change}` : change < 0 ? `▼ ${-change}` : '=';
}
