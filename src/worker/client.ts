// The app's handle on the analysis: Web Workers (two for large betweenness), or time slices on the main thread; a new job cancels the last.
import { analyzeDatasetSliced } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import { whenIdle } from '../threads/idle';
import { listen, startWorker, type WorkerLike as ThreadWorker } from '../threads/worker-like';
import type { Dataset } from '../model/types';
import { PART_SIZE } from './dataset-parts';
import { datasetVersions, postInTasks } from './job-client';
import { datasetMessages } from './job-protocol';
import { createJobSlot, type RunningJob } from './job-slot';
import type { AnalysisJob, AnalysisRequest, AnalysisWorkerMessage, WorkerReply } from './protocol';

/** The analysis worker's handle: the shared one (threads/worker-like.ts) with this protocol's messages. */
export type WorkerLike = ThreadWorker<AnalysisWorkerMessage, WorkerReply>;

export interface RunOptions {
  onProgress?: (fraction: number) => void;
}

export interface AnalysisClient {
  /** Starts a job; any job still running is cancelled (its promise rejects with CancelledError). */
  run(request: AnalysisRequest, options?: RunOptions): Promise<AnalysisResult>;
  /** Cancels the running job, if any. */
  cancel(): void;
  /**
   * Holds a two-worker job between its steps for at most `ms` (0 releases it), so the page draws a change on both
   * cores; the workers read it within ~40 ms. A one-worker job and the main-thread fallback are not held.
   */
  hold(ms: number): void;
  /** Cancels and releases the workers. */
  dispose(): void;
  /** 'worker' or 'main-thread', for the status line and the tests. */
  readonly mode: 'worker' | 'main-thread';
}

export interface ClientOptions {
  /** Makes a worker; returns null where there is none (default: a module Worker when `Worker` exists). */
  createWorker?: () => WorkerLike | null;
  /**
   * From this many actors on, a second worker helps with betweenness (see lead.ts and helper.ts).
   * Below it, starting a second worker costs more than it saves (a worker starts in ~150 ms on the
   * 2-core machines we measure on; docs/performance.md). Default 1500, and never on a single-core machine.
   */
  parallelFrom?: number;
}

const defaultWorker = (): WorkerLike | null =>
  startWorker(() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }));

