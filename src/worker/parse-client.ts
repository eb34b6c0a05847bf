// The app's handle on dataset parsing: large texts are parsed and validated in a Web Worker (request-client.ts), which sends a valid dataset back in parts.
import type { Dataset, LoadResult } from '../model/types';
import { parseDatasetText } from '../model/validate';
import { startWorker, type WorkerLike } from '../threads/worker-like';
import { joinPart } from './dataset-parts';
import type { ParseReply, ParseRequest } from './parse-protocol';
import { createRequestClient } from './request-client';

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

/** One parse's replies put back together: the dataset as its parts arrive (head first), then the verdict. */
const foldParse = (request: ParseRequest) => {
  let dataset: Record<string, unknown> | null = null;
  return (reply: ParseReply): LoadResult | undefined => {
    if (reply.type === 'head') dataset = reply.head;
    else if (reply.type === 'part') joinPart(dataset, reply);
    else if (reply.type === 'invalid') return { ok: false, errors: reply.errors, warnings: reply.warnings };
    // validateDataset keeps the parsed value as the dataset; this is a copy of it, key for key.
    else if (dataset !== null) return { ok: true, dataset: dataset as unknown as Dataset, warnings: reply.warnings };
    // Valid without a head: never expected; this thread's own parse decides.
    else return parseDatasetText(request.text);
    return undefined;
  };
};

export function createParseClient(options: ParseClientOptions = {}): ParseClient {
  const workerFrom = options.workerFrom ?? DEFAULT_WORKER_FROM;
  const client = createRequestClient({
    create: options.createWorker ?? defaultWorker,
    fold: foldParse,
    here: (request: ParseRequest) => parseDatasetText(request.text),
  });
  return {
    parse(text) {
      const target = text.length >= workerFrom ? client.worker() : null;
      if (target === null) return Promise.resolve(parseDatasetText(text));
      return client.send(target, { id: client.nextId(), text });
    },
    warm() {
      client.worker();
    },
    dispose() {
      client.giveUp();
    },
  };
}
