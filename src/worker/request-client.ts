// The one client of the request workers (parsing, spreadsheet import): requests in flight by id, each answer folded from its replies, and this thread's own run of what is pending when the worker cannot load or crashes.
import { listen, type WorkerLike } from '../threads/worker-like';

export interface RequestClientOptions<Request extends { id: number }, Reply extends { id: number }, Outcome> {
  /** Makes the worker, or null where there is none (then this thread does the work). */
  create: () => WorkerLike<Request, Reply> | null;
  /** Folds one request's replies (a head, parts, a verdict): its outcome on the last one. */
  fold: (request: Request) => (reply: Reply) => Outcome | undefined;
  /** The request's outcome computed on this thread: for each one pending when the worker fails. */
  here: (request: Request) => Outcome | Promise<Outcome>;
}

export interface RequestClient<Request extends { id: number }, Reply, Outcome> {
  /** The worker, started now if there is none yet; null where there is none or it failed (this thread does the work then). */
  worker(): WorkerLike<Request, Reply> | null;
  /** The next request id (a request run here needs one too). */
  nextId(): number;
  /** Posts `request` to `target` (from `worker()`); its outcome once its last reply is in. */
  send(target: WorkerLike<Request, Reply>, request: Request): Promise<Outcome>;
  /** Gives every pending request `outcome` and stops a busy worker; the next request starts a fresh one. False when none was pending. */
  drop(outcome: Outcome): boolean;
  /** Finishes every pending request on this thread and stops using the worker for this session. */
  giveUp(): void;
}

interface Pending<Request, Reply, Outcome> {
  request: Request;
  accept: (reply: Reply) => Outcome | undefined;
  resolve: (outcome: Outcome) => void;
}

export function createRequestClient<Request extends { id: number }, Reply extends { id: number }, Outcome>(
  options: RequestClientOptions<Request, Reply, Outcome>,
): RequestClient<Request, Reply, Outcome> {
  const { create, fold, here } = options;
  const pending = new Map<number, Pending<Request, Reply, Outcome>>();
  let worker: WorkerLike<Request, Reply> | null = null;
  // Once a worker fails to start or crashes (a blocked script, the offline single file), this thread does the work.
  let unavailable = false;
  let nextId = 1;

  /** Empties the pending list and stops the worker; gives what was pending. */
  const takePending = (): Pending<Request, Reply, Outcome>[] => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    return waiting;
  };

  const giveUp = (): void => {
    unavailable = true;
    for (const entry of takePending()) {
      const outcome = here(entry.request);
      if (outcome instanceof Promise) void outcome.then(entry.resolve);
      else entry.resolve(outcome);
    }
  };

  const onReply = (reply: Reply): void => {
    const entry = pending.get(reply.id);
    if (entry === undefined) return;
    const outcome = entry.accept(reply);
    if (outcome === undefined) return;
    pending.delete(reply.id);
    entry.resolve(outcome);
  };

  return {
    worker() {
      if (worker !== null || unavailable) return worker;
      try {
        worker = create();
      } catch {
        worker = null;
      }
      if (worker === null) {
        unavailable = true;
        return null;
      }
      // A worker script that cannot load or crashes: fall back, lose nothing.
      listen(worker, onReply, (event) => {
        event.preventDefault?.();
        giveUp();
      });
      return worker;
    },
    nextId: () => nextId++,
    send(target, request) {
      return new Promise<Outcome>((resolve) => {
        pending.set(request.id, { request, accept: fold(request), resolve });
        target.postMessage(request);
      });
    },
    drop(outcome) {
      if (pending.size === 0) return false;
      // A worker deep in a large job cannot be interrupted: a fresh one starts on the next request.
      for (const entry of takePending()) entry.resolve(outcome);
      return true;
    },
    giveUp,
  };
}
