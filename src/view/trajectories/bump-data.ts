// The trajectories view's data (analysis.md "Trajectories", "In the app"): the top 10's competition ranks per year, and the CSV.
import { lowIsBetter, rankOf } from '../../analysis/robustness';
import type { Trajectories, TrajectoryYear } from '../../analysis/trajectories';
import type { ActorMetrics } from '../../analysis/types';
import type { MetricName } from '../../embed/view-state';
import { toCsv } from '../../model/exports/csv';

/** How many actors the bump chart follows: more lines than this cannot be told apart. */
export const BUMP_TOP = 10;

export interface BumpPoint {
  year: number;
  /** The metric in that year; null where the actor is not listed or the metric has no value. */
  value: number | null;
  /** Competition rank among the actors listed that year (the rankings' rank); null where it is not listed. */
  rank: number | null;
  /** Listed and party to at least one passing agreement that year (degree > 0): only these years are drawn. */
  present: boolean;
}

export interface BumpSeries {
  id: string;
  label: string;
  country: string;
  /** Its rank in the chosen year (`BumpData.year`), 1..10. */
  finalRank: number;
  /** One point per year of `BumpData.years`, in order. */
  points: BumpPoint[];
}

export interface BumpData {
  metric: MetricName;
  /**
   * The years drawn and written to the CSV: from the first in which at least half of the followed actors have a tie,
   * to `year`. Empty when nothing is ranked.
   */
  years: number[];
  /** The year whose top 10 is followed: the last of the range in which some actor has a tie; null when none has. */
  year: number | null;
  /** Best first: by final rank, ties by actor id (code-unit order, as rank robustness). */
  series: BumpSeries[];
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const valueOf = (actor: ActorMetrics, metric: MetricName): number | null => {
  const value = actor[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/**
 * The `top` best-ranked actors that `eligible` lets through, as [index, rank], best first, ties by id. Sorting by value
 * and walking down costs n log n + n per actor visited, instead of rankOf for every actor (n², 25 M steps at 5,000).
 * Along the sorted order the rank never decreases (every metric is ≥ 0), so the walk stops once `top` are found and
 * the rank has moved past the last of them (actors tied with it are still visited, for the tie by id).
 */
function leaders(
  values: ReadonlyArray<number | null>,
  low: boolean,
  top: number,
  eligible: (v: number) => boolean,
  idOf: (v: number) => string,
): Array<[number, number]> {
  const order = values
    .map((_, v) => v)
    .sort((a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return low ? x - y : y - x;
    });
  const found: Array<[number, number]> = [];
  for (const v of order) {
    const rank = rankOf(values, v, low);
    if (found.length >= top && (top <= 0 || rank > found[top - 1]![1])) break;
    if (eligible(v)) found.push([v, rank]);
  }
  return found.sort((a, b) => a[1] - b[1] || byCode(idOf(a[0]), idOf(b[0]))).slice(0, top);
}

/** The year whose leaders are followed: the last one in which some listed actor has a tie. */
function chosenYear(years: readonly TrajectoryYear[]): TrajectoryYear | null {
  for (let i = years.length - 1; i >= 0; i--) {
    if (years[i]!.actors.some((actor) => actor.degree > 0)) return years[i]!;
  }
  return null;
}

/**
 * The bump chart of `metric`: the top `top` actors of the chosen year (those with a tie that year, best competition
 * rank first, ties by id, so an eleventh actor sharing the tenth rank is not followed) and, for each year, their rank
 * among all the actors listed that year, as the rankings view ranks them (rankOf: 1e-9 tolerance, no value last).
 */
export function bumpData(trajectories: Trajectories, metric: MetricName, top: number = BUMP_TOP): BumpData {
  const low = lowIsBetter(metric);
  const last = chosenYear(trajectories.years);
  if (last === null) return { metric, years: [], year: null, series: [] };
  const lastValues = last.actors.map((actor) => valueOf(actor, metric));
  const chosen = leaders(
    lastValues,
    low,
    top,
    (v) => last.actors[v]!.degree > 0,
    (v) => last.actors[v]!.id,
  );
  const ids = chosen.map(([v]) => last.actors[v]!.id);
  const points = new Map<string, BumpPoint[]>(ids.map((id) => [id, []]));
  const upTo = trajectories.years.filter((entry) => entry.year <= last.year);
  for (const entry of upTo) {
    const values = entry.actors.map((actor) => valueOf(actor, metric));
    const index = new Map(entry.actors.map((actor, v) => [actor.id, v]));
    for (const id of ids) {
      const v = index.get(id);
      const actor = v === undefined ? undefined : entry.actors[v]!;
      points
        .get(id)!
        .push(
          actor === undefined
            ? { year: entry.year, value: null, rank: null, present: false }
            : { year: entry.year, value: values[v!]!, rank: rankOf(values, v!, low), present: actor.degree > 0 },
        );
    }
  }
  // The chart starts in the first year in which at least half of them have a tie: decades in which one or two
  // old agreements stood alone (the sample's 1946–2004) would squeeze the years that tell the story.
  const quorum = Math.ceil(ids.length / 2);
  let first = 0;
  while (first < upTo.length && ids.filter((id) => points.get(id)![first]!.present).length < quorum) first++;
  const series = chosen.map(([v, rank]): BumpSeries => {
    const actor = last.actors[v]!;
    return {
      id: actor.id,
      label: actor.label,
      country: actor.country,
      finalRank: rank,
      points: points.get(actor.id)!.slice(first),
    };
  });
  return { metric, years: upTo.slice(first).map((entry) => entry.year), year: last.year, series };
}

/**
 * One row per followed actor and drawn year, in the chart's order (best first, then by year): `actor` (id), `label`,
 * `country`, `year`, the metric under its analysis.md key, and `rank`; value and rank empty where the actor is not listed.
 */
export function bumpCsv(data: BumpData): string {
  const rows = data.series.flatMap((series) =>
    series.points.map((point) => ({
      actor: series.id,
      label: series.label,
      country: series.country,
      year: point.year,
      [data.metric]: point.value,
      rank: point.rank,
    })),
  );
  return toCsv(rows, ['actor', 'label', 'country', 'year', data.metric, 'rank']);
}
