// What the job workers (robustness, compare, evidence ranks, trajectories, analysis) share: a request on a dataset, the replies they give, and the dataset a worker holds between jobs (sent whole or in parts).
import type { Dataset } from '../model/types';
import { joinPart, splitDataset, type DatasetPart } from './dataset-parts';

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

/**
 * A dataset sent as `version` in several messages: its `head` (the dataset with empty `actors` and
 * `agreements`), then `part`s of those lists. One structured clone of a 5,000-actor / 50,000-agreement
 * dataset is a ~100–370 ms task on the main thread, a part of PART_SIZE records ~10 ms.
 */
export type DatasetMessage =
  { type: 'head'; version: number; head: Dataset } | ({ type: 'part'; version: number } & DatasetPart);

/** The messages that hand `dataset` to a worker as `version`, to be posted each in a task of its own. */
export function datasetMessages(version: number, dataset: Dataset): DatasetMessage[] {
  const { head, parts } = splitDataset(dataset);
  return [
    { type: 'head', version, head: head as unknown as Dataset },
    ...parts.map((part): DatasetMessage => ({ type: 'part', version, ...part })),
  ];
}

/**
 * The worker's side: a head replaces the held dataset, a part joins the head of its version (a part of
 * another version is a stale sender's, dropped). A job naming the version then finds it whole: the
 * client posts the job after the last part, and a worker handles its messages in order.
 */
export function receiveDataset(memory: DatasetMemory, message: DatasetMessage): void {
  if (message.type === 'head') memory.dataset = { version: message.version, dataset: message.head };
  else if (memory.dataset?.version === message.version)
    joinPart(memory.dataset.dataset as unknown as Record<string, unknown>, message);
}
