// Downloads a `?data=` file with a byte limit, a time limit without data, progress, and a Cancel: on the page or in the parse worker, so it imports nothing.

/** The largest dataset the app downloads: past it the download stops (docs/links.md, "Limits"). */
export const MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024;
/** How long the app waits for the server's answer, or for the next piece of it, before it gives up. */
export const IDLE_TIMEOUT_MS = 30_000;

/** Why a download stopped before the whole file was read. */
export type StopReason = 'too-large' | 'timeout' | 'cancelled';

export class DownloadStopped extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
  ) {
    super(message);
  }
}

/** The part of a fetch Response the reader uses; tests hand in plain objects. */
export interface DownloadResponse {
  ok: boolean;
  status: number;
  statusText: string;
  text(): Promise<string>;
  body?: ReadableStream<Uint8Array> | null;
  headers?: Pick<Headers, 'get'>;
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export type DownloadFetcher = (url: string, init: { signal: AbortSignal }) => Promise<DownloadResponse>;

export interface Progress {
  received: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  limit?: number;
  idleMs?: number;
  onProgress?: (progress: Progress) => void;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export const tooLargeMessage = (url: string, limit: number): string =>
  `${url} is larger than ${megabytes(limit)}, the most the app downloads. Open a smaller file, or filter the dataset with the command line first.`;
export const timeoutMessage = (url: string, idleMs: number): string =>
  `${url} sent nothing for ${Math.round(idleMs / 1000)} seconds, so the app gave up. Check that the server is up and try again.`;
export const cancelledMessage = (url: string): string => `The download of ${url} was cancelled.`;

/**
 * Fetches `url` and reads its whole body as bytes. Stops with DownloadStopped when the body passes `limit`
 * (at once when Content-Length says so), when nothing arrives for `idleMs` (the answer itself included),
 * or when `signal` aborts. Other failures (network, CORS) are thrown as the fetch threw them.
 * Returns the response itself when it is not ok, unread, so the caller can word the HTTP status.
 */
export async function download(
  fetcher: DownloadFetcher,
  url: string,
  options: DownloadOptions = {},
): Promise<{ response: DownloadResponse; bytes: Uint8Array | null }> {
  const limit = options.limit ?? MAX_DOWNLOAD_BYTES;
  const idleMs = options.idleMs ?? IDLE_TIMEOUT_MS;
  const inner = new AbortController();
  let stopped: DownloadStopped | null = null;
  const stop = (reason: StopReason, message: string): void => {
    stopped ??= new DownloadStopped(reason, message);
    inner.abort(stopped);
  };
  const onAbort = (): void => stop('cancelled', cancelledMessage(url));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitMore = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => stop('timeout', timeoutMessage(url, idleMs)), idleMs);
  };
  // Every await races the abort, so a fake or a server that ignores the signal cannot hold the load.
  const aborted = new Promise<never>((_, reject) => {
    inner.signal.addEventListener('abort', () => reject(stopped ?? new Error('aborted')));
  });
  aborted.catch(() => undefined);
  const race = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, aborted]);
  try {
    waitMore();
    const response = await race(fetcher(url, { signal: inner.signal }));
    if (!response.ok) return { response, bytes: null };
    const length = Number(response.headers?.get('content-length') ?? NaN);
    const total = Number.isFinite(length) && length >= 0 ? length : null;
    if (total !== null && total > limit) stop('too-large', tooLargeMessage(url, limit));
    if (stopped) throw stopped;
    options.onProgress?.({ received: 0, total });
    const body = response.body;
    if (!body) {
      // Without a stream (old clients, test fakes) the whole text is read at once; the limit still applies.
      const bytes = new TextEncoder().encode(await race(response.text()));
      if (bytes.length > limit) stop('too-large', tooLargeMessage(url, limit));
      if (stopped) throw stopped;
      options.onProgress?.({ received: bytes.length, total });
      return { response, bytes };
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      for (;;) {
        waitMore();
        const { done, value } = await race(reader.read());
        if (done) break;
        received += value.length;
        if (received > limit) stop('too-large', tooLargeMessage(url, limit));
        if (stopped) throw stopped;
        chunks.push(value);
        options.onProgress?.({ received, total });
      }
    } catch (error) {
      reader.cancel().catch(() => undefined);
      throw error;
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { response, bytes };
  } catch (error) {
    throw stopped ?? error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
