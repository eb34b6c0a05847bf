// What every cancellable job worker (robustness, compare, evidence ranks, trajectories) shares: a request on a dataset, the replies all of them give, and the dataset a worker holds between jobs.
import type { Dataset } from '../model/types';

/** What such a job computes on: a dataset and the job's own options. */
export interface DatasetRequest {
  dataset: Dataset;
}

/** A job whose dataset travels inside it, left out when the worker holds `datasetVersion` (see DatasetMemory). */
export interface DatasetJob<Request extends DatasetRequest> {
  id: number;
  datasetVersion: number;
  request: Omit<Request, 'dataset'> & { dataset?: Dataset };
}

/** A job's replies: progress (0..1), an error in words, or `Own`, the job's own answers (its result, or per-part results). */
export type JobReply<Own> =
  { id: number; type: 'progress'; fraction: number } | { id: number; type: 'error'; message: string } | Own;

/**
 * What one worker keeps between jobs: the last dataset it was sent, by the client's version number.
 * The dataset travels only when the worker does not hold that version yet (its first job, a new
 * dataset, a restarted worker): changing a year or a metric then copies no dataset into the worker.
 */
export interface DatasetMemory {
  dataset: { version: number; dataset: Dataset } | null;
}

export const emptyDatasetMemory = (): DatasetMemory => ({ dataset: null });

/** The held dataset of `version`; throws (the job then answers an error) when the worker holds another or none. */
export function heldDataset(memory: DatasetMemory, version: number): Dataset {
  const held = memory.dataset;
  if (held?.version !== version)
    throw new Error(`worker has no dataset ${version} (it holds ${held?.version ?? 'none'})`);
  return held.dataset;
}
