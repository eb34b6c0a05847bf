// The app's handle on spreadsheet import: reading, resolving and validating run in a Web Worker (request-client.ts), or here where there is none.
import type { ImportOptions } from '../model/sheets/types';
import { startWorker, type WorkerLike } from '../threads/worker-like';
import { createRequestClient } from './request-client';
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

/** Runs a request on this thread; its replies go through the same collecting as a worker's. */
function runHere(request: SheetRequest, run: SheetHandler): SheetOutcome {
  const accept = collectReplies();
  let outcome: SheetOutcome | undefined;
  run(request, (reply) => {
    outcome = accept(reply) ?? outcome;
  });
  return outcome ?? { ok: false, reason: 'the import gave no answer' };
}

export function createSheetsClient(options: SheetsClientOptions = {}): SheetsClient {
  const loadHandler = options.loadHandler ?? defaultHandler;
  let handler: Promise<SheetHandler> | null = null;
  let loadedHandler: SheetHandler | null = null;

  const ownHandler = (): Promise<SheetHandler> =>
    (handler ??= loadHandler().then((loaded) => (loadedHandler = loaded)));

  const client = createRequestClient<SheetRequest, SheetReply, SheetOutcome | null>({
    create: options.createWorker ?? defaultWorker,
    fold: collectReplies,
    // A `read` is run again here; an `import` of tables the worker held cannot be: it says to open the file again.
    here: (request) => ownHandler().then((run) => runHere(request, run)),
  });

  const send = (request: SheetRequest): Promise<SheetOutcome | null> => {
    const target = client.worker();
    if (target === null) return ownHandler().then((run) => runHere(request, run));
    return client.send(target, request);
  };

  return {
    read: (files) => send({ type: 'read', files, id: client.nextId() }),
    reimport: (choices) => send({ type: 'import', options: choices, id: client.nextId() }),
    reimportNow(choices) {
      if (client.worker() !== null || loadedHandler === null) return undefined;
      return runHere({ id: client.nextId(), type: 'import', options: choices }, loadedHandler);
    },
    cancel() {
      client.drop(null);
    },
  };
}
