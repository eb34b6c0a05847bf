// The actor panel's line chart data: one actor's metric in each year of the trajectories, and the chart's geometry.
import type { Trajectories } from '../analysis/trajectories';
import type { MetricName } from '../embed/view-state';

/** One year: the value, or null where the actor is not listed that year or the metric is undefined (a gap). */
export interface TrajectoryPoint {
  year: number;
  value: number | null;
}

/**
 * The actor's `metric` in each year of `result`, in year order, from the year before its first tie (degree > 0) on:
 * decades before it joined anything would squeeze the years that tell its story (the sample's span starts in 1946,
 * VINNOVA's first agreement in 2005). `keep`, the year filter's year, stays in the span when it lies earlier.
 * An actor that never has a tie gets every year.
 */
export function actorSeries(
  result: Trajectories,
  id: string,
  metric: MetricName,
  keep: number | null = null,
): TrajectoryPoint[] {
  const rows = result.years.map((entry) => ({ year: entry.year, row: entry.actors.find((actor) => actor.id === id) }));
  const firstTie = rows.findIndex(({ row }) => row !== undefined && row.degree > 0);
  let start = Math.max(0, firstTie - 1);
  const kept = keep === null ? -1 : rows.findIndex(({ year }) => year === keep);
  if (kept >= 0 && kept < start) start = kept;
  return rows.slice(start).map(({ year, row }) => {
    const value = row === undefined ? null : row[metric];
    return { year, value: value !== null && Number.isFinite(value) ? value : null };
  });
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left of and below the plot for the value and year labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The viewBox the panel's chart draws in; the SVG scales it to the panel's width (320 px in the small embed). */
export const CHART: ChartBox = { width: 300, height: 120, left: 36, right: 8, top: 8, bottom: 18 };

export interface ChartGeometry {
  /** Where each shown value is drawn; years without one have no point. */
  points: Array<TrajectoryPoint & { value: number; x: number; y: number }>;
  /** SVG path data: one line per run of consecutive years with a value, so a missing year leaves a gap. */
  path: string;
  /** The value axis runs from 0 to this. */
  max: number;
}

/** The x of a year and y of a value in `box`: years evenly spread, values from 0 (bottom) to the series' maximum. */
export function chartGeometry(series: readonly TrajectoryPoint[], box: ChartBox = CHART): ChartGeometry {
  const values = series.flatMap((point) => (point.value === null ? [] : [point.value]));
  const highest = values.length === 0 ? 0 : Math.max(...values);
  const max = highest > 0 ? highest : 1;
  const first = series[0]?.year ?? 0;
  const last = series.at(-1)?.year ?? first;
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const xOf = (year: number): number =>
    last === first ? box.left + plotWidth / 2 : box.left + ((year - first) / (last - first)) * plotWidth;
  const yOf = (value: number): number => box.top + plotHeight * (1 - value / max);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const points: ChartGeometry['points'] = [];
  let path = '';
  let previous: number | null = null;
  for (const point of series) {
    if (point.value === null) {
      previous = null;
      continue;
    }
    const x = round(xOf(point.year));
    const y = round(yOf(point.value));
    points.push({ year: point.year, value: point.value, x, y });
    path += `${previous === point.year - 1 ? 'L' : 'M'}${x} ${y}`;
    previous = point.year;
  }
  return { points, path, max };
}
