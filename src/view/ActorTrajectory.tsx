// The actor panel's "Over the years": the size metric of the selected actor in each year, as a small SVG line chart.
import { useEffect } from 'react';
import type { Dataset } from '../model/types';
import { memoLast } from '../state/memo';
import { useAtlas } from '../state/store';
import { requestTrajectories, useTrajectories } from '../state/trajectories';
import { actorSeries, CHART, chartGeometry } from './actor-trajectory-data';
import { METRIC_LABELS } from './labels';
import { formatNumber } from './rankings/rankings-data';
import { TrajectoryProgress } from './TrajectoryProgress';
import './trajectory.css';
import { groupedInteger } from '../model/number-text';

/**
 * Up to this many actors the years are computed as the panel opens (the sample's 191 actors over 81 years: a few
 * seconds in the worker); above, only on a click: 5,000 actors over 20 years cost ~38 s of CPU.
 */
export const AUTO_TRAJECTORY_ACTORS = 1000;

const seriesOf = memoLast(actorSeries);
const geometryOf = memoLast(chartGeometry);

export function ActorTrajectory({ dataset, id }: { dataset: Dataset; id: string }) {
  const metric = useAtlas((s) => s.view.size);
  const year = useAtlas((s) => s.view.filters.year);
  const status = useTrajectories((s) => s.status);
  const result = useTrajectories((s) => s.result);
  const auto = dataset.actors.length <= AUTO_TRAJECTORY_ACTORS;
  // Also after a change of filters or projection: the state goes back to idle and is asked again.
  useEffect(() => {
    if (auto && status === 'idle') requestTrajectories();
  }, [auto, status]);

  const label = METRIC_LABELS[metric];
  return (
    <section className="actor-trajectory" aria-labelledby="actor-trajectory-title">
      <h3 id="actor-trajectory-title">Over the years</h3>
      {status === 'done' && result !== null ? (
        <Chart series={seriesOf(result, id, metric, year)} label={label} metric={metric} year={year} />
      ) : (
        <>
          {status === 'idle' && !auto && (
            <p className="note">
              {label} in each year, with the other filters: {groupedInteger(dataset.actors.length)} actors take a while
              (about 2 s of computing per year at 5,000).
            </p>
          )}
          <TrajectoryProgress computeLabel={auto ? null : 'Compute over the years'} />
        </>
      )}
    </section>
  );
}

interface ChartProps {
  series: ReturnType<typeof actorSeries>;
  label: string;
  metric: Parameters<typeof formatNumber>[0];
  year: number | null;
}

function Chart({ series, label, metric, year }: ChartProps) {
  const { points, path, max } = geometryOf(series);
  const first = series[0]?.year;
  const last = series.at(-1)?.year;
  if (first === undefined || last === undefined) return <p className="note">No years to show.</p>;
  if (points.length === 0)
    return (
      <p className="note">
        Not listed in any year from {first} to {last}.
      </p>
    );
  const format = (value: number): string => formatNumber(metric, value);
  const shown = year === null ? undefined : points.find((point) => point.year === year);
  const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
  const summary =
    `${label}, ${first}–${last}: ${format(points[0]!.value)} in ${points[0]!.year}, ` +
    `${format(points.at(-1)!.value)} in ${points.at(-1)!.year}, highest ${format(highest.value)} in ${highest.year}` +
    (points.length < series.length
      ? `; no value in ${series.length - points.length} of the ${series.length} years`
      : '') +
    (shown ? `; ${format(shown.value)} in ${shown.year}, the year shown` : '');
  const { width, height, left, right, top, bottom } = CHART;
  return (
    <figure className="actor-trajectory-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} data-testid="actor-trajectory-svg">
        <line className="axis" x1={left} y1={height - bottom} x2={width - right} y2={height - bottom} />
        <line className="axis" x1={left} y1={top} x2={left} y2={height - bottom} />
        <text className="tick" x={left - 4} y={top + 4} textAnchor="end">
          {format(max)}
        </text>
        <text className="tick" x={left - 4} y={height - bottom} textAnchor="end">
          0
        </text>
        <text className="tick" x={left} y={height - 4} textAnchor="start">
          {first}
        </text>
        <text className="tick" x={width - right} y={height - 4} textAnchor="end">
          {last}
        </text>
        {year !== null && year >= first && year <= last && (
          <line
            className="year-rule"
            x1={left + ((year - first) / Math.max(1, last - first)) * (width - left - right)}
            x2={left + ((year - first) / Math.max(1, last - first)) * (width - left - right)}
            y1={top}
            y2={height - bottom}
          />
        )}
        <path className="series" d={path} />
        {points.map((point) => (
          <circle
            key={point.year}
            className={point.year === year ? 'point current' : 'point'}
            cx={point.x}
            cy={point.y}
            r={point.year === year ? 3.5 : series.length > 40 ? 1.3 : 2}
            data-year={point.year}
          >
            <title>{`${point.year}: ${format(point.value)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="note">
        {label} in each year{shown ? `; ${shown.year} (the year filter) highlighted: ${format(shown.value)}` : ''}.
      </figcaption>
    </figure>
  );
}
