// A job computed by one Steps computation (robustness, compare, evidence ranks), defined once for its worker and its client: its messages and the worker-side handler.
import type { Steps } from '../analysis/steps';
import { runSteps } from '../analysis/steps';
import { messageOf } from '../model/errors';
import { serve } from '../threads/worker-like';
import {
  emptyDatasetMemory,
  heldDataset,
  receiveDataset,
  type DatasetJob,
  type DatasetMemory,
  type DatasetMessage,
  type DatasetRequest,
  type JobReply,
} from './job-protocol';

export type { DatasetRequest } from './job-protocol';

/** A job as its worker gets it: the dataset goes along only when the worker does not hold `datasetVersion` (job-protocol.ts). */
export type StepsJob<Request extends DatasetRequest> = DatasetJob<Request>;

/** What such a worker is sent: jobs, and, for a client that sends its dataset in parts (createStepsClient), the parts. */
export type StepsMessage<Request extends DatasetRequest> = StepsJob<Request> | DatasetMessage;

export type StepsReply<Result> = JobReply<{ id: number; type: 'result'; result: Result }>;

export type StepsMemory = DatasetMemory;
export const emptyStepsMemory = emptyDatasetMemory;

/** The job's request with its dataset: the one it carries (kept for the next jobs) or the kept one of its version. */
function requestOf<Request extends DatasetRequest>(job: StepsJob<Request>, memory: StepsMemory): Request {
  const { dataset, ...rest } = job.request;
  if (dataset !== undefined) memory.dataset = { version: job.datasetVersion, dataset };
  return { ...rest, dataset: heldDataset(memory, job.datasetVersion) } as Request;
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

/** One such job: what failed (for "robustness failed: …"), its computation, and its worker's handler. */
export interface StepsJobDefinition<Request extends DatasetRequest, Result> {
  name: string;
  /** The computation, the same in the worker and in the main thread's slices. */
  stepsOf: (request: Request) => Steps<Result>;
  handle: (message: StepsMessage<Request>, post: (reply: StepsReply<Result>) => void, memory: StepsMemory) => void;
}

const isDatasetPart = <Request extends DatasetRequest>(message: StepsMessage<Request>): message is DatasetMessage =>
  'type' in message && (message.type === 'head' || message.type === 'part');

export const defineStepsJob = <Request extends DatasetRequest, Result>(
  name: string,
  stepsOf: (request: Request) => Steps<Result>,
): StepsJobDefinition<Request, Result> => ({
  name,
  stepsOf,
  handle: (message, post, memory) => {
    if (isDatasetPart(message)) receiveDataset(memory, message);
    else handleStepsJob(message, post, memory, stepsOf);
  },
});

/** The whole script of such a job's worker: it keeps its dataset between jobs and is terminated to cancel. */
export function serveStepsJob<Request extends DatasetRequest, Result>(
  definition: StepsJobDefinition<Request, Result>,
): void {
  const memory = emptyStepsMemory();
  serve<StepsMessage<Request>, StepsReply<Result>>((message, post) => definition.handle(message, post, memory));
}
