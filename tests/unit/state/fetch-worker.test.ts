// A `?data=` load downloaded by the parse worker: the same progress, Cancel, failures and dataset as a download on the main thread, and that download where the worker is missing or fails.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetFromFile, loadDatasetFromUrl, type Fetcher } from '../../../src/state/load';
import { cancelDownload, useDownload } from '../../../src/state/download';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { cancelledMessage, type DownloadResponse, type Progress } from '../../../src/threads/download';
import { createParseClient, type ParseWorkerLike } from '../../../src/worker/parse-client';
import { createParseHandler } from '../../../src/worker/parse-handler';
import type { ParseReply, ParseRequest } from '../../../src/worker/parse-protocol';

const PAGE = 'https://host.example/app/';
const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const good = fixture('valid/spec-example.json');

/**
 * Runs the real handler with `fetcher` as the worker's fetch, each message structured-cloned and delivered on a
 * later turn as a worker's are. `crashOnFetch` fails the worker once a download has started.
 */
class FakeWorker implements ParseWorkerLike {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ParseRequest[] = [];
  terminated = false;
  private readonly handle;
  constructor(fetcher: Fetcher, crashOnFetch = false) {
    this.handle = createParseHandler(async (url, init) => {
      const response = await fetcher(url, init);
      if (crashOnFetch) setTimeout(() => this.onerror?.(new Event('error') as ErrorEvent), 0);
      return response;
    });
  }
  postMessage(message: ParseRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    setTimeout(() => {
      if (this.terminated) return;
      void this.handle(copy, (reply) => {
        const clone = structuredClone(reply);
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: clone } as MessageEvent<ParseReply>);
        }, 0);
      });
    }, 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A response with `body` in two chunks and its Content-Length, or an empty one with `status`. */
function respond(body: string | Uint8Array, status = 200, statusText = 'OK'): DownloadResponse {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const half = Math.floor(bytes.length / 2);
  return {
    ok: status === 200,
    status,
    statusText,
    text: async () => new TextDecoder().decode(bytes),
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
        controller.enqueue(bytes.slice(half));
        controller.close();
      },
    }),
    headers: { get: (name: string) => (name === 'content-length' ? String(bytes.length) : null) },
  };
}

/** A fetch that answers and then sends nothing, until its signal aborts (as a stalled server would). */
function stalled(signals: AbortSignal[]): Fetcher {
  return async (_url, init) => {
    if (init) signals.push(init.signal);
    return {
      ok: true,
      status: 200,
      statusText: 'OK',
      text: () => new Promise(() => undefined),
      body: new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(10)) }),
      headers: { get: (name: string) => (name === 'content-length' ? '100' : null) },
    };
  };
}

/** A load through a fake worker whose fetch is `fetcher`; the app's own fetch is never called. */
function throughWorker(fetcher: Fetcher, crashOnFetch = false) {
  const worker = new FakeWorker(fetcher, crashOnFetch);
  const parser = createParseClient({ createWorker: () => worker });
  return { worker, parser, load: () => loadDatasetFromUrl('d.json', { base: PAGE, parser }) };
}

/** The same load downloaded on the main thread (no worker), for comparing what the user is told. */
const onMainThread = (fetcher: Fetcher) =>
  loadDatasetFromUrl('d.json', { base: PAGE, fetcher, parser: createParseClient({ createWorker: () => null }) });

const notFetchedHere = vi.fn(async () => {
  throw new Error('the page fetched');
});

beforeEach(() => {
  resetAtlas();
  useDownload.setState({ active: null });
  notFetchedHere.mockClear();
  vi.stubGlobal('fetch', notFetchedHere);
});
afterEach(() => vi.unstubAllGlobals());

