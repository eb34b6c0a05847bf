// The app's handle on a one-job worker (robustness, compare): a Web Worker of its own, or time slices on the main thread; a new job cancels the last.
import { runStepsAsync, type Steps } from '../analysis/steps';
import { CancelledError } from '../analysis/types';
import { messageOf } from '../model/errors';
import type { Dataset } from '../model/types';
import { listen, type WorkerLike } from '../threads/worker-like';
import type { DatasetRequest, StepsJob, StepsReply } from './steps-job';

/** Such a worker's handle: the shared one (threads/worker-like.ts) with these messages. */
export type StepsWorkerLike<Request extends DatasetRequest, Result> = WorkerLike<StepsJob<Request>, StepsReply<Result>>;

export interface StepsClient<Request extends DatasetRequest, Result> {
  /** Starts a job; one still running is cancelled (its promise rejects with CancelledError). */
  run(request: Request, onProgress?: (fraction: number) => void): Promise<Result>;
  cancel(): void;
  dispose(): void;
}

export interface StepsClientOptions<Request extends DatasetRequest, Result> {
  /** Makes the worker, or null where there is none (then every job runs on the main thread). */
  create: () => StepsWorkerLike<Request, Result> | null;
  /** The computation, the same one the worker runs: the main thread runs it in 12 ms slices. */
  stepsOf: (request: Request) => Steps<Result>;
  /** What failed, for the error message ("robustness failed: …"). */
  name: string;
}

export function createStepsClient<Request extends DatasetRequest, Result>(
  options: StepsClientOptions<Request, Result>,
): StepsClient<Request, Result> {
  const { create, stepsOf, name } = options;
  let worker: StepsWorkerLike<Request, Result> | null = null;
  let unavailable = false;
  let nextId = 1;
  let running: { id: number; stop: () => void; reject: (error: Error) => void } | null = null;
  // Datasets are never changed in place (the store replaces them), so the object is its version.
  const versions = new WeakMap<Dataset, number>();
  let nextVersion = 1;
  // The dataset version the live worker holds; a restarted worker is a new object, so it gets the dataset again.
  const held = new WeakMap<StepsWorkerLike<Request, Result>, number>();

  const cancel = (): void => {
    if (running === null) return;
    const job = running;
    running = null;
    job.stop();
    job.reject(new CancelledError());
  };

  const workerNow = (): StepsWorkerLike<Request, Result> | null => {
    if (worker !== null || unavailable) return worker;
    try {
      worker = create();
    } catch {
      worker = null;
    }
    if (worker === null) unavailable = true;
    return worker;
  };

  /** The message for `target`: the dataset goes along only if that worker does not hold it. */
  const jobFor = (target: StepsWorkerLike<Request, Result>, id: number, request: Request): StepsJob<Request> => {
    let version = versions.get(request.dataset);
    if (version === undefined) {
      version = nextVersion++;
      versions.set(request.dataset, version);
    }
    if (held.get(target) === version) {
      const { dataset: _kept, ...rest } = request;
      return { id, datasetVersion: version, request: rest };
    }
    held.set(target, version);
    return { id, datasetVersion: version, request };
  };

  return {
    run(request, onProgress) {
      cancel();
      const id = nextId++;
      const signal = { cancelled: false };
      return new Promise<Result>((resolve, reject) => {
        const settle = (error: unknown, result?: { value: Result }): void => {
          if (running?.id !== id) return;
          running = null;
          if (result !== undefined) resolve(result.value);
          else reject(error instanceof Error ? error : new Error(messageOf(error)));
        };
        const report = (fraction: number): void => (running?.id === id ? onProgress?.(fraction) : undefined);
        // Where there is no Worker, or its script cannot load (an offline single file).
        const onMainThread = (): void => {
          runStepsAsync(stepsOf(request), { signal, onProgress: report }).then(
            (value) => settle(null, { value }),
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
        listen(
          target,
          (reply) => {
            if (reply.id !== id) return;
            if (reply.type === 'progress') report(reply.fraction);
            else if (reply.type === 'result') settle(null, { value: reply.result });
            else settle(new Error(`${name} failed: ${reply.message}`));
          },
          // A script that cannot load or a crash: this session computes on the main thread instead.
          (event) => {
            event.preventDefault?.();
            target.terminate();
            worker = null;
            unavailable = true;
            if (running?.id === id) onMainThread();
          },
        );
        target.postMessage(jobFor(target, id, request));
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
