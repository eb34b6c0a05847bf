// The app's handle on dataset parsing: large texts, and `?data=` addresses from download to parse, are handled in a Web Worker (request-client.ts), which sends a valid dataset back in parts.
import type { Dataset, LoadResult } from '../model/types';
import { parseDatasetText } from '../model/validate';
import { cancelledMessage, type Progress } from '../threads/download';
import { startWorker, type WorkerLike } from '../threads/worker-like';
import { joinPart } from './dataset-parts';
import type { FetchFailure, ParseReply, ParseRequest, UrlRequest } from './parse-protocol';
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

/** What a download in the worker gives: the parse's result, why no text came, or `unavailable` (no worker: download here). */
export type FetchOutcome = { type: 'parsed'; result: LoadResult } | FetchFailure | { type: 'unavailable' };

/** What a parse can do before its verdict. */
export interface ParseOptions {
  /**
   * Called with the parsed value, not yet validated, while the worker validates it (0.4–0.5 s at 5,000 actors):
   * the page may prepare its first view of it meanwhile. Where the parse runs here it is not called. If the verdict
   * is `ok`, its dataset is this same object.
   */
  onParsed?: (candidate: Record<string, unknown>) => void;
}

export interface FetchOptions extends ParseOptions {
  /** Aborting it answers `stopped` (cancelled) at once and stops the worker's fetch. */
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
  /** Called once the bytes are in, before they are decoded and parsed. */
  onFetched: () => void;
  limit?: number;
  idleMs?: number;
}

export interface ParseClient {
  /** parseDatasetText's result for the text: the same dataset, errors and warnings, in either mode. */
  parse(text: string, options?: ParseOptions): Promise<LoadResult>;
  /**
   * Downloads `url` (absolute) in the worker, which decodes and parses it there too: this thread only takes the
   * progress and the parsed parts. `unavailable` where there is no worker or it failed: the caller downloads.
   * Stand-ins without a worker leave it out.
   */
  fetchAndParse?(url: string, options: FetchOptions): Promise<FetchOutcome>;
  /** Starts the worker now (if there is one), so its start-up overlaps a download; a small file then still parses here. */
  warm(): void;
  /** Releases the worker; pending parses finish on the main thread. */
  dispose(): void;
}

export const DEFAULT_WORKER_FROM = 512 * 1024;

const defaultWorker = (): ParseWorkerLike | null =>
  startWorker(() => new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }));

const UNAVAILABLE: FetchOutcome = { type: 'unavailable' };

/** The hooks of a download in flight, by request id: what its progress and end of bytes call on this thread. */
type Hooks = Map<number, Partial<Pick<FetchOptions, 'onProgress' | 'onFetched' | 'onParsed'>>>;

/** One request's replies put back together: progress to its hooks, the dataset as its parts arrive (head first), then the verdict. */
const foldReplies = (hooks: Hooks) => (request: ParseRequest) => {
  let dataset: Record<string, unknown> | null = null;
  return (reply: ParseReply): FetchOutcome | undefined => {
    switch (reply.type) {
      case 'progress':
        hooks.get(reply.id)?.onProgress?.({ received: reply.received, total: reply.total });
        return undefined;
      case 'fetched':
        hooks.get(reply.id)?.onFetched?.();
        return undefined;
      case 'head':
        dataset = reply.head;
        return undefined;
      case 'part':
        joinPart(dataset, reply);
        return undefined;
      case 'sent':
        if (dataset !== null) hooks.get(reply.id)?.onParsed?.(dataset);
        return undefined;
      case 'invalid':
        return { type: 'parsed', result: { ok: false, errors: reply.errors, warnings: reply.warnings } };
      case 'done':
        // validateDataset keeps the parsed value as the dataset; this is a copy of it, key for key.
        if (dataset !== null)
          return {
            type: 'parsed',
            result: { ok: true, dataset: dataset as unknown as Dataset, warnings: reply.warnings },
          };
        // Valid without a head: never expected; this thread's own parse (or download) decides.
        return runHere(request);
      default: {
        const { id: _id, ...failure } = reply;
        return failure;
      }
    }
  };
};

/** A request done on this thread: a text is parsed here; a download is left to the caller, which has the fetcher. */
const runHere = (request: ParseRequest): FetchOutcome =>
  'text' in request ? { type: 'parsed', result: parseDatasetText(request.text) } : UNAVAILABLE;

export function createParseClient(options: ParseClientOptions = {}): ParseClient {
  const workerFrom = options.workerFrom ?? DEFAULT_WORKER_FROM;
  const hooks: Hooks = new Map();
  const client = createRequestClient({
    create: options.createWorker ?? defaultWorker,
    fold: foldReplies(hooks),
    here: runHere,
  });
  return {
    async parse(text, { onParsed } = {}) {
      const target = text.length >= workerFrom ? client.worker() : null;
      if (target === null) return parseDatasetText(text);
      const id = client.nextId();
      if (onParsed !== undefined) hooks.set(id, { onParsed });
      try {
        const outcome = await client.send(target, { id, text });
        return outcome.type === 'parsed' ? outcome.result : parseDatasetText(text);
      } finally {
        hooks.delete(id);
      }
    },
    async fetchAndParse(url, { signal, onProgress, onFetched, onParsed, limit, idleMs }) {
      const target = client.worker();
      if (target === null) return UNAVAILABLE;
      const id = client.nextId();
      const request: UrlRequest = {
        id,
        url,
        ...(limit === undefined ? {} : { limit }),
        ...(idleMs === undefined ? {} : { idleMs }),
      };
      hooks.set(id, { onProgress, onFetched, onParsed });
      const answered = client.send(target, request);
      // Cancel answers at once, as the page's own download does; the worker stops its fetch when the message arrives.
      let onAbort = (): void => undefined;
      const cancelled = new Promise<FetchOutcome>((resolve) => {
        onAbort = () => {
          target.postMessage({ id, cancel: true });
          resolve({ type: 'stopped', reason: 'cancelled', message: cancelledMessage(url) });
        };
      });
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort);
      try {
        return await Promise.race([answered, cancelled]);
      } finally {
        hooks.delete(id);
        signal.removeEventListener('abort', onAbort);
      }
    },
    warm() {
      client.worker();
    },
    dispose() {
      client.giveUp();
    },
  };
}
