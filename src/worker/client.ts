// The app's handle on the analysis: runs it in a Web Worker (or sliced on the main thread without one); a new job cancels the last.
import { analyzeDatasetSliced } from '../analysis/analyze';
import { CancelledError, type AnalysisResult } from '../analysis/types';
import type { AnalysisRequest, JobMessage, WorkerReply } from './protocol';

/** The part of a Worker the client uses, so tests can pass a stand-in. */
export interface WorkerLike {
  postMessage(message: JobMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface RunOptions {
  onProgress?: (fraction: number) => void;
}

export interface AnalysisClient {
  /** Starts a job; any job still running is cancelled (its promise rejects with CancelledError). */
  run(request: AnalysisRequest, options?: RunOptions): Promise<AnalysisResult>;
  /** Cancels the running job, if any. */
  cancel(): void;
  /** Cancels and releases the worker. */
  dispose(): void;
  /** 'worker' or 'main-thread', for the status line and the tests. */
  readonly mode: 'worker' | 'main-thread';
}

export interface ClientOptions {
  /** Makes a worker; returns null where there is none (default: a module Worker when `Worker` exists). */
  createWorker?: () => WorkerLike | null;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

interface Running {
  id: number;
  reject: (error: Error) => void;
  stop: () => void;
}

export function createAnalysisClient(options: ClientOptions = {}): AnalysisClient {
  const create = options.createWorker ?? defaultWorker;
  // Probe once: no Worker means the main-thread path for the whole session.
  let worker: WorkerLike | null = create();
  const mode = worker === null ? 'main-thread' : 'worker';
  let running: Running | null = null;
  let nextId = 1;

  const cancel = (): void => {
    if (running === null) return;
    const job = running;
    running = null;
    job.stop();
    job.reject(new CancelledError());
  };

  const runInWorker = (request: AnalysisRequest, run: RunOptions): Promise<AnalysisResult> => {
    const id = nextId++;
    // A cancelled worker was terminated mid-job: it is replaced here, not reused.
    const current = worker ?? (worker = create());
    if (current === null) return Promise.reject(new Error('analysis worker could not be started'));
    return new Promise<AnalysisResult>((resolve, reject) => {
      running = {
        id,
        reject,
        stop: () => {
          current.terminate();
          if (worker === current) worker = null;
        },
      };
      current.onmessage = (event) => {
        const reply = event.data;
        if (running?.id !== reply.id) return;
        if (reply.type === 'progress') run.onProgress?.(reply.fraction);
        else {
          running = null;
          if (reply.type === 'result') resolve(reply.result);
          else reject(new Error(`analysis failed: ${reply.message}`));
        }
      };
      current.onerror = (event) => {
        if (running?.id !== id) return;
        running = null;
        current.terminate();
        worker = null;
        reject(new Error(`analysis worker stopped: ${event.message || 'unknown error'}`));
      };
      current.postMessage({ id, request });
    });
  };

  const runOnMainThread = (request: AnalysisRequest, run: RunOptions): Promise<AnalysisResult> => {
    const id = nextId++;
    const signal = { cancelled: false };
    const { dataset, kind: _kind, ...analysisOptions } = request;
    return new Promise<AnalysisResult>((resolve, reject) => {
      running = { id, reject, stop: () => (signal.cancelled = true) };
      const onProgress = (fraction: number): void => {
        if (!signal.cancelled) run.onProgress?.(fraction);
      };
      analyzeDatasetSliced(dataset, { ...analysisOptions, signal, onProgress }).then(
        (result) => {
          if (running?.id === id) running = null;
          if (!signal.cancelled) resolve(result);
        },
        (error: unknown) => {
          if (running?.id === id) running = null;
          if (!signal.cancelled) reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  };

  return {
    mode,
    run(request, run = {}) {
      cancel();
      return mode === 'worker' ? runInWorker(request, run) : runOnMainThread(request, run);
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
