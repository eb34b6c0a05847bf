// Downloading a `?data=` dataset for state/load.ts: on this thread or in the parse worker, with one wording of every failure.
import { messageOf } from '../model/errors';
import { decodeTextBytes } from '../model/text-bytes';
import type { LoadResult } from '../model/types';
import { nextTask } from '../threads/idle';
import { download, DownloadStopped, type DownloadResponse } from '../threads/download';
import type { FetchOptions, ParseClient } from '../worker/parse-client';
import type { FetchFailure } from '../worker/parse-protocol';
import { reportLoadFailure } from './actions';
import { useDownload } from './download';

/** Fetches an address; the app's is `fetch`, tests hand in fakes (a body stream and headers are optional). */
export type Fetcher = (url: string, init?: { signal: AbortSignal }) => Promise<DownloadResponse>;

/**
 * From this size a dataset's bytes are decoded, and its text handed to the parser, each in a task of their own
 * (load.ts too); the sample is 144 kB.
 */
export const LARGE_TEXT_BYTES = 1_000_000;

/** What the server's HTTP status means for the user: 404 is "not there", 401/403 "not allowed", 5xx "broken". */
export function serverMessage(status: number, statusText: string, url: string): string {
  const answered = `The server answered ${`${status} ${statusText}`.trim()} for ${url}`;
  if (status === 404 || status === 410)
    return `${answered}: the server says the file is not there. Check the address in ?data=.`;
  if (status === 401 || status === 403)
    return `${answered}: the server does not let this page read the file. Make the file public, or ask its owner.`;
  if (status >= 500) return `${answered}: the server failed. Try again later, or tell whoever runs it.`;
  return `${answered}. Check the address in ?data=.`;
}

/** A download that gave no text, worded for the user the same wherever it ran (this thread or the parse worker). */
function reportFetchFailure(name: string, url: string, failure: FetchFailure): void {
  if (failure.type === 'http')
    reportLoadFailure(name, serverMessage(failure.status, failure.statusText, url), 'server');
  else if (failure.type === 'undecodable') reportLoadFailure(name, `${url}: ${failure.reason}.`, 'contents');
  else if (failure.type === 'stopped') reportLoadFailure(name, failure.message, 'stopped');
  else
    reportLoadFailure(
      name,
      `Could not fetch ${url} (${failure.message}). Check the address, that you are online, and that its server allows cross-origin requests.`,
      'network',
    );
}

/**
 * A download's Cancel and progress: `shown` puts it in the header with both. `end` takes it off the header
 * (the bytes are in, or the download failed).
 */
function showDownload(name: string, shown: boolean): Pick<FetchOptions, 'signal' | 'onProgress'> & { end(): void } {
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  if (shown) useDownload.setState({ active: { source: name, progress: { received: 0, total: null }, cancel } });
  return {
    signal: controller.signal,
    onProgress(progress) {
      if (useDownload.getState().active?.cancel === cancel)
        useDownload.setState({ active: { source: name, progress, cancel } });
    },
    end() {
      if (useDownload.getState().active?.cancel === cancel) useDownload.setState({ active: null });
    },
  };
}

/**
 * The download's bytes as text, or a failure recorded under `name`; it is null silently once `current` says a newer load started.
 * `shown` puts it in the header with its progress and Cancel.
 */
export async function fetchText(
  url: string,
  name: string,
  fetcher: Fetcher,
  current: () => boolean,
  shown: boolean,
): Promise<string | null> {
  const { signal, onProgress, end } = showDownload(name, shown);
  try {
    const { response, bytes } = await download(fetcher, url, { signal, onProgress });
    if (!current()) return null;
    if (bytes === null) {
      reportFetchFailure(name, url, { type: 'http', status: response.status, statusText: response.statusText });
      return null;
    }
    // Joining the download's pieces, decoding them and handing the text to the parser each take a task of their
    // own: together they were one of 240–370 ms at 10 MB (docs/performance.md, "Nodes on the plain layer").
    if (bytes.length >= LARGE_TEXT_BYTES) await nextTask();
    if (!current()) return null;
    const decoded = decodeTextBytes(bytes);
    if (!decoded.ok) {
      reportFetchFailure(name, url, { type: 'undecodable', reason: decoded.reason });
      return null;
    }
    return decoded.text;
  } catch (cause) {
    if (!current()) return null;
    if (cause instanceof DownloadStopped)
      reportFetchFailure(name, url, { type: 'stopped', reason: cause.reason, message: cause.message });
    else reportFetchFailure(name, url, { type: 'failed', message: messageOf(cause) });
    return null;
  } finally {
    end();
  }
}

/**
 * The dataset at `url` downloaded, decoded and parsed in the parse worker, so this thread spends nothing on its
 * bytes (reading a 10 MB body alone was a 125–190 ms task here). Null after a failure recorded under `name`, or
 * silently once `current` says a newer load started; `unavailable` when there is no worker (this thread downloads then).
 * `onParsed` gets the parsed value before its verdict (ParseOptions).
 */
export async function fetchInWorker(
  url: string,
  name: string,
  fetchAndParse: NonNullable<ParseClient['fetchAndParse']>,
  current: () => boolean,
  onParsed?: FetchOptions['onParsed'],
): Promise<LoadResult | null | 'unavailable'> {
  const { signal, onProgress, end } = showDownload(name, true);
  try {
    const outcome = await fetchAndParse(url, { signal, onProgress, onFetched: end, onParsed });
    if (outcome.type === 'unavailable') return 'unavailable';
    if (!current()) return null;
    if (outcome.type === 'parsed') return outcome.result;
    reportFetchFailure(name, url, outcome);
    return null;
  } finally {
    end();
  }
}
