// The app's handle on dataset parsing: large texts are validated in a Web Worker while the main thread only runs JSON.parse.
import type { Dataset, LoadResult } from '../model/types';
import { parseDatasetText } from '../model/validate';
import type { ParseReply, ParseRequest } from './parse-protocol';

/** The part of a Worker the client uses, so tests can pass a stand-in. */
export interface ParseWorkerLike {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

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

function defaultWorker(): ParseWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }) as unknown as ParseWorkerLike;
}

/** JSON.parse as parseJsonText does it (a leading byte-order mark ignored); null when the text is not JSON. */
function parseQuietly(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch {
    // The worker reports where and why, with parseJsonText's words.
    return null;
  }
}

interface Pending {
  text: string;
  parsed: { value: unknown } | null;
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
    pending.delete(reply.id);
    if (!reply.ok) {
      entry.resolve({ ok: false, errors: reply.errors, warnings: reply.warnings });
    } else if (entry.parsed === null) {
      // Valid for the worker but not for this thread's JSON.parse: never expected; trust this thread.
      entry.resolve(parseDatasetText(entry.text));
    } else {
      // validateDataset keeps the parsed value itself as the dataset; the worker checked an identical one.
      entry.resolve({ ok: true, dataset: entry.parsed.value as Dataset, warnings: reply.warnings });
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
    worker.onmessage = (event) => onReply(event.data);
    // A worker script that cannot load (blocked, offline single file) or crashes: fall back, lose nothing.
    worker.onerror = (event) => {
      event.preventDefault?.();
      giveUp();
    };
    return worker;
  };

  return {
    parse(text) {
      const target = text.length >= workerFrom ? workerNow() : null;
      if (target === null) return Promise.resolve(parseDatasetText(text));
      const id = nextId++;
      return new Promise<LoadResult>((resolve) => {
        const entry: Pending = { text, parsed: null, resolve };
        pending.set(id, entry);
        target.postMessage({ id, text });
        // Runs while the worker validates; the reply comes as a later message, after this.
        entry.parsed = parseQuietly(text);
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
