// The messages between the analysis client and its Web Workers: types only, so both sides import them without a cycle.
import type { PathMetrics } from '../analysis/actor-metrics';
import type { AnalysisResult } from '../analysis/types';
import type { Dataset, Filters, Projection } from '../model/types';
import type { DatasetMessage } from './job-protocol';

/** What the app asks for: the whole analysis of a dataset under filters. */
export interface AnalysisRequest {
  kind: 'analyze';
  dataset: Dataset;
  filters: Filters;
  projection?: Projection;
  sectors?: string[];
  warnings?: number;
  /** Recommendations per actor (default 3); the app sends 0 and asks for the selected actor's on demand. */
  recommendations?: number;
}

/**
 * An analysis job as a worker gets it. The dataset travels only when this worker does not hold
 * `datasetVersion` yet (its first job, a new dataset, or a restarted worker); otherwise the worker
 * uses the copy it kept, and the job carries only the filters and options. Copying a 5,000-actor
 * dataset into a worker costs main-thread time on every job (docs/performance.md). A small dataset
 * travels inside the job (`dataset`); a large one in DatasetMessages posted before the job, each in a
 * task of its own, since one clone of 5,000 actors / 50,000 agreements held the page for 200–370 ms.
 */
export type AnalysisJob = Omit<AnalysisRequest, 'dataset'> & {
  datasetVersion: number;
  dataset?: Dataset;
  paths?: PathMetrics;
  helper?: MessagePort;
};

/**
 * What the client sends a worker: the analysis (maybe with paths computed elsewhere), alone or as the
 * lead of a pair (`helper`: its port to the other worker), the helper's part (`port`: to the lead),
 * or a warm-up run (see warm-up.ts). Ports travel in the message's transfer list.
 */
export type WorkerJob = AnalysisJob | { kind: 'brandes-helper'; port: MessagePort } | { kind: 'warm-up' };

export interface JobMessage {
  id: number;
  request: WorkerJob;
}

/**
 * Stops job `id` and every older one where it next looks: a two-worker job between its steps and between Brandes
 * blocks. The worker and the dataset it holds stay for the next job.
 */
export interface CancelMessage {
  id: number;
  cancel: true;
}

/**
 * Holds this worker's two-worker jobs between their steps and blocks for at most `hold` ms (0: releases them), while
 * the page draws a change the reader made (hold.ts). A one-worker job runs without turns and is not held.
 */
export interface HoldMessage {
  hold: number;
}

/** Everything the client posts an analysis worker: a job, a piece of a dataset a later job names, a cancel or a hold. */
export type AnalysisWorkerMessage = JobMessage | DatasetMessage | CancelMessage | HoldMessage;

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  /** Brandes blocks this worker has finished, of all blocks of the job (lead and helper each count their own). */
  | { id: number; type: 'blocks'; done: number; of: number }
  | { id: number; type: 'result'; result: AnalysisResult }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; message: string };
