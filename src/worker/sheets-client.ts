// The app's handle on spreadsheet import: reading, resolving and validating run in a Web Worker, or here where there is none.
import type { ImportOptions } from '../model/sheets/types';
import { listen, startWorker, type WorkerLike } from '../threads/worker-like';
import {
  collectReplies,
  type SheetFile,
  type SheetOutcome,
  type SheetReply,
  type SheetRequest,
} from './sheets-protocol';

/** The sheets worker's handle: the shared one (threads/worker-like.ts) with this protocol's messages. */
export type SheetsWorkerLike = WorkerLike<SheetRequest, SheetReply>;

/** Runs one request and posts its replies: the worker's handler, run on this thread. */
export type SheetHandler = (request: SheetRequest, post: (reply: SheetReply) => void) => void;

export interface SheetsClientOptions {
  /** Makes the worker; returns null where there is none (default: a module Worker when `Worker` exists). */
  createWorker?: () => SheetsWorkerLike | null;
  /** The handler for this thread (default: sheets-job.ts, imported on first use so the app does not load it at start). */
  loadHandler?: () => Promise<SheetHandler>;
}

export interface SheetsClient {
  /** Reads one workbook or CSV files into the preview; null when cancelled. */
  read(files: SheetFile[]): Promise<SheetOutcome | null>;
  /** The last files read, again with the user's choices; null when cancelled. */
  reimport(options: ImportOptions): Promise<SheetOutcome | null>;
  /**
   * The same at once, where the import runs on this thread (no worker) and its code is loaded: the
   * preview then follows a select without a wait. Undefined where a worker does it.
   */
  reimportNow(options: ImportOptions): SheetOutcome | undefined;
  /** Drops every request in flight (each gives null) and stops a busy worker: a newer load has started. */
  cancel(): void;
}

const defaultWorker = (): SheetsWorkerLike | null =>
  startWorker(() => new Worker(new URL('./sheets.worker.ts', import.meta.url), { type: 'module' }));

const defaultHandler = async (): Promise<SheetHandler> => (await import('./sheets-job')).createSheetJobs();

type Request = { type: 'read'; files: SheetFile[] } | { type: 'import'; options: ImportOptions };

interface Pending {
  request: SheetRequest;
  accept: (reply: SheetReply) => SheetOutcome | undefined;
  resolve: (outcome: SheetOutcome | null) => void;
}

export function createSheetsClient(options: SheetsClientOptions = {}): SheetsClient {
  const create = options.createWorker ?? defaultWorker;
  const loadHandler = options.loadHandler ?? defaultHandler;
  const pending = new Map<number, Pending>();
  let worker: SheetsWorkerLike | null = null;
  // Once a worker fails to start or crashes (the offline single file, a blocked script), this thread does the work.
  let unavailable = false;
  let handler: Promise<SheetHandler> | null = null;
  let loadedHandler: SheetHandler | null = null;
  let nextId = 1;

  const ownHandler = (): Promise<SheetHandler> =>
    (handler ??= loadHandler().then((loaded) => (loadedHandler = loaded)));

  /** Runs a request on this thread; its replies go through the same collecting as a worker's. */
  const runHere = (request: SheetRequest, run: SheetHandler): SheetOutcome => {
    const accept = collectReplies();
    let outcome: SheetOutcome | undefined;
    run(request, (reply) => {
      outcome = accept(reply) ?? outcome;
    });
    return outcome ?? { ok: false, reason: 'the import gave no answer' };
  };

  const giveUp = (): void => {
    unavailable = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    // A `read` is run again here; an `import` of tables the worker held cannot be: it says to open the file again.
    for (const entry of waiting) void ownHandler().then((run) => entry.resolve(runHere(entry.request, run)));
  };

  const onReply = (reply: SheetReply): void => {
    const entry = pending.get(reply.id);
    if (entry === undefined) return;
    const outcome = entry.accept(reply);
    if (outcome === undefined) return;
    pending.delete(reply.id);
    entry.resolve(outcome);
  };

  const workerNow = (): SheetsWorkerLike | null => {
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
    listen(worker, onReply, (event) => {
      event.preventDefault?.();
      giveUp();
    });
    return worker;
  };

  const send = (body: Request): Promise<SheetOutcome | null> => {
    const request = { ...body, id: nextId++ } as SheetRequest;
    const target = workerNow();
    if (target === null) return ownHandler().then((run) => runHere(request, run));
    return new Promise((resolve) => {
      pending.set(request.id, { request, accept: collectReplies(), resolve });
      target.postMessage(request);
    });
  };

  return {
    read: (files) => send({ type: 'read', files }),
    reimport: (choices) => send({ type: 'import', options: choices }),
    reimportNow(choices) {
      if (workerNow() !== null || loadedHandler === null) return undefined;
      return runHere({ id: nextId++, type: 'import', options: choices }, loadedHandler);
    },
    cancel() {
      if (pending.size === 0) return;
      // A worker deep in a large workbook cannot be interrupted: a fresh one starts on the next request.
      worker?.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const entry of waiting) entry.resolve(null);
    },
  };
}
