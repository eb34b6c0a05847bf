// The messages between the analysis client and its Web Worker, and the handler the worker runs (testable without a Worker).
import { analyzeDataset } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import type { Dataset, Filters, Projection } from '../model/types';

/** What the app asks for: the whole analysis of a dataset under filters (more kinds can be added). */
export interface AnalysisRequest {
  kind: 'analyze';
  dataset: Dataset;
  filters: Filters;
  projection?: Projection;
  sectors?: string[];
  warnings?: number;
}

export interface JobMessage {
  id: number;
  request: AnalysisRequest;
}

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: AnalysisResult }
  | { id: number; type: 'error'; message: string };

/** Progress is posted at most this often (ms), so messages never outnumber the work. */
const PROGRESS_INTERVAL = 50;

/** Runs one job and posts its progress, then its result or its error. */
export function handleJob(message: JobMessage, post: (reply: WorkerReply) => void): void {
  const { id, request } = message;
  let last = 0;
  try {
    const { dataset, kind: _kind, ...options } = request;
    const result = analyzeDataset(dataset, {
      ...options,
      onProgress: (fraction) => {
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL && fraction < 1) return;
        last = now;
        post({ id, type: 'progress', fraction });
      },
    });
    post({ id, type: 'result', result });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
