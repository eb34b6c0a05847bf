// The app's handle on trajectories: a Web Worker of its own (analysis jobs are never cancelled by it), or time slices on the main thread.
import { runStepsAsync } from '../analysis/steps';
import { trajectoriesSteps, type Trajectories, type TrajectoryYear } from '../analysis/trajectories';
import { CancelledError } from '../analysis/types';
import type { Dataset } from '../model/types';
import { listen, startWorker, type WorkerLike } from '../threads/worker-like';
import {
  datasetMessages,
  type TrajectoriesMessage,
  type TrajectoriesReply,
  type TrajectoriesRequest,
} from './trajectories-protocol';

/** The trajectories worker's handle: the shared one (threads/worker-like.ts) with this protocol's messages. */
export type TrajectoriesWorkerLike = WorkerLike<TrajectoriesMessage, TrajectoriesReply>;

export interface TrajectoriesClient {
  /** Starts a job; one still running is cancelled (its promise rejects with CancelledError). */
  run(request: TrajectoriesRequest, onProgress?: (fraction: number) => void): Promise<Trajectories>;
  /** Stops the running job, if any: its promise rejects with CancelledError. */
  cancel(): void;
  dispose(): void;
}

const defaultWorker = (): TrajectoriesWorkerLike | null =>
  startWorker(() => new Worker(new URL('./trajectories.worker.ts', import.meta.url), { type: 'module' }));

/** A later task: each of the dataset's parts is posted in a task of its own, so none blocks the page for long. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createTrajectoriesClient(
  create: () => TrajectoriesWorkerLike | null = defaultWorker,
): TrajectoriesClient {
  let worker: TrajectoriesWorkerLike | null = null;
  // Once a worker fails to start or its script cannot load (an offline single file), this session computes here.
  let unavailable = false;
  let nextId = 1;
  let running: { id: number; stop: () => void; reject: (error: Error) => void } | null = null;
  // Datasets are never changed in place (the store replaces them), so the object is its version.
  const versions = new WeakMap<Dataset, number>();
  let nextVersion = 1;
  // The dataset version the live worker holds; a new worker (after a cancel) gets the dataset again.
  let held: number | null = null;

  const versionOf = (dataset: Dataset): number => {
    let version = versions.get(dataset);
    if (version === undefined) {
      version = nextVersion++;
      versions.set(dataset, version);
    }
    return version;
  };

  const cancel = (): void => {
    if (running === null) return;
    const job = running;
    running = null;
    job.stop();
    job.reject(new CancelledError());
  };

  const workerNow = (): TrajectoriesWorkerLike | null => {
    if (worker !== null || unavailable) return worker;
    try {
      worker = create();
    } catch {
      worker = null;
    }
    held = null;
    if (worker === null) unavailable = true;
    return worker;
  };

  return {
    run(request, onProgress) {
      cancel();
      const id = nextId++;
      const signal = { cancelled: false };
      return new Promise<Trajectories>((resolve, reject) => {
        const settle = (error: unknown, result?: Trajectories): void => {
          if (running?.id !== id) return;
          running = null;
          if (result !== undefined) resolve(result);
          else reject(error instanceof Error ? error : new Error(String(error)));
        };
        // Each report reaches the store and the page: whole percents only, in either mode.
        let shown = -1;
        const report = (fraction: number): void => {
          if (running?.id !== id) return;
          const percent = Math.floor(fraction * 100);
          if (percent <= shown) return;
          shown = percent;
          onProgress?.(percent / 100);
        };
        const onMainThread = (): void => {
          const { dataset, ...options } = request;
          runStepsAsync(trajectoriesSteps(dataset, options), { signal, onProgress: report }).then(
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
            held = null;
          },
        };
        const target = workerNow();
        if (target === null) {
          onMainThread();
          return;
        }
        const years: TrajectoryYear[] = [];
        listen(
          target,
          (reply) => {
            if (reply.id !== id) return;
            if (reply.type === 'progress') report(reply.fraction);
            else if (reply.type === 'year') years.push(reply.year);
            else if (reply.type === 'done') settle(null, { years });
            else settle(new Error(`trajectories failed: ${reply.message}`));
          },
          // A script that cannot load or a crash: this session computes on the main thread instead.
          (event) => {
            event.preventDefault?.();
            target.terminate();
            if (worker === target) worker = null;
            held = null;
            unavailable = true;
            if (running?.id === id) onMainThread();
          },
        );
        const { dataset, ...options } = request;
        const version = versionOf(dataset);
        const parts = held === version ? [] : datasetMessages(version, dataset);
        held = version;
        const send = async (): Promise<void> => {
          for (const message of parts) {
            if (running?.id !== id || worker !== target) return;
            target.postMessage(message);
            await nextTask();
          }
          if (running?.id === id && worker === target) target.postMessage({ type: 'run', id, version, ...options });
        };
        void send();
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
      held = null;
    },
  };
}
