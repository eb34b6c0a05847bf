// The trajectories of the loaded dataset (analysis.md "Trajectories"): one job in its own worker, cached by dataset, filters without year and projection.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { TRAJECTORY_MAX_YEARS, type Trajectories } from '../analysis/trajectories';
import { CancelledError } from '../analysis/types';
import { messageOf } from '../model/errors';
import { yearSpan } from '../model/year-span';
import type { Dataset, Filters, Projection } from '../model/types';
import { createTrajectoriesClient, type TrajectoriesClient } from '../worker/trajectories-client';
import { memoLast } from './memo';
import { useAtlas, type AtlasState } from './store';

export type TrajectoryStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface TrajectoryState {
  status: TrajectoryStatus;
  /** 0..1 progress of the running job. */
  fraction: number;
  /** Range of the result / running job. */
  from: number | null;
  to: number | null;
  /** null unless status 'done'. */
  result: Trajectories | null;
  /** Words with the fix when 'failed'. */
  error: string | null;
}

const IDLE: TrajectoryState = { status: 'idle', fraction: 0, from: null, to: null, result: null, error: null };

export const useTrajectories: UseBoundStore<StoreApi<TrajectoryState>> = create<TrajectoryState>()(() => IDLE);

const spanOf = memoLast(yearSpan);

/**
 * The dataset's year range for trajectories (earliest..latest year of the loaded dataset's agreements, as the
 * year slider's: an open-ended agreement reaches the dataset's `asOf`), clipped to TRAJECTORY_MAX_YEARS ending
 * at the latest, or null when the dataset has no years.
 */
export function trajectoryRange(): { from: number; to: number } | null {
  const { dataset } = useAtlas.getState();
  const span = dataset === null ? null : spanOf(dataset);
  if (span === null) return null;
  const [first, last] = span;
  return { from: Math.max(first, last - TRAJECTORY_MAX_YEARS + 1), to: last };
}

/** What a result depends on: the dataset version, the filters but the year (each year is computed), the projection. */
const keyOf = memoLast((version: number, filters: Filters, projection: Projection): string => {
  const { year: _year, ...others } = filters;
  return JSON.stringify([version, others, projection]);
});

const keyOfState = (state: AtlasState): string | null =>
  state.dataset === null ? null : keyOf(state.datasetVersion, state.view.filters, state.view.projection);

let client: TrajectoriesClient | null = null;
/** The key of what useTrajectories shows (a job, a result, a cancel or a failure); null when idle. */
let heldKey: string | null = null;
/** Bumps for every job started or dropped, so a late answer of an older one is ignored. */
let ticket = 0;
let unwatch: (() => void) | null = null;

/**
 * A change of dataset, filters other than the year, or projection makes the held result stale: the running job
 * is cancelled and the state goes back to 'idle' (not re-run here: a view that wants the numbers asks again,
 * the actor panel at once up to 1,000 actors, above only on a click, since it costs ~38 s of CPU at 5,000).
 */
function watch(): void {
  unwatch ??= useAtlas.subscribe((state) => {
    if (heldKey === null || keyOfState(state) === heldKey) return;
    drop();
    useTrajectories.setState(IDLE, true);
  });
}

function drop(): void {
  heldKey = null;
  ticket++;
  client?.cancel();
}

export function requestTrajectories(): void {
  const state = useAtlas.getState();
  const key = keyOfState(state);
  const dataset: Dataset | null = state.dataset;
  if (key === null || dataset === null) return;
  watch();
  const { status } = useTrajectories.getState();
  if (key === heldKey && (status === 'running' || status === 'done')) return;
  drop();
  const range = trajectoryRange();
  heldKey = key;
  if (range === null) {
    useTrajectories.setState({
      ...IDLE,
      status: 'failed',
      error: 'no agreement in this dataset has a year; give agreements a "since" (or "until") year to see trajectories',
    });
    return;
  }
  const mine = ++ticket;
  useTrajectories.setState({ ...IDLE, status: 'running', from: range.from, to: range.to });
  client ??= createTrajectoriesClient();
  client
    .run({ dataset, filters: state.view.filters, projection: state.view.projection, ...range }, (fraction) => {
      if (mine === ticket) useTrajectories.setState({ fraction });
    })
    .then(
      (result) => {
        if (mine === ticket) useTrajectories.setState({ status: 'done', fraction: 1, result, error: null });
      },
      (error: unknown) => {
        if (mine !== ticket) return;
        if (error instanceof CancelledError) useTrajectories.setState({ status: 'cancelled', result: null });
        else
          useTrajectories.setState({
            status: 'failed',
            result: null,
            error: `${messageOf(error)}; try again, or use analyze --years on the command line`,
          });
      },
    );
}

/** Stops the running job: status 'cancelled', its range kept; requestTrajectories starts it again. */
export function cancelTrajectories(): void {
  if (useTrajectories.getState().status !== 'running') return;
  ticket++;
  client?.cancel();
  useTrajectories.setState({ status: 'cancelled', result: null });
}

/** Tests: back to idle, with `next` as the client (null: a new default one when needed). */
export function resetTrajectories(next: TrajectoriesClient | null = null): void {
  drop();
  unwatch?.();
  unwatch = null;
  client?.dispose();
  client = next;
  useTrajectories.setState(IDLE, true);
}