describe('a ?data= address downloaded in the parse worker', () => {
  it('stores the dataset parsed there, asking the worker for the absolute address, and the page fetches nothing', async () => {
    const { worker, load } = throughWorker(async () => respond(good));
    expect(await load()).toBe(true);
    expect(useAtlas.getState().dataset).toEqual(JSON.parse(good));
    expect(useAtlas.getState().view.data).toBe('d.json');
    expect(worker.received).toEqual([{ id: 1, url: `${PAGE}d.json` }]);
    expect(notFetchedHere).not.toHaveBeenCalled();
  });

  it('shows the worker’s progress in the header, and takes the bar away once the bytes are in', async () => {
    const { load } = throughWorker(async () => respond(good));
    const seen: Array<Progress | null> = [];
    const unsubscribe = useDownload.subscribe((state) => seen.push(state.active?.progress ?? null));
    const bytes = new TextEncoder().encode(good).length;
    const half = Math.floor(bytes / 2);
    expect(await load()).toBe(true);
    unsubscribe();
    expect(seen).toEqual([
      { received: 0, total: null },
      { received: 0, total: bytes },
      { received: half, total: bytes },
      { received: bytes, total: bytes },
      null,
    ]);
  });

  const failures: Array<[string, Fetcher]> = [
    ['a 404', async () => respond('', 404, 'Not Found')],
    ['a 503', async () => respond('', 503, 'Service Unavailable')],
    [
      'a network failure',
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ],
    ['bytes that are no text', async () => respond(new Uint8Array([0xc3, 0x28, 0x7b]))],
    ['an invalid dataset', async () => respond(fixture('invalid/references.json'))],
  ];
  for (const [name, fetcher] of failures) {
    it(`tells the user about ${name} word for word as the main thread’s download does, and keeps the dataset`, async () => {
      expect(await onMainThread(fetcher)).toBe(false);
      const expected = useAtlas.getState().failure;
      expect(expected).not.toBeNull();
      resetAtlas();
      expect(await throughWorker(fetcher).load()).toBe(false);
      expect(useAtlas.getState().failure).toEqual(expected);
      expect(useAtlas.getState().loading).toBeNull();
      expect(useDownload.getState().active).toBeNull();
    });
  }

  it('Cancel answers at once as cancelled, and tells the worker to abort its fetch', async () => {
    const signals: AbortSignal[] = [];
    const { worker, load } = throughWorker(stalled(signals));
    const loading = load();
    await vi.waitFor(() => expect(useDownload.getState().active?.progress.received).toBe(10));
    cancelDownload();
    expect(await loading).toBe(false);
    const failure = useAtlas.getState().failure;
    expect(failure?.kind).toBe('stopped');
    expect(failure?.problems[0]?.message).toBe(cancelledMessage(`${PAGE}d.json`));
    expect(useDownload.getState().active).toBeNull();
    expect(worker.received).toContainEqual({ id: 1, cancel: true });
    await vi.waitFor(() => expect(signals[0]?.aborted).toBe(true));
  });

  it('lets a newer load win: a file opened mid-download stops the download and no failure is shown for it', async () => {
    const signals: AbortSignal[] = [];
    const { parser, load } = throughWorker(stalled(signals));
    const loading = load();
    await vi.waitFor(() => expect(useDownload.getState().active).not.toBeNull());
    expect(await loadDatasetFromFile({ name: 'newer.json', text: async () => good }, parser)).toBe(true);
    expect(await loading).toBe(false);
    expect(useAtlas.getState().source).toBe('newer.json');
    expect(useAtlas.getState().failure).toBeNull();
    await vi.waitFor(() => expect(signals[0]?.aborted).toBe(true));
  });

  it('downloads on the main thread when the worker fails mid-download', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond(good)),
    );
    const { worker, load } = throughWorker(async () => respond(good), true);
    expect(await load()).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(useAtlas.getState().dataset).toEqual(JSON.parse(good));
  });

  it('downloads on the main thread where there is no worker', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond(good)),
    );
    expect(await loadDatasetFromUrl('d.json', { base: PAGE, parser: createParseClient() })).toBe(true);
    expect(fetch).toHaveBeenCalledWith(`${PAGE}d.json`, expect.objectContaining({ signal: expect.anything() }));
    expect(useAtlas.getState().dataset).toEqual(JSON.parse(good));
  });
});
