// The app's handles on "Where it brokers" and its paths at thousands of actors: a Web Worker each, or time slices on the main thread.
import { startWorker } from '../threads/worker-like';
import {
  brokerageJob,
  brokerPathsJob,
  type BrokerageRequest,
  type BrokerageResult,
  type BrokerPathsRequest,
  type BrokerPathsResult,
} from './brokerage-protocol';
import { createStepsClient, type StepsClient, type StepsWorkerLike } from './steps-client';

export type BrokerageWorkerLike = StepsWorkerLike<BrokerageRequest, BrokerageResult>;
export type BrokerageClient = StepsClient<BrokerageRequest, BrokerageResult>;

const defaultWorker = (): BrokerageWorkerLike | null =>
  startWorker(() => new Worker(new URL('./brokerage.worker.ts', import.meta.url), { type: 'module' }));

export const createBrokerageClient = (create = defaultWorker): BrokerageClient =>
  createStepsClient(brokerageJob, create, { parts: true });

export type BrokerPathsWorkerLike = StepsWorkerLike<BrokerPathsRequest, BrokerPathsResult>;
export type BrokerPathsClient = StepsClient<BrokerPathsRequest, BrokerPathsResult>;

const pathsWorker = (): BrokerPathsWorkerLike | null =>
  startWorker(() => new Worker(new URL('./broker-paths.worker.ts', import.meta.url), { type: 'module' }));

export const createBrokerPathsClient = (create = pathsWorker): BrokerPathsClient =>
  createStepsClient(brokerPathsJob, create, { parts: true });
