// The bounded download reader with fake responses: size limit, Cancel, the time limit (fake timers) and progress.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  download,
  DownloadStopped,
  IDLE_TIMEOUT_MS,
  MAX_DOWNLOAD_BYTES,
  type DownloadFetcher,
  type DownloadResponse,
  type Progress,
} from '../../../src/threads/download';

const URL_ = 'https://host.example/d.json';

/** A response whose body is a stream the test feeds chunk by chunk (or never). */
function streamed(length: number | null) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const response: DownloadResponse = {
    ok: true,
    status: 200,
    statusText: 'OK',
    text: async () => '',
    body,
    headers: { get: (name: string) => (name === 'content-length' && length !== null ? String(length) : null) },
  };
  return { response, controller };
}

const answering =
  (response: DownloadResponse): DownloadFetcher =>
  async () =>
    response;

afterEach(() => vi.useRealTimers());

describe('download', () => {
  it('documents a 200 MB limit and 30 seconds without a byte', () => {
    expect(MAX_DOWNLOAD_BYTES).toBe(200 * 1024 * 1024);
    expect(IDLE_TIMEOUT_MS).toBe(30_000);
  });

  it('reads every chunk and reports bytes read of the Content-Length after each', async () => {
    const { response, controller } = streamed(5);
    const progress: Progress[] = [];
    const done = download(answering(response), URL_, { onProgress: (p) => progress.push(p) });
    controller.enqueue(new Uint8Array([1, 2]));
    controller.enqueue(new Uint8Array([3, 4, 5]));
    controller.close();
    const { bytes } = await done;
    expect([...(bytes ?? [])]).toEqual([1, 2, 3, 4, 5]);
    expect(progress).toEqual([
      { received: 0, total: 5 },
      { received: 2, total: 5 },
      { received: 5, total: 5 },
    ]);
  });

  it('reports a null total when the server sends no Content-Length', async () => {
    const { response, controller } = streamed(null);
    const progress: Progress[] = [];
    const done = download(answering(response), URL_, { onProgress: (p) => progress.push(p) });
    controller.enqueue(new Uint8Array(3));
    controller.close();
    await done;
    expect(progress.at(-1)).toEqual({ received: 3, total: null });
  });

  it('stops at once when Content-Length is past the limit, naming the limit in MB', async () => {
    const { response } = streamed(MAX_DOWNLOAD_BYTES + 1);
    const error = await download(answering(response), URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadStopped);
    expect((error as DownloadStopped).reason).toBe('too-large');
    expect((error as DownloadStopped).message).toMatch(/larger than 200 MB/);
  });

  it('stops when a body without Content-Length grows past the limit, and cancels the stream', async () => {
    const { response, controller } = streamed(null);
    const done = download(answering(response), URL_, { limit: 4 }).catch((e: unknown) => e);
    controller.enqueue(new Uint8Array(3));
    controller.enqueue(new Uint8Array(3));
    const error = await done;
    expect((error as DownloadStopped).reason).toBe('too-large');
    // The reader was cancelled: the stream takes no more data.
    expect(() => controller.enqueue(new Uint8Array(1))).toThrow();
  });

  it('stops as cancelled when the AbortController aborts mid-body, even if the server keeps quiet', async () => {
    const { response, controller } = streamed(100);
    const abort = new AbortController();
    const done = download(answering(response), URL_, { signal: abort.signal }).catch((e: unknown) => e);
    controller.enqueue(new Uint8Array(10));
    await new Promise((resolve) => setTimeout(resolve, 0));
    abort.abort();
    const error = await done;
    expect((error as DownloadStopped).reason).toBe('cancelled');
    expect((error as DownloadStopped).message).toBe(`The download of ${URL_} was cancelled.`);
  });

  it('passes the abort on to fetch, so the browser drops the connection', async () => {
    const abort = new AbortController();
    let seen: AbortSignal | null = null;
    const fetcher: DownloadFetcher = (_url, init) => {
      seen = init.signal;
      return new Promise(() => undefined);
    };
    const done = download(fetcher, URL_, { signal: abort.signal }).catch((e: unknown) => e);
    abort.abort();
    expect(((await done) as DownloadStopped).reason).toBe('cancelled');
    expect(seen).not.toBeNull();
    expect((seen as unknown as AbortSignal).aborted).toBe(true);
  });

  it('gives up on a server that never answers after the idle time', async () => {
    vi.useFakeTimers();
    const done = download(() => new Promise(() => undefined), URL_).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS - 1);
    let settled = false;
    void done.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = (await done) as DownloadStopped;
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/sent nothing for 30 seconds/);
  });

  it('restarts the idle time with every chunk, and gives up once chunks stop coming', async () => {
    vi.useFakeTimers();
    const { response, controller } = streamed(null);
    const done = download(answering(response), URL_, { idleMs: 1000 }).catch((e: unknown) => e);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      controller.enqueue(new Uint8Array(1));
    }
    let settled = false;
    void done.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(((await done) as DownloadStopped).reason).toBe('timeout');
  });

  it('returns an HTTP error answer unread, for the caller to word', async () => {
    const response: DownloadResponse = { ok: false, status: 404, statusText: 'Not Found', text: async () => 'x' };
    const result = await download(answering(response), URL_);
    expect(result.bytes).toBeNull();
    expect(result.response.status).toBe(404);
  });

  it('lets a network error through as thrown, for the caller to word', async () => {
    const fetcher: DownloadFetcher = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(download(fetcher, URL_)).rejects.toThrow(TypeError);
  });
});
