// The one Worker handle of every worker client (analysis, parse, sheets, force layout, and the job clients): its type, start-up and wiring, on both sides.

/**
 * The part of a Worker a client uses, so tests can pass a stand-in. `In` is what the client posts,
 * `Out` what the worker answers.
 */
export interface WorkerLike<In, Out> {
  postMessage(message: In, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * The worker `make` starts, or null where there is none: no `Worker` (Node, old browsers), or a
 * constructor that throws (a page opened from file://, a strict sandbox). `make` must contain
 * `new Worker(new URL('./x.worker.ts', import.meta.url), …)` itself: that is how Vite finds and
 * bundles the worker, so the URL cannot be passed in as a value.
 */
export function startWorker<In, Out>(make: () => Worker): WorkerLike<In, Out> | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return make() as unknown as WorkerLike<In, Out>;
  } catch {
    return null;
  }
}

/** Sends the worker's answers to `reply` and its failure (a script that cannot load, a crash) to `failed`. */
export function listen<In, Out>(
  worker: WorkerLike<In, Out>,
  reply: (data: Out) => void,
  failed: (event: ErrorEvent) => void,
): void {
  worker.onmessage = (event) => reply(event.data);
  worker.onerror = failed;
}

/** The worker's own scope, in its script: what it receives and how it answers. */
const workerScope = <In, Out>() =>
  self as unknown as {
    onmessage: ((event: MessageEvent<In>) => void) | null;
    postMessage: (reply: Out, transfer?: Transferable[]) => void;
  };

/** In a worker's script: the function that answers the page. */
export const replyToPage =
  <Out>() =>
  (reply: Out, transfer?: Transferable[]): void =>
    workerScope<never, Out>().postMessage(reply, transfer ?? []);

/**
 * The worker's side of the wiring, in its script: each message goes to `handle` with the function
 * that answers it. `handle` may return a promise (an analysis lead waits for its helper); it posts its
 * own errors, so nothing is awaited here.
 */
export function serve<In, Out>(
  handle: (message: In, post: (reply: Out, transfer?: Transferable[]) => void) => unknown,
): void {
  const post = replyToPage<Out>();
  workerScope<In, Out>().onmessage = (event) => void handle(event.data, post);
}

/**
 * One question to a fresh worker, answered once: `read` turns its reply into the result. Where there is
 * no worker, or it fails to start, crashes or answers `ok: false`, `onMainThread` computes the same
 * result instead (the layouts and the map do this when a page is opened from file://). The worker is
 * ended after its one answer.
 */
export function askOnce<In, Out extends { ok: boolean }, Result>(
  worker: WorkerLike<In, Out> | null,
  question: In,
  read: (reply: Out & { ok: true }) => Result,
  onMainThread: () => Promise<Result>,
  transfer?: Transferable[],
): Promise<Result> {
  if (worker === null) return onMainThread();
  return new Promise<Result>((resolve) => {
    const fallBack = (): void => {
      worker.terminate();
      void onMainThread().then(resolve);
    };
    listen(
      worker,
      (reply) => {
        if (!reply.ok) return fallBack();
        worker.terminate();
        resolve(read(reply as Out & { ok: true }));
      },
      fallBack,
    );
    worker.postMessage(question, transfer);
  });
}
