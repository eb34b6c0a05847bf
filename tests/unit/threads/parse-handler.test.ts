// The parse worker's handler for a `?data=` address with fake responses: progress, HTTP status, limit, time limit, Cancel, network failure, undecodable bytes and a good load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNDECODABLE_TEXT } from '../../../src/model/text-bytes';
import {
  cancelledMessage,
  timeoutMessage,
  tooLargeMessage,
  type DownloadFetcher,
  type DownloadResponse,
} from '../../../src/threads/download';
import { createParseHandler } from '../../../src/worker/parse-handler';
import { handleParseRequest, type ParseReply } from '../../../src/worker/parse-protocol';

const URL_ = 'https://host.example/d.json';
const good = readFileSync(new URL('../../fixtures/valid/spec-example.json', import.meta.url), 'utf8');

/** A streamed response the test feeds chunk by chunk (or never); `length` is its Content-Length. */
function streamed(length: number | null, status = 200, statusText = 'OK') {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const response: DownloadResponse = {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    text: async () => '',
    body,
    headers: { get: (name: string) => (name === 'content-length' && length !== null ? String(length) : null) },
  };
  return { response, controller };
}

/** A fetcher answering `response`, which records the signal each fetch got. */
function answering(response: DownloadResponse) {
  const signals: AbortSignal[] = [];
  const fetcher: DownloadFetcher = async (_url, init) => {
    signals.push(init.signal);
    return response;
  };
  return { fetcher, signals };
}

/** The replies of one request, in order, with the handler's promise. */
function run(fetcher: DownloadFetcher, request: { limit?: number; idleMs?: number } = {}) {
  const handle = createParseHandler(fetcher);
  const replies: ParseReply[] = [];
  const done = handle({ id: 7, url: URL_, ...request }, (reply) => replies.push(reply));
  return { handle, replies, done };
}

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the parse worker downloading an address', () => {
  it('posts progress after each chunk, `fetched`, then the same head, parts and verdict as a text request', async () => {
    const bytes = bytesOf(good);
    const { response, controller } = streamed(bytes.length);
    const { replies, done } = run(answering(response).fetcher);
    const half = Math.floor(bytes.length / 2);
    controller.enqueue(bytes.slice(0, half));
    controller.enqueue(bytes.slice(half));
    controller.close();
    await done;
    const parsed: ParseReply[] = [];
    handleParseRequest({ id: 7, text: good }, (reply) => parsed.push(reply));
    expect(replies).toEqual([
      { id: 7, type: 'progress', received: 0, total: bytes.length },
      { id: 7, type: 'progress', received: half, total: bytes.length },
      { id: 7, type: 'progress', received: bytes.length, total: bytes.length },
      { id: 7, type: 'fetched' },
      ...parsed,
    ]);
    expect(replies.at(-1)?.type).toBe('done');
  });

  it('posts the HTTP status of an answer that is not ok, and nothing else', async () => {
    const { response } = streamed(9, 404, 'Not Found');
    const { replies, done } = run(answering(response).fetcher);
    await done;
    expect(replies).toEqual([{ id: 7, type: 'http', status: 404, statusText: 'Not Found' }]);
  });

  it('stops a body that grows past the limit as too large, with the page’s message', async () => {
    const { response, controller } = streamed(null);
    const { replies, done } = run(answering(response).fetcher, { limit: 4 });
    controller.enqueue(new Uint8Array(3));
    controller.enqueue(new Uint8Array(3));
    await done;
    expect(replies.at(-1)).toEqual({ id: 7, type: 'stopped', reason: 'too-large', message: tooLargeMessage(URL_, 4) });
    expect(replies.filter((reply) => reply.type === 'progress')).toHaveLength(2);
  });

  it('stops at once when Content-Length is past the limit, before any progress', async () => {
    const { response } = streamed(5000);
    const { replies, done } = run(answering(response).fetcher, { limit: 4 });
    await done;
    expect(replies).toEqual([{ id: 7, type: 'stopped', reason: 'too-large', message: tooLargeMessage(URL_, 4) }]);
  });

  it('stops as cancelled on a cancel message for its id, aborting the fetch, while the server keeps quiet', async () => {
    const { response, controller } = streamed(100);
    const { fetcher, signals } = answering(response);
    const { handle, replies, done } = run(fetcher);
    controller.enqueue(new Uint8Array(10));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await handle({ id: 8, cancel: true }, () => undefined);
    expect(signals[0]?.aborted).toBe(false);
    await handle({ id: 7, cancel: true }, () => undefined);
    await done;
    expect(signals[0]?.aborted).toBe(true);
    expect(replies.at(-1)).toEqual({ id: 7, type: 'stopped', reason: 'cancelled', message: cancelledMessage(URL_) });
  });

  it('gives up after the idle time without a byte, with the page’s message', async () => {
    const { response, controller } = streamed(100);
    const { replies, done } = run(answering(response).fetcher, { idleMs: 30 });
    controller.enqueue(new Uint8Array(10));
    await done;
    expect(replies.at(-1)).toEqual({ id: 7, type: 'stopped', reason: 'timeout', message: timeoutMessage(URL_, 30) });
  });

  it('posts a network failure’s message as fetch threw it', async () => {
    const { replies, done } = run(async () => {
      throw new TypeError('Failed to fetch');
    });
    await done;
    expect(replies).toEqual([{ id: 7, type: 'failed', message: 'Failed to fetch' }]);
  });

  it('posts bytes that are not UTF-8 or UTF-16 as undecodable, after `fetched`, and parses nothing', async () => {
    const { response, controller } = streamed(2);
    const { replies, done } = run(answering(response).fetcher);
    controller.enqueue(new Uint8Array([0xc3, 0x28]));
    controller.close();
    await done;
    expect(replies.slice(-2)).toEqual([
      { id: 7, type: 'fetched' },
      { id: 7, type: 'undecodable', reason: UNDECODABLE_TEXT },
    ]);
  });

  it('still parses a text request as before', async () => {
    const handle = createParseHandler(async () => {
      throw new Error('no fetch for a text');
    });
    const replies: ParseReply[] = [];
    await handle({ id: 3, text: good }, (reply) => replies.push(reply));
    const parsed: ParseReply[] = [];
    handleParseRequest({ id: 3, text: good }, (reply) => parsed.push(reply));
    expect(replies).toEqual(parsed);
  });
});
