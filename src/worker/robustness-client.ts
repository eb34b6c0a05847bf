// The app's handle on rank robustness: a Web Worker of its own (the analysis client's jobs are never cancelled by it), or time slices on the main thread.
import { robustnessSteps, type Robustness } from '../analysis/robustness';
import { runStepsAsync } from '../analysis/steps';
import { CancelledError } from '../analysis/types';
import { applyFilters } from '../model/filter';
import type { RobustnessJob, RobustnessReply, RobustnessRequest } from './robustness-protocol';

/** The part of a Worker the client uses, so tests can pass a stand-in. */
export interface RobustnessWorkerLike {
  postMessage(message: RobustnessJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<RobustnessReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface RobustnessClient {
  /** Starts a job; one still running is cancelled (its promise rejects with CancelledError). */
  run(request: RobustnessRequest, onProgress?: (fraction: number) => void): Promise<Robustness>;
  cancel(): void;
  dispose(): void;
}

function defaultWorker(): RobustnessWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./robustness.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as RobustnessWorkerLike;
}

/** On the main thread in 12 ms slices: where there is no Worker, or its script cannot load (an offline single file). */
function sliced(
  request: RobustnessRequest,
  signal: { cancelled: boolean },
  onProgress?: (fraction: number) => void,
): Promise<Robustness> {
  const filtered = applyFilters(request.dataset, request.filters);
  return runStepsAsync(robustnessSteps(filtered, { metric: request.metric, projection: request.projection }), {
    signal,
    ...(onProgress ? { onProgress } : {}),
  });
}

export function createRobustnessClient(create: () => RobustnessWorkerLike | null = defaultWorker): RobustnessClient {
  let worker: RobustnessWorkerLike | null = null;
  let unavailable = false;
  let nextId = 1;
  let running: { id: number; stop: () => void; reject: (error: Error) => void } | null = null;

  const cancel = (): void => {
    if (running === null) return;
    const job = running;
    running = null;
    job.stop();
    job.reject(new CancelledError());
  };

  const workerNow = (): RobustnessWorkerLike | null => {
    if (worker !== null || unavailable) return worker;
    try {
      worker = create();
    } catch {
      worker = null;
    }
    if (worker === null) unavailable = true;
    return worker;
  };

  return {
    run(request, onProgress) {
      cancel();
      const id = nextId++;
      const signal = { cancelled: false };
      return new Promise<Robustness>((resolve, reject) => {
        const settle = (error: unknown, result?: Robustness): void => {
          if (running?.id !== id) return;
          running = null;
          if (result !== undefined) resolve(result);
          else reject(error instanceof Error ? error : new Error(String(error)));
        };
        const report = (fraction: number): void => (running?.id === id ? onProgress?.(fraction) : undefined);
        const onMainThread = (): void => {
          sliced(request, signal, report).then(
            (result) => settle(null, result),
            (error: unknown) => settle(error),
          );
        };
        running = {
          id,
          reject,
          stop: () => {
            signal.cancelled = true;
            // Terminating is the only way to stop a worker mid-computation; the next run makes a new one.
            worker?.terminate();
            worker = null;
          },
        };
        const target = workerNow();
        if (target === null) {
          onMainThread();
          return;
        }
        target.onmessage = (event) => {
          const reply = event.data;
          if (reply.id !== id) return;
          if (reply.type === 'progress') report(reply.fraction);
          else if (reply.type === 'result') settle(null, reply.result);
          else settle(new Error(`robustness failed: ${reply.message}`));
        };
        // A script that cannot load or a crash: this session computes on the main thread instead.
        target.onerror = (event) => {
          event.preventDefault?.();
          target.terminate();
          worker = null;
          unavailable = true;
          if (running?.id === id) onMainThread();
        };
        target.postMessage({ id, request });
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
