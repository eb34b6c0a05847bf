// The client of a one-Steps job (robustness, compare, evidence ranks, brokerage): the job client (job-client.ts) with the dataset inside the job or in parts, and one result.
import type { WorkerLike } from '../threads/worker-like';
import { createJobClient, inParts, withJob, type JobClient } from './job-client';
import { datasetMessages, type DatasetRequest } from './job-protocol';
import type { StepsJobDefinition, StepsMessage, StepsReply } from './steps-job';

/** Such a worker's handle: the shared one (threads/worker-like.ts) with these messages. */
export type StepsWorkerLike<Request extends DatasetRequest, Result> = WorkerLike<
  StepsMessage<Request>,
  StepsReply<Result>
>;

export type StepsClient<Request extends DatasetRequest, Result> = JobClient<Request, Result>;

/**
 * `parts`: the dataset goes to the worker in parts, each posted in a task of its own, before the job; else inside the
 * job, one structured clone (100–370 ms on the page at 5,000 actors: docs/performance.md). A job a reader starts at
 * that size with a click (where an actor brokers) sends it in parts.
 */
export const createStepsClient = <Request extends DatasetRequest, Result>(
  definition: Pick<StepsJobDefinition<Request, Result>, 'name' | 'stepsOf'>,
  create: () => StepsWorkerLike<Request, Result> | null,
  { parts = false }: { parts?: boolean } = {},
): StepsClient<Request, Result> =>
  createJobClient({
    create,
    stepsOf: definition.stepsOf,
    name: definition.name,
    messages: parts
      ? inParts<Request, StepsMessage<Request>>(datasetMessages, (id, datasetVersion, request) => ({
          id,
          datasetVersion,
          request,
        }))
      : withJob<Request>(),
    fold: () => (reply: { id: number; type: 'result'; result: Result }) => ({ value: reply.result }),
  });
