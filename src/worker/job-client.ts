// The one client of the cancellable job workers (robustness, compare, evidence ranks, trajectories): a Web Worker of its own, or time slices on the main thread; a new job cancels the last.
import { runStepsAsync, type Steps } from '../analysis/steps';
import type { Dataset } from '../model/types';
import { listen, type WorkerLike } from '../threads/worker-like';
import type { DatasetJob, DatasetRequest, JobReply } from './job-protocol';
import { createJobSlot } from './job-slot';
import { nextTask } from '../threads/idle';

export interface JobClient<Request extends DatasetRequest, Result> {
  /** Starts a job; one still running is cancelled (its promise rejects with CancelledError). */
  run(request: Request, onProgress?: (fraction: number) => void): Promise<Result>;
  /** Stops the running job, if any: its promise rejects with CancelledError. */
  cancel(): void;
  dispose(): void;
}

/** The messages of one job, in order; `fresh` when the worker does not hold the request's dataset `version` yet. */
export type JobMessages<Request extends DatasetRequest, Message> = (
  id: number,
  version: number,
  request: Request,
  fresh: boolean,
) => Message[];

export interface JobClientOptions<Request extends DatasetRequest, Result, Message, Own extends { id: number }> {
  /** Makes the worker, or null where there is none (then every job runs on the main thread). */
  create: () => WorkerLike<Message, JobReply<Own>> | null;
  /** The computation the worker runs, run here in 12 ms slices where there is no worker. */
  stepsOf: (request: Request) => Steps<Result>;
  /** What failed, for the error message ("robustness failed: …"). */
  name: string;
  /**
   * How the dataset is sent (`withJob` or `inParts`): the first message is posted at once, each next
   * one in a task of its own, so no structured clone holds the page for long.
   */
  messages: JobMessages<Request, Message>;
  /** Folds one job's own replies (those that are not progress or an error): `{ value }` on the last. */
  fold: () => (reply: Own) => { value: Result } | undefined;
  /** Reports whole, rising percents only, in either mode (each report re-renders a chart); default: every fraction. */
  wholePercents?: boolean;
}

/** The dataset travels whole inside the job message, left out when the worker holds its version. */
export const withJob =
  <Request extends DatasetRequest>(): JobMessages<Request, DatasetJob<Request>> =>
  (id, version, request, fresh) => {
    const { dataset: _kept, ...rest } = request;
    return [{ id, datasetVersion: version, request: fresh ? request : rest }];
  };

/** The dataset goes first, as the messages `parts` makes (each posted in its own task), then the job `run` makes without it. */
export const inParts =
  <Request extends DatasetRequest, Message>(
    parts: (version: number, dataset: Dataset) => Message[],
    run: (id: number, version: number, options: Omit<Request, 'dataset'>) => Message,
  ): JobMessages<Request, Message> =>
  (id, version, request, fresh) => {
    const { dataset, ...options } = request;
    return [...(fresh ? parts(version, dataset) : []), run(id, version, options)];
  };

/**
 * Numbers the datasets and remembers the version each worker holds. Datasets are never changed in
 * place (the store replaces them), so the object is its version; a restarted worker is a new object,
 * so it gets the dataset again.
 */
export function datasetVersions<Target extends object>(): {
  versionOf: (dataset: Dataset) => number;
  /** True when `target` does not hold `version` yet (the dataset must go along); from now on it does. */
  lacks: (target: Target, version: number) => boolean;
  /** `target` holds no whole dataset (its parts stopped midway): the next job sends it again. */
  forget: (target: Target) => void;
} {
  const versions = new WeakMap<Dataset, number>();
  let nextVersion = 1;
  const held = new WeakMap<Target, number>();
  return {
    versionOf(dataset) {
      let version = versions.get(dataset);
      if (version === undefined) {
        version = nextVersion++;
        versions.set(dataset, version);
      }
      return version;
    },
    lacks(target, version) {
      if (held.get(target) === version) return false;
      held.set(target, version);
      return true;
    },
    forget(target) {
      held.delete(target);
    },
  };
}

/**
 * Posts `messages` in order through `post`: the first at once, each next in a task of its own, so no
 * structured clone holds the page for long. Stops before any message once `still()` is false (a newer
 * job replaced this one, or its worker was stopped): a stale sender must not feed the next job's worker.
 * True once every message went.
 */
export async function postInTasks<Message>(
  messages: readonly Message[],
  post: (message: Message) => void,
  still: () => boolean,
): Promise<boolean> {
  for (const [index, message] of messages.entries()) {
    if (index > 0) await nextTask();
    if (!still()) return false;
    post(message);
  }
  return true;
}

export function createJobClient<Request extends DatasetRequest, Result, Message, Own extends { id: number }>(
  options: JobClientOptions<Request, Result, Message, Own>,
): JobClient<Request, Result> {
  const { create, stepsOf, name, messages, fold, wholePercents = false } = options;
  type Target = WorkerLike<Message, JobReply<Own>>;
  let worker: Target | null = null;
  // Once a worker fails to start or its script cannot load (an offline single file), this session computes here.
  let unavailable = false;
  const slot = createJobSlot();
  const datasets = datasetVersions<Target>();

  const workerNow = (): Target | null => {
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
      const signal = { cancelled: false };
      const stop = (): void => {
        signal.cancelled = true;
        // Terminating is the only way to stop a worker mid-computation; the next run makes a new one.
        worker?.terminate();
        worker = null;
      };
      return slot.start<Result>(stop, (job) => {
        const { id } = job;
        let shown = -1;
        const report = (fraction: number): void => {
          if (!job.current()) return;
          if (!wholePercents) return onProgress?.(fraction);
          const percent = Math.floor(fraction * 100);
          if (percent <= shown) return;
          shown = percent;
          onProgress?.(percent / 100);
        };
        // Where there is no Worker, or its script cannot load (an offline single file).
        const onMainThread = (): void => {
          runStepsAsync(stepsOf(request), { signal, onProgress: report }).then(job.resolve, job.fail);
        };
        const target = workerNow();
        if (target === null) {
          onMainThread();
          return;
        }
        const accept = fold();
        listen(
          target,
          (reply) => {
            if (reply.id !== id) return;
            const common = reply as JobReply<never>;
            if (common.type === 'progress') report(common.fraction);
            else if (common.type === 'error') job.fail(new Error(`${name} failed: ${common.message}`));
            else {
              const result = accept(reply as Own);
              if (result !== undefined) job.resolve(result.value);
            }
          },
          // A script that cannot load or a crash: this session computes on the main thread instead.
          (event) => {
            event.preventDefault?.();
            target.terminate();
            if (worker === target) worker = null;
            unavailable = true;
            if (job.current()) onMainThread();
          },
        );
        const version = datasets.versionOf(request.dataset);
        const queue = messages(id, version, request, datasets.lacks(target, version));
        void postInTasks(
          queue,
          (message) => target.postMessage(message),
          () => job.current() && worker === target,
        );
      });
    },
    cancel: slot.cancel,
    dispose() {
      slot.cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
