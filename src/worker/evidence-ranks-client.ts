// The app's handle on the rankings' "with vs without illustrative ties": a Web Worker of its own, or time slices on the main thread.
import { startWorker } from '../threads/worker-like';
import { evidenceRanksJob, type EvidenceRanksRequest, type EvidenceRanksResult } from './evidence-ranks-protocol';
import { createStepsClient, type StepsClient, type StepsWorkerLike } from './steps-client';

export type EvidenceRanksWorkerLike = StepsWorkerLike<EvidenceRanksRequest, EvidenceRanksResult>;
export type EvidenceRanksClient = StepsClient<EvidenceRanksRequest, EvidenceRanksResult>;

const defaultWorker = (): EvidenceRanksWorkerLike | null =>
  startWorker(() => new Worker(new URL('./evidence-ranks.worker.ts', import.meta.url), { type: 'module' }));

export const createEvidenceRanksClient = (create = defaultWorker): EvidenceRanksClient =>
  createStepsClient(evidenceRanksJob, create);
