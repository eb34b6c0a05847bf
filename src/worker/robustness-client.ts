// The app's handle on rank robustness: a Web Worker of its own (the analysis client's jobs are never cancelled by it), or time slices on the main thread.
import type { Robustness } from '../analysis/robustness';
import { startWorker } from '../threads/worker-like';
import { robustnessJob, type RobustnessRequest } from './robustness-protocol';
import { createStepsClient, type StepsClient, type StepsWorkerLike } from './steps-client';

export type RobustnessWorkerLike = StepsWorkerLike<RobustnessRequest, Robustness>;
export type RobustnessClient = StepsClient<RobustnessRequest, Robustness>;

const defaultWorker = (): RobustnessWorkerLike | null =>
  startWorker(() => new Worker(new URL('./robustness.worker.ts', import.meta.url), { type: 'module' }));

export const createRobustnessClient = (create = defaultWorker): RobustnessClient =>
  createStepsClient(robustnessJob, create);
