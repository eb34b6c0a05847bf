// The messages and the worker-side handler of a one-job worker (robustness, compare): a Steps computation on a dataset, its progress and its result.
import type { Steps } from '../analysis/steps';
import { runSteps } from '../analysis/steps';
import { messageOf } from '../model/errors';
import type { Dataset } from '../model/types';

/** What such a job computes on: a dataset and the job's own options. */
export interface DatasetRequest {
  dataset: Dataset;
}

/**
 * A job as its worker gets it. The dataset travels only when the worker does not hold
 * `datasetVersion` yet (its first job, a new dataset, a restarted worker): changing a year or a
 * metric then copies no dataset into the worker (see handle-job.ts for the analysis worker's same rule).
 */
export interface StepsJob<Request extends DatasetRequest> {
  id: number;
  datasetVersion: number;
  request: Omit<Request, 'dataset'> & { dataset?: Dataset };
}

export type StepsReply<Result> =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: Result }
  | { id: number; type: 'error'; message: string };

/** What one worker keeps between jobs: the last dataset it was sent, by the client's version number. */
export interface StepsMemory {
  dataset: { version: number; dataset: Dataset } | null;
}

export const emptyStepsMemory = (): StepsMemory => ({ dataset: null });

/** The job's request with its dataset: the one it carries (kept for the next jobs) or the kept one of its version. */
function requestOf<Request extends DatasetRequest>(job: StepsJob<Request>, memory: StepsMemory): Request {
  const { dataset, ...rest } = job.request;
  if (dataset !== undefined) memory.dataset = { version: job.datasetVersion, dataset };
  else if (memory.dataset?.version !== job.datasetVersion)
    throw new Error(`worker has no dataset ${job.datasetVersion} (it holds ${memory.dataset?.version ?? 'none'})`);
  return { ...rest, dataset: memory.dataset!.dataset } as Request;
}

/** Runs one job straight through; progress goes out in whole percents only (each message is handled by the main thread). */
export function handleStepsJob<Request extends DatasetRequest, Result>(
  job: StepsJob<Request>,
  post: (reply: StepsReply<Result>) => void,
  memory: StepsMemory,
  stepsOf: (request: Request) => Steps<Result>,
): void {
  const { id } = job;
  let shown = -1;
  try {
    const result = runSteps(stepsOf(requestOf(job, memory)), {
      onProgress: (fraction) => {
        if (fraction < shown + 0.01 && fraction < 1) return;
        shown = fraction;
        post({ id, type: 'progress', fraction });
      },
    });
    post({ id, type: 'result', result });
  } catch (error) {
    post({ id, type: 'error', message: messageOf(error) });
  }
}
