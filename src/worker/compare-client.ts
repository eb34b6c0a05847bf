// The app's handle on the compare view's comparison: a Web Worker of its own (so the analysis client's jobs go on), or time slices on the main thread.
import type { Comparison } from '../analysis/compare';
import { startWorker } from '../threads/worker-like';
import { compareJob, type CompareRequest } from './compare-protocol';
import { createStepsClient, type StepsClient, type StepsWorkerLike } from './steps-client';

export type CompareWorkerLike = StepsWorkerLike<CompareRequest, Comparison>;
export type CompareClient = StepsClient<CompareRequest, Comparison>;

const defaultWorker = (): CompareWorkerLike | null =>
  startWorker(() => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' }));

export const createCompareClient = (create = defaultWorker): CompareClient => createStepsClient(compareJob, create);
