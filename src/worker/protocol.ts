// The messages between the analysis client and its Web Workers, and the handler a worker runs (testable without a Worker).
import type { PathMetrics } from '../analysis/actor-metrics';
import { analyzeDatasetSteps, brandesShareSteps } from '../analysis/analyze';
import type { BrandesSums } from '../analysis/brandes';
import { runSteps } from '../analysis/steps';
import type { AnalysisResult } from '../analysis/types';
import type { Dataset, Filters, Projection } from '../model/types';

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

/** What the client sends a worker: the analysis (maybe with paths summed from shares), or one Brandes share. */
export type WorkerJob =
  | (AnalysisRequest & { paths?: PathMetrics })
  | { kind: 'brandes-share'; dataset: Dataset; filters: Filters; projection?: Projection; part: number; parts: number };

export interface JobMessage {
  id: number;
  request: WorkerJob;
}

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: AnalysisResult }
  | { id: number; type: 'share'; sums: BrandesSums }
  | { id: number; type: 'error'; message: string };

/** Progress is posted at most this often (ms), so messages never outnumber the work. */
const PROGRESS_INTERVAL = 50;

/** Runs one job and posts its progress, then its result or its error. */
export function handleJob(message: JobMessage, post: (reply: WorkerReply, transfer?: Transferable[]) => void): void {
  const { id, request } = message;
  let last = 0;
  const onProgress = (fraction: number): void => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL && fraction < 1) return;
    last = now;
    post({ id, type: 'progress', fraction });
  };
  try {
    if (request.kind === 'brandes-share') {
      const { dataset, ...options } = request;
      const sums = runSteps(brandesShareSteps(dataset, options), { onProgress });
      post({ id, type: 'share', sums }, [sums.betweenness.buffer, sums.closeness.buffer]);
      return;
    }
    const { dataset, kind: _kind, ...options } = request;
    post({ id, type: 'result', result: runSteps(analyzeDatasetSteps(dataset, options), { onProgress }) });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
