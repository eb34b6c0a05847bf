// The client of a one-Steps job (robustness, compare, evidence ranks): the job client (job-client.ts) with the dataset inside the job and one result.
import type { WorkerLike } from '../threads/worker-like';
import { createJobClient, withJob, type JobClient } from './job-client';
import type { DatasetRequest } from './job-protocol';
import type { StepsJob, StepsJobDefinition, StepsReply } from './steps-job';

/** Such a worker's handle: the shared one (threads/worker-like.ts) with these messages. */
export type StepsWorkerLike<Request extends DatasetRequest, Result> = WorkerLike<StepsJob<Request>, StepsReply<Result>>;

export type StepsClient<Request extends DatasetRequest, Result> = JobClient<Request, Result>;

export const createStepsClient = <Request extends DatasetRequest, Result>(
  definition: Pick<StepsJobDefinition<Request, Result>, 'name' | 'stepsOf'>,
  create: () => StepsWorkerLike<Request, Result> | null,
): StepsClient<Request, Result> =>
  createJobClient({
    create,
    stepsOf: definition.stepsOf,
    name: definition.name,
    messages: withJob<Request>(),
    fold: () => (reply: { id: number; type: 'result'; result: Result }) => ({ value: reply.result }),
  });
