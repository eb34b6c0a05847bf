// The app's handle on "Where it brokers" at thousands of actors: a Web Worker of its own, or time slices on the main thread.
import { startWorker } from '../threads/worker-like';
import { brokerageJob, type BrokerageRequest, type BrokerageResult } from './brokerage-protocol';
import { createStepsClient, type StepsClient, type StepsWorkerLike } from './steps-client';

export type BrokerageWorkerLike = StepsWorkerLike<BrokerageRequest, BrokerageResult>;
export type BrokerageClient = StepsClient<BrokerageRequest, BrokerageResult>;

const defaultWorker = (): BrokerageWorkerLike | null =>
  startWorker(() => new Worker(new URL('./brokerage.worker.ts', import.meta.url), { type: 'module' }));

export const createBrokerageClient = (create = defaultWorker): BrokerageClient =>
  createStepsClient(brokerageJob, create, { parts: true });
