// The app's handle on dataset parsing: large texts are parsed and validated in a Web Worker, which sends a valid dataset back in parts.
import type { Dataset, LoadResult } from '../model/types';
import { parseDatasetText } from '../model/validate';
import { listen, startWorker, type WorkerLike } from '../threads/worker-like';
import type { ParseReply, ParseRequest } from './parse-protocol';

/** The parse worker's handle: the shared one (threads/worker-like.ts) with this protocol's messages. */
export type ParseWorkerLike = WorkerLike<ParseRequest, ParseReply>;

export interface ParseClientOptions {
  /** Makes the worker; returns null where there is none (default: a module Worker when `Worker` exists). */
  createWorker?: () => ParseWorkerLike | null;
  /**
   * Texts shorter than this (UTF-16 code units) are parsed on the main thread: validation costs
   * ~47 ms per MB there, so below 512 KiB it stays under ~25 ms, less than starting a worker.
   * The bundled sample (144 kB) never starts one.
   */
  workerFrom?: number;
}

export interface ParseClient {
  /** parseDatasetText's result for the text: the same dataset, errors and warnings, in either mode. */
  parse(text: string): Promise<LoadResult>;
  /** Starts the worker now (if there is one), so its start-up overlaps a download; a small file then still parses here. */
  warm(): void;
  /** Releases the worker; pending parses finish on the main thread. */
  dispose(): void;
}

export const DEFAULT_WORKER_FROM = 512 * 1024;

const defaultWorker = (): ParseWorkerLike | null =>
  startWorker(() => new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }));

interface Pending {
  text: string;
  /** The dataset as its parts arrive (head first). */
  dataset: Record<string, unknown> | null;
  resolve: (result: LoadResult) => void;
}

export function createParseClient(options: ParseClientOptions = {}): ParseClient {
  const create = options.createWorker ?? defaultWorker;
  const workerFrom = options.workerFrom ?? DEFAULT_WORKER_FROM;
  const pending = new Map<number, Pending>();
  let worker: ParseWorkerLike | null = null;
  // Once a worker fails to start or crashes, the session parses on the main thread, as before workers.
  let unavailable = false;
  let nextId = 1;

  /** Finishes every pending parse on the main thread and stops using the worker. */
  const giveUp = (): void => {
    unavailable = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.resolve(parseDatasetText(entry.text));
  };

  const onReply = (reply: ParseReply): void => {
    const entry = pending.get(reply.id);
    if (entry === undefined) return;
    if (reply.type === 'head') {
      entry.dataset = reply.head;
    } else if (reply.type === 'part') {
      const list = entry.dataset?.[reply.field] as unknown[];
      for (const item of reply.items) list.push(item);
    } else {
      pending.delete(reply.id);
      if (reply.type === 'invalid') entry.resolve({ ok: false, errors: reply.errors, warnings: reply.warnings });
      // validateDataset keeps the parsed value as the dataset; this is a copy of it, key for key.
      else if (entry.dataset !== null)
        entry.resolve({ ok: true, dataset: entry.dataset as unknown as Dataset, warnings: reply.warnings });
      // Valid without a head: never expected; this thread's own parse decides.
      else entry.resolve(parseDatasetText(entry.text));
    }
  };

  const workerNow = (): ParseWorkerLike | null => {
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
    // A worker script that cannot load (blocked, offline single file) or crashes: fall back, lose nothing.
    listen(worker, onReply, (event) => {
      event.preventDefault?.();
      giveUp();
    });
    return worker;
  };

  return {
    parse(text) {
      const target = text.length >= workerFrom ? workerNow() : null;
      if (target === null) return Promise.resolve(parseDatasetText(text));
      const id = nextId++;
      return new Promise<LoadResult>((resolve) => {
        pending.set(id, { text, dataset: null, resolve });
        target.postMessage({ id, text });
      });
    },
    warm() {
      workerNow();
    },
    dispose() {
      giveUp();
    },
  };
}