const cores = (): number => (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 1;

/**
 * Whether `dataset` goes inside its job: no bigger than one part, so one clone costs no more than a part
 * would, and splitting would only put task hops before the job (the 192-actor sample starts sooner).
 */
const fitsOneMessage = (dataset: Dataset): boolean => dataset.actors.length + dataset.agreements.length <= PART_SIZE;

export function createAnalysisClient(options: ClientOptions = {}): AnalysisClient {
  const create = options.createWorker ?? defaultWorker;
  const parallelFrom = options.parallelFrom ?? (cores() >= 2 ? 1500 : Infinity);
  /** Whether a job runs on two workers (betweenness split between them) rather than one. */
  const splits = (request: AnalysisRequest): boolean => request.dataset.actors.length >= parallelFrom;
  // Probe once: no Worker means the main-thread path for the whole session.
  const pool: Array<WorkerLike | null> = [create(), null];
  const mode = pool[0] === null ? 'main-thread' : 'worker';
  // The helper starts early, at the first idle moment: a worker made when a large dataset arrives
  // started only once the main thread had drawn it (11 s late at 5,000 actors under load), so the
  // lead did all the work alone. Not at once: starting it beside the app delayed the sample's first
  // paint by ~0.2 s (medians of 10 runs each); a dataset fetched by URL leaves idle time enough.
  const stopSpawn =
    mode === 'worker' && parallelFrom < Infinity
      ? // At the latest after 2 s; after 200 ms where the browser has no idle callback.
        whenIdle(
          () => {
            pool[1] ??= create();
            // Both workers compile the analysis on a small network now (warm-up.ts), unless a job is
            // running; a job posted meanwhile waits for it (~0.1–0.3 s) and then runs optimised code.
            if (jobs.idle()) for (const worker of pool) worker?.postMessage({ id: 0, request: { kind: 'warm-up' } });
          },
          2000,
          200,
        )
      : () => undefined;
  const jobs = createJobSlot();
  const datasets = datasetVersions<WorkerLike>();
  /** Workers whose dataset parts are still being posted: a cancel then leaves them with part of it. */
  const sending = new Set<WorkerLike>();

  /**
   * The messages of analysis job `id` for the worker in `slot`. The dataset goes along only if that
   * worker does not hold it: inside the job when small, else in parts before it (datasetMessages).
   */
  const messagesFor = (
    slot: number,
    id: number,
    request: AnalysisRequest,
    extra: Partial<AnalysisJob> = {},
  ): AnalysisWorkerMessage[] => {
    const { dataset, ...rest } = request;
    const version = datasets.versionOf(dataset);
    const job: AnalysisJob = { ...rest, ...extra, datasetVersion: version };
    if (!datasets.lacks(workerAt(slot), version)) return [{ id, request: job }];
    if (fitsOneMessage(dataset)) return [{ id, request: { ...job, dataset } }];
    return [...datasetMessages(version, dataset), { id, request: job }];
  };

  const workerAt = (slot: number): WorkerLike => {
    const existing = pool[slot] ?? create();
    if (existing === null) throw new Error('analysis worker could not be started');
    pool[slot] = existing;
    return existing;
  };

  /**
   * Sends one job's `messages` to one worker, each in a task of its own (the last is the job, which
   * carries `transfer`); settles on its result (or a helper's `done`) or error; progress goes to
   * onReport. Sending stops once `job` is no longer current or its worker was stopped: the promise then
   * stays pending, the job having been settled already.
   */
  const call = (
    slot: number,
    messages: AnalysisWorkerMessage[],
    job: RunningJob<AnalysisResult>,
    onReport: (reply: WorkerReply) => void,
    transfer: Transferable[] = [],
  ): Promise<WorkerReply> => {
    const { id } = job;
    const worker = workerAt(slot);
    return new Promise<WorkerReply>((resolve, reject) => {
      listen(
        worker,
        (reply) => {
          if (reply.id !== id) return;
          if (reply.type === 'progress' || reply.type === 'blocks') onReport(reply);
          else if (reply.type === 'error') reject(new Error(`analysis failed: ${reply.message}`));
          else resolve(reply);
        },
        (event) => {
          worker.terminate();
          if (pool[slot] === worker) pool[slot] = null;
          reject(new Error(`analysis worker stopped: ${event.message || 'unknown error'}`));
        },
      );
      if (messages.length > 1) sending.add(worker);
      void postInTasks(
        messages,
        (message) => worker.postMessage(message, 'request' in message ? transfer : []),
        () => job.current() && pool[slot] === worker,
      ).then((all) => {
        if (all) sending.delete(worker);
      });
    });
  };

  const inWorkers = async (
    request: AnalysisRequest,
    job: RunningJob<AnalysisResult>,
    run: RunOptions,
  ): Promise<AnalysisResult> => {
    const { id } = job;
    // Each report reaches the store and the header through the busy main thread: whole percents only.
    let shown = -1;
    const report = (fraction: number): void => {
      if (!job.current() || (fraction < shown + 0.01 && fraction < 1)) return;
      shown = fraction;
      run.onProgress?.(fraction);
    };
    if (!splits(request)) {
      const reply = await call(0, messagesFor(0, id, request), job, (r) =>
        r.type === 'progress' ? report(r.fraction) : undefined,
      );
      return (reply as { result: AnalysisResult }).result;
    }
    // Two workers joined by a channel: the lead builds the graph and sends its CSR to the helper
    // itself, so the dataset is copied once and no message waits for the main thread until the result.
    const channel = new MessageChannel();
    let prepared = 0;
    const blocks = [0, 0];
    let of = 1;
    const onReport = (slot: number) => (reply: WorkerReply) => {
      if (reply.type === 'progress') prepared = reply.fraction;
      else if (reply.type === 'blocks') {
        blocks[slot] = reply.done;
        of = reply.of;
      }
      report(Math.min(1, 0.2 * prepared + (0.8 * (blocks[0]! + blocks[1]!)) / of));
    };
    const toHelper: AnalysisWorkerMessage = { id, request: { kind: 'brandes-helper', port: channel.port2 } };
    const helper = call(1, [toHelper], job, onReport(1), [channel.port2]);
    const lead = call(0, messagesFor(0, id, request, { helper: channel.port1 }), job, onReport(0), [channel.port1]);
    try {
      // The lead's result means the helper is done; the helper's promise matters only if it fails.
      const reply = await Promise.race([lead, helper.then(() => new Promise<never>(() => undefined))]);
      return (reply as { result: AnalysisResult }).result;
    } catch (error) {
      // One of the pair failed: the other may wait for it forever.
      if (job.current()) stopWorkers();
      throw error;
    }
  };

  const stopWorkers = (): void => {
    for (let slot = 0; slot < pool.length; slot++) {
      pool[slot]?.terminate();
      pool[slot] = null;
    }
    sending.clear();
  };

  /**
   * Stops a two-worker job where it next looks (between steps and Brandes blocks, within ~40 ms) and keeps both
   * workers: ending them cost a new start, a cold compile and, at 5,000 actors, the dataset's ~150 ms of
   * main-thread copying again on every filter change made while an analysis ran. A worker left with part of a
   * dataset is sent the whole of it with the next job.
   */
  const cancelSplit = (id: number): void => {
    for (const worker of pool) {
      if (worker === null) continue;
      worker.postMessage({ id, cancel: true });
      if (sending.delete(worker)) datasets.forget(worker);
    }
  };

  return {
    mode,
    run(request, run = {}) {
      const signal = { cancelled: false };
      let id = 0;
      // A job of one worker runs its steps without a turn between them, so only ending the worker stops it.
      const split = mode === 'worker' && splits(request);
      const stop = (): void => {
        signal.cancelled = true;
        if (split) cancelSplit(id);
        else if (mode === 'worker') stopWorkers();
      };
      return jobs.start<AnalysisResult>(stop, (job) => {
        id = job.id;
        const work =
          mode === 'worker'
            ? inWorkers(request, job, run)
            : analyzeDatasetSliced(request.dataset, {
                ...request,
                signal,
                onProgress: (f) => (job.current() ? run.onProgress?.(f) : undefined),
              });
        work.then(job.resolve, job.fail);
      });
    },
    cancel: jobs.cancel,
    hold(ms) {
      for (const worker of pool) worker?.postMessage({ hold: ms });
    },
    dispose() {
      stopSpawn();
      jobs.cancel();
      stopWorkers();
    },
  };
}
