// What the parse worker does with each message: parse a text, download an address and parse it, or stop a download (testable without a Worker).
import { messageOf } from '../model/errors';
import { decodeTextBytes } from '../model/text-bytes';
import { download, DownloadStopped, type DownloadFetcher } from '../threads/download';
import { handleParseRequest, type ParseReply, type ParseRequest, type UrlRequest } from './parse-protocol';

export type ParseHandler = (request: ParseRequest, post: (reply: ParseReply) => void) => Promise<void>;

const browserFetch: DownloadFetcher = (url, init) => fetch(url, init);

/**
 * The worker's handler. A download runs here from its first byte to the parsed parts: in Chromium, reading a
 * 10 MB body costs its thread 125–190 ms of native work in one task, then ~40 ms to decode and ~30 ms to post
 * the text, all of which left the page's main thread with this (docs/performance.md). Downloads in flight are
 * kept by id, so a cancel, which arrives as a message of its own while the fetch waits, can abort its fetch.
 */
export function createParseHandler(fetcher: DownloadFetcher = browserFetch): ParseHandler {
  const running = new Map<number, AbortController>();

  const fetchAndParse = async (request: UrlRequest, post: (reply: ParseReply) => void): Promise<void> => {
    const { id, url } = request;
    const controller = new AbortController();
    running.set(id, controller);
    let text: string;
    try {
      const { response, bytes } = await download(fetcher, url, {
        signal: controller.signal,
        ...(request.limit === undefined ? {} : { limit: request.limit }),
        ...(request.idleMs === undefined ? {} : { idleMs: request.idleMs }),
        onProgress: (progress) => post({ id, type: 'progress', ...progress }),
      });
      if (bytes === null) {
        post({ id, type: 'http', status: response.status, statusText: response.statusText });
        return;
      }
      post({ id, type: 'fetched' });
      const decoded = decodeTextBytes(bytes);
      if (!decoded.ok) {
        post({ id, type: 'undecodable', reason: decoded.reason });
        return;
      }
      text = decoded.text;
    } catch (cause) {
      if (cause instanceof DownloadStopped) post({ id, type: 'stopped', reason: cause.reason, message: cause.message });
      else post({ id, type: 'failed', message: messageOf(cause) });
      return;
    } finally {
      running.delete(id);
    }
    handleParseRequest({ id, text }, post);
  };

  return async (request, post) => {
    if ('cancel' in request) running.get(request.id)?.abort();
    else if ('url' in request) await fetchAndParse(request, post);
    else handleParseRequest(request, post);
  };
}
