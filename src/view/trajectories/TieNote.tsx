// Says when several leaders share one rank (their lines lie on top of each other) and offers a metric that separates them.
import { useMemo } from 'react';
import type { Trajectories } from '../../analysis/trajectories';
import type { MetricName } from '../../embed/view-state';
import { METRIC_LABELS } from '../labels';
import type { BumpData } from './bump-data';
import { crowdedTie, separatingMetric } from './bump-ties';

export function TieNote({
  data,
  trajectories,
  onRankBy,
  short = false,
}: {
  data: BumpData;
  trajectories: Trajectories;
  onRankBy: (metric: MetricName) => void;
  /** The narrow frame's wording: above the chart, where every line of text pushes the chart down. */
  short?: boolean;
}) {
  const tie = useMemo(() => crowdedTie(data), [data]);
  const better = useMemo(() => (tie === null ? null : separatingMetric(trajectories, data)), [tie, trajectories, data]);
  if (tie === null) return null;
  const by = METRIC_LABELS[data.metric].toLowerCase();
  return (
    <p className="trajectories-note tie-note">
      {short
        ? `${tie.count} actors share rank ${tie.rank} in ${data.year}: their lines overlap.`
        : `${tie.count} actors share rank ${tie.rank} by ${by} in ${data.year}, so their lines lie on top of each other.`}{' '}
      {better === null ? (
        'No other measure tells them apart.'
      ) : (
        <button type="button" className="link-button" onClick={() => onRankBy(better)}>
          Rank by {METRIC_LABELS[better]}
        </button>
      )}
    </p>
  );
}
