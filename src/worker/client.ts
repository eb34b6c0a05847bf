// The app's handle on the analysis: Web Workers (two for large betweenness), or time slices on the main thread; a new job cancels the last.
import { analyzeDatasetSliced } from '../analysis/analyze';
import { combineBrandes, finishBrandes, type BrandesSums } from '../analysis/brandes';
import { CancelledError, type AnalysisResult } from '../analysis/types';
import type { AnalysisRequest, JobMessage, WorkerJob, WorkerReply } from './protocol';

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
  /** Cancels and releases the workers. */
  dispose(): void;
  /** 'worker' or 'main-thread', for the status line and the tests. */
  readonly mode: 'worker' | 'main-thread';
}

export interface ClientOptions {
  /** Makes a worker; returns null where there is none (default: a module Worker when `Worker` exists). */
  createWorker?: () => WorkerLike | null;
  /**
   * From this many actors on, betweenness is split across two workers (then the analysis finishes
   * in the first). Below it, starting a second worker costs more than it saves (~150 ms; see
   * ../shared/research/performance-anchors.md). Default 1500, and never on a single-core machine.
   */
  parallelFrom?: number;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

const cores = (): number => (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 1;

interface Job {
  id: number;
  reject: (error: Error) => void;
  stop: () => void;
}

export function createAnalysisClient(options: ClientOptions = {}): AnalysisClient {
  const create = options.createWorker ?? defaultWorker;
  const parallelFrom = options.parallelFrom ?? (cores() >= 2 ? 1500 : Infinity);
  // Probe once: no Worker means the main-thread path for the whole session.
  const pool: Array<WorkerLike | null> = [create(), null];
  const mode = pool[0] === null ? 'main-thread' : 'worker';
  let running: Job | null = null;
  let nextId = 1;

  const cancel = (): void => {
    if (running === null) return;
    const job = running;
    running = null;
    job.stop();
    job.reject(new CancelledError());
  };

  const workerAt = (slot: number): WorkerLike => {
    const existing = pool[slot] ?? create();
    if (existing === null) throw new Error('analysis worker could not be started');
    pool[slot] = existing;
    return existing;
  };

  /** Sends one job to one worker; settles on its result, share or error. */
  const call = (slot: number, job: WorkerJob, id: number, onProgress: (f: number) => void): Promise<WorkerReply> => {
    const worker = workerAt(slot);
    return new Promise<WorkerReply>((resolve, reject) => {
      worker.onmessage = (event) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'error') reject(new Error(`analysis failed: ${reply.message}`));
        else resolve(reply);
      };
      worker.onerror = (event) => {
        worker.terminate();
        if (pool[slot] === worker) pool[slot] = null;
        reject(new Error(`analysis worker stopped: ${event.message || 'unknown error'}`));
      };
      worker.postMessage({ id, request: job });
    });
  };

  const inWorkers = async (request: AnalysisRequest, id: number, run: RunOptions): Promise<AnalysisResult> => {
    const report = (fraction: number): void => {
      if (running?.id === id) run.onProgress?.(fraction);
    };
    let paths: { betweenness: Float64Array; closeness: Float64Array } | undefined;
    let done = 0;
    if (request.dataset.actors.length >= parallelFrom) {
      // Busy workers are terminated on cancel, so each share runs in a worker of its own.
      const shares = [0, 0];
      const share = (part: number) =>
        call(part, { ...request, kind: 'brandes-share', part, parts: 2 }, id, (f) => {
          shares[part] = f;
          report(0.75 * ((shares[0]! + shares[1]!) / 2));
        });
      const replies = await Promise.all([share(0), share(1)]);
      paths = finishBrandes(combineBrandes(replies.map((r) => (r as { sums: BrandesSums }).sums)));
      done = 0.75;
    }
    const reply = await call(0, paths ? { ...request, paths } : request, id, (f) => report(done + (1 - done) * f));
    return (reply as { result: AnalysisResult }).result;
  };

  const stopWorkers = (): void => {
    for (let slot = 0; slot < pool.length; slot++) {
      pool[slot]?.terminate();
      pool[slot] = null;
    }
  };

  return {
    mode,
    run(request, run = {}) {
      cancel();
      const id = nextId++;
      const signal = { cancelled: false };
      return new Promise<AnalysisResult>((resolve, reject) => {
        running = {
          id,
          reject,
          stop: () => {
            signal.cancelled = true;
            if (mode === 'worker') stopWorkers();
          },
        };
        const settle = (error: unknown, result?: AnalysisResult): void => {
          if (running?.id !== id) return;
          running = null;
          if (result !== undefined) resolve(result);
          else reject(error instanceof Error ? error : new Error(String(error)));
        };
        const work =
          mode === 'worker'
            ? inWorkers(request, id, run)
            : analyzeDatasetSliced(request.dataset, {
                ...request,
                signal,
                onProgress: (f) => (running?.id === id ? run.onProgress?.(f) : undefined),
              });
        work.then(
          (result) => settle(null, result),
          (error: unknown) => settle(error),
        );
      });
    },
    cancel,
    dispose() {
      cancel();
      stopWorkers();
    },
  };
}
