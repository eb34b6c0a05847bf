// The one running job of a worker client (analysis, job-client.ts): a new job cancels the last, and only the running one may report or settle.
import { CancelledError } from '../analysis/types';
import { errorOf } from '../model/errors';

/** The job `start` hands to its body. */
export interface RunningJob<Result> {
  /** The job's id, for its messages (a reply with another id is a stale one's). */
  readonly id: number;
  /** Whether this job still runs (no newer job, no cancel, not settled). */
  current(): boolean;
  resolve(result: Result): void;
  /** Rejects with `error` as an Error (messageOf's words where it is not one). */
  fail(error: unknown): void;
}

export interface JobSlot {
  /** Cancels the running job (if any), then runs `body`; `stop` is what a cancel of this job does. */
  start<Result>(stop: () => void, body: (job: RunningJob<Result>) => void): Promise<Result>;
  /** Stops the running job, if any: its promise rejects with CancelledError. */
  cancel(): void;
  /** Whether no job runs. */
  idle(): boolean;
}

export function createJobSlot(): JobSlot {
  let running: { id: number; stop: () => void; reject: (error: Error) => void } | null = null;
  let nextId = 1;

  const cancel = (): void => {
    if (running === null) return;
    const job = running;
    running = null;
    job.stop();
    job.reject(new CancelledError());
  };

  return {
    start<Result>(stop: () => void, body: (job: RunningJob<Result>) => void): Promise<Result> {
      cancel();
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        running = { id, stop, reject };
        const current = (): boolean => running?.id === id;
        /** Ends this job if it still runs; false when it no longer did (cancelled or replaced). */
        const end = (): boolean => {
          if (!current()) return false;
          running = null;
          return true;
        };
        body({
          id,
          current,
          resolve: (result) => {
            if (end()) resolve(result);
          },
          fail: (error) => {
            if (end()) reject(errorOf(error));
          },
        });
      });
    },
    cancel,
    idle: () => running === null,
  };
}
