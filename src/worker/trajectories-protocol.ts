// Trajectories off the main thread: the messages, and the handler its worker runs (testable without a Worker).
import { rangeProblem, trajectoriesSteps, type TrajectoryYear } from '../analysis/trajectories';
import { runSteps, scaled } from '../analysis/steps';
import { messageOf } from '../model/errors';
import type { Dataset, Filters, Projection } from '../model/types';
import { emptyDatasetMemory, heldDataset, receiveDataset, type DatasetMessage, type JobReply } from './job-protocol';

/** What the app asks for: every year of `from`..`to` with the year filter set to it, the other filters kept. */
export interface TrajectoriesRequest {
  dataset: Dataset;
  filters: Filters;
  projection: Projection;
  from: number;
  to: number;
}

/**
 * What the client posts. The dataset goes over once per worker and version, in parts (DatasetMessage,
 * job-protocol.ts); a `run` names the version it computes on.
 */
export type TrajectoriesMessage =
  DatasetMessage | ({ type: 'run'; id: number; version: number } & Omit<TrajectoriesRequest, 'dataset'>);

/**
 * The answers to a run: progress in whole percents, each year as soon as it is computed (one year of
 * 5,000 actors is a small message; the whole range at once would again be one long task to receive),
 * then `done`, or an `error` in words.
 */
export type TrajectoriesReply = JobReply<
  { id: number; type: 'year'; year: TrajectoryYear } | { id: number; type: 'done' }
>;

/** Computes one request, year by year, posting whole-percent progress, each year, then `done` (or `error`). */
export function handleTrajectoriesJob(
  id: number,
  request: TrajectoriesRequest,
  post: (reply: TrajectoriesReply) => void,
): void {
  const { dataset, filters, projection, from, to } = request;
  let shown = 0;
  const count = to - from + 1;
  try {
    // Checked for the whole range: run year by year, a reversed range would silently compute nothing.
    const problem = rangeProblem(from, to);
    if (problem !== null) throw new RangeError(problem);
    for (let year = from; year <= to; year++) {
      const done = (year - from) / count;
      // One year at a time (trajectoriesSteps over a one-year range), so each year can go out at once.
      const steps = scaled(
        trajectoriesSteps(dataset, { filters, projection, from: year, to: year }),
        done,
        done + 1 / count,
      );
      const result = runSteps(steps, {
        onProgress: (fraction) => {
          const percent = Math.floor(fraction * 100);
          if (percent <= shown || percent >= 100) return;
          shown = percent;
          post({ id, type: 'progress', fraction: percent / 100 });
        },
      });
      for (const entry of result.years) post({ id, type: 'year', year: entry });
    }
    post({ id, type: 'progress', fraction: 1 });
    post({ id, type: 'done' });
  } catch (error) {
    post({ id, type: 'error', message: messageOf(error) });
  }
}

/** The worker's message handler: puts the dataset together from its parts and runs each job on the version it names. */
export function createTrajectoriesHandler(
  post: (reply: TrajectoriesReply) => void,
): (message: TrajectoriesMessage) => void {
  const memory = emptyDatasetMemory();
  return (message) => {
    if (message.type !== 'run') receiveDataset(memory, message);
    else {
      const { id, version, type: _type, ...rest } = message;
      try {
        handleTrajectoriesJob(id, { dataset: heldDataset(memory, version), ...rest }, post);
      } catch (error) {
        post({ id, type: 'error', message: messageOf(error) });
      }
    }
  };
}
