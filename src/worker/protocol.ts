// The messages between the analysis client and its Web Workers, and the handler a worker runs (testable without a Worker).
import type { PathMetrics } from '../analysis/actor-metrics';
import { analyzeDatasetSteps } from '../analysis/analyze';
import { runSteps } from '../analysis/steps';
import type { AnalysisResult } from '../analysis/types';
import type { Dataset, Filters, Projection } from '../model/types';
import { runHelper } from './helper';
import { runLead } from './lead';
import { warmUp } from './warm-up';
import { messageOf } from '../model/errors';

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
 * What the client sends a worker: the analysis (maybe with paths computed elsewhere), alone or as the
 * lead of a pair (`helper`: its port to the other worker), the helper's part (`port`: to the lead),
 * or a warm-up run (see warm-up.ts). Ports travel in the message's transfer list.
 */
export type WorkerJob =
  | (AnalysisRequest & { paths?: PathMetrics; helper?: MessagePort })
  | { kind: 'brandes-helper'; port: MessagePort }
  | { kind: 'warm-up' };

export interface JobMessage {
  id: number;
  request: WorkerJob;
}

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  /** Brandes blocks this worker has finished, of all blocks of the job (lead and helper each count their own). */
  | { id: number; type: 'blocks'; done: number; of: number }
  | { id: number; type: 'result'; result: AnalysisResult }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; message: string };

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

/** Runs one job and posts its progress, then its result (or `done` for a helper) or its error. */
export function handleJob(
  message: JobMessage,
  post: (reply: WorkerReply, transfer?: Transferable[]) => void,
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
  const fail = (error: unknown): void => post({ id, type: 'error', message: messageOf(error) });
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
    return runHelper(request.port, onBlocks).then(() => post({ id, type: 'done' }), fail);
  }
  const { helper, ...job } = request;
  if (helper !== undefined) {
    return runLead(job, helper, { onProgress, onBlocks }).then((result) => post({ id, type: 'result', result }), fail);
  }
  try {
    const { dataset, kind: _kind, ...options } = job;
    post({ id, type: 'result', result: runSteps(analyzeDatasetSteps(dataset, options), { onProgress }) });
  } catch (error) {
    fail(error);
  }
}
