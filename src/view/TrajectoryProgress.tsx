// The trajectories job's progress bar with Cancel, and Compute / Retry when idle, cancelled or failed: shared by the actor panel and the trajectories view.
import { cancelTrajectories, requestTrajectories, useTrajectories } from '../state/trajectories';
import './trajectory.css';

interface Props {
  /** The button's words when nothing has been computed (default "Compute over the years"); null hides it when idle. */
  computeLabel?: string | null;
}

const span = (from: number | null, to: number | null): string =>
  from === null || to === null ? '' : from === to ? ` ${from}` : ` ${from}–${to}`;

export function TrajectoryProgress({ computeLabel = 'Compute over the years' }: Props) {
  const { status, fraction, from, to, error } = useTrajectories();
  if (status === 'done') return null;
  if (status === 'running') {
    const percent = Math.round(fraction * 100);
    const label = `Computing the metrics of each year${span(from, to)}`;
    return (
      <div className="trajectory-progress" data-testid="trajectory-progress">
        <div
          className="trajectory-bar"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%`}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
        <span className="trajectory-percent" aria-hidden="true">
          {percent}%
        </span>
        <button type="button" className="link-button" onClick={cancelTrajectories}>
          Cancel
        </button>
      </div>
    );
  }
  if (status === 'idle') {
    if (computeLabel === null) return null;
    return (
      <div className="trajectory-progress">
        <button type="button" onClick={requestTrajectories}>
          {computeLabel}
        </button>
      </div>
    );
  }
  return (
    <div className="trajectory-progress" role={status === 'failed' ? 'alert' : 'status'}>
      <span className="note">
        {status === 'failed' ? `The years could not be computed: ${error ?? 'unknown error'}.` : 'Stopped.'}
      </span>{' '}
      <button type="button" onClick={requestTrajectories}>
        {status === 'failed' ? 'Retry' : `Compute${span(from, to)} again`}
      </button>
    </div>
  );
}
