// The handler a worker runs for each message, a job or a piece of its dataset (testable without a Worker); the message types are in protocol.ts.
import { analyzeDatasetSteps } from '../analysis/analyze';
import { CancelledError } from '../analysis/types';
import { runSteps } from '../analysis/steps';
import { messageOf } from '../model/errors';
import { nextTurn, runHelper } from './helper';
import { runLead } from './lead';
import type { Dataset } from '../model/types';
import { emptyDatasetMemory, heldDataset, receiveDataset, type DatasetMemory } from './job-protocol';
import type { AnalysisJob, AnalysisWorkerMessage, JobMessage, WorkerReply } from './protocol';
import { emptyHold, setHold, wakeHeld, whileHeld, type HoldState } from './hold';
import { warmUp } from './warm-up';

/** Progress is posted at most this often (ms): each message is handled by the busy main thread. */
const PROGRESS_INTERVAL = 100;

/** Drops reports that come sooner than PROGRESS_INTERVAL after the last (the final one always goes). */
function throttled<T extends unknown[]>(send: (...args: T) => void, final: (...args: T) => boolean) {
  let last = 0;
  return (...args: T): void => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL && !final(...args)) return;
    last = now;
    send(...args);
  };
}

/**
 * What one worker keeps between jobs: the last dataset it was sent, by the client's version number, the newest
 * job id the client cancelled (its ids only grow, so every job up to it is cancelled) and the page's hold.
 */
export interface WorkerMemory extends DatasetMemory {
  cancelledUpTo: number;
  hold: HoldState;
}

export const emptyMemory = (): WorkerMemory => ({ ...emptyDatasetMemory(), cancelledUpTo: 0, hold: emptyHold() });

/** The job's dataset: the one it carries (kept for the next jobs, replacing the last) or the kept one of its version (sent whole or in parts). */
function datasetOf(job: AnalysisJob, memory: WorkerMemory): Dataset {
  if (job.dataset !== undefined) memory.dataset = { version: job.datasetVersion, dataset: job.dataset };
  return heldDataset(memory, job.datasetVersion);
}

/** Runs one job and posts its progress, then its result (or `done` for a helper) or its error. */
export function handleJob(
  message: JobMessage,
  post: (reply: WorkerReply, transfer?: Transferable[]) => void,
  memory: WorkerMemory,
): void | Promise<void> {
  const { id, request } = message;
  const onProgress = throttled(
    (fraction: number) => post({ id, type: 'progress', fraction }),
    (fraction) => fraction >= 1,
  );
  const onBlocks = throttled(
    (done: number, of: number) => post({ id, type: 'blocks', done, of }),
    (done, of) => done >= of,
  );
  // A cancelled job answers nothing: the client has moved on to a newer one.
  const fail = (error: unknown): void => {
    if (!(error instanceof CancelledError)) post({ id, type: 'error', message: messageOf(error) });
  };
  const signal = {
    get cancelled(): boolean {
      return id <= memory.cancelledUpTo;
    },
  };
  // A two-worker job's turn between steps and blocks: messages are read (a cancel, a claim), then it waits out a hold.
  const turn = async (): Promise<void> => {
    await nextTurn();
    await whileHeld(memory.hold, () => signal.cancelled);
  };
  if (request.kind === 'warm-up') {
    try {
      warmUp();
      post({ id, type: 'done' });
    } catch (error) {
      fail(error);
    }
    return;
  }
  if (request.kind === 'brandes-helper') {
    return runHelper(request.port, onBlocks, signal, turn).then(() => {
      if (!signal.cancelled) post({ id, type: 'done' });
    }, fail);
  }
  const { helper, datasetVersion: _version, dataset: _sent, ...job } = request;
  let dataset: Dataset;
  try {
    dataset = datasetOf(request, memory);
  } catch (error) {
    return fail(error);
  }
  if (helper !== undefined) {
    return runLead({ ...job, dataset }, helper, { onProgress, onBlocks, signal, turn }).then(
      (result) => post({ id, type: 'result', result }),
      fail,
    );
  }
  try {
    const { kind: _kind, ...options } = job;
    post({ id, type: 'result', result: runSteps(analyzeDatasetSteps(dataset, options), { onProgress }) });
  } catch (error) {
    fail(error);
  }
}

/** The worker's message handler: a piece of a dataset is kept for the jobs that name its version; a job runs; a cancel or a hold is noted. */
export function handleMessage(
  message: AnalysisWorkerMessage,
  post: (reply: WorkerReply, transfer?: Transferable[]) => void,
  memory: WorkerMemory,
): void | Promise<void> {
  if ('request' in message) return handleJob(message, post, memory);
  if ('cancel' in message) {
    memory.cancelledUpTo = Math.max(memory.cancelledUpTo, message.id);
    // A held job stops now rather than when its hold ends.
    wakeHeld(memory.hold);
    return;
  }
  if ('hold' in message) {
    setHold(memory.hold, message.hold);
    return;
  }
  receiveDataset(memory, message);
}
