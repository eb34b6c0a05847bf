// The app's handle on trajectories: the job client (job-client.ts) with the dataset sent in parts and the years folded as they arrive; a worker of its own, so analysis jobs are never cancelled by it.
import { trajectoriesSteps, type Trajectories, type TrajectoryYear } from '../analysis/trajectories';
import { startWorker, type WorkerLike } from '../threads/worker-like';
import { createJobClient, inParts, type JobClient } from './job-client';
import { datasetMessages } from './job-protocol';
import type { TrajectoriesMessage, TrajectoriesReply, TrajectoriesRequest } from './trajectories-protocol';

/** The trajectories worker's handle: the shared one (threads/worker-like.ts) with this protocol's messages. */
export type TrajectoriesWorkerLike = WorkerLike<TrajectoriesMessage, TrajectoriesReply>;

export type TrajectoriesClient = JobClient<TrajectoriesRequest, Trajectories>;

const defaultWorker = (): TrajectoriesWorkerLike | null =>
  startWorker(() => new Worker(new URL('./trajectories.worker.ts', import.meta.url), { type: 'module' }));

/** Each year as it arrives (one year is a short message to receive), the whole range on `done`. */
const foldYears = () => {
  const years: TrajectoryYear[] = [];
  return (reply: { type: 'year'; year: TrajectoryYear } | { type: 'done' }): { value: Trajectories } | undefined => {
    if (reply.type === 'year') years.push(reply.year);
    else return { value: { years } };
    return undefined;
  };
};

export const createTrajectoriesClient = (create = defaultWorker): TrajectoriesClient =>
  createJobClient({
    create,
    stepsOf: ({ dataset, ...options }) => trajectoriesSteps(dataset, options),
    name: 'trajectories',
    messages: inParts<TrajectoriesRequest, TrajectoriesMessage>(datasetMessages, (id, version, options) => ({
      type: 'run',
      id,
      version,
      ...options,
    })),
    fold: foldYears,
    // Each report reaches the store and the page.
    wholePercents: true,
  });
