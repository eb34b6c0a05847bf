// The messages between the parse client and its Web Worker, and the text handler the worker runs (testable without a Worker).
import { parseJsonValue, repeatedKeysOf } from '../model/json-text';
import { isRecord } from '../model/problems';
import type { LoadResult, Problem } from '../model/types';
import { parseDatasetText, validateParsed } from '../model/validate';
import type { Progress, StopReason } from '../threads/download';
import { splitDataset, type DatasetPart } from './dataset-parts';

/** A dataset's text to parse and validate. */
export interface TextRequest {
  id: number;
  text: string;
}

/**
 * A dataset's address (absolute: the worker's base is not the page's) to download, decode and parse here, so the
 * page's main thread spends nothing on its bytes. `limit` and `idleMs` default to the page's (threads/download.ts).
 */
export interface UrlRequest {
  id: number;
  url: string;
  limit?: number;
  idleMs?: number;
}

/** Stops the download of request `id` (the user's Cancel, or a newer load); no reply comes for it. */
export interface CancelRequest {
  id: number;
  cancel: true;
}

export type ParseRequest = TextRequest | UrlRequest | CancelRequest;

/**
 * How a download ended without a text: the HTTP status when not ok, a stop (limit, time, cancel) with its
 * message, a network failure's message, or bytes that are no text. The page words each as it words its own.
 */
export type FetchFailure =
  | { type: 'http'; status: number; statusText: string }
  | { type: 'stopped'; reason: StopReason; message: string }
  | { type: 'failed'; message: string }
  | { type: 'undecodable'; reason: string };

/**
 * The answer to a request. A URL's download first posts its progress, then `fetched` once the bytes are in
 * or a failure. For a text that is JSON: the value with empty `actors` and `agreements`
 * (its key order kept), then those lists in parts (dataset-parts.ts), `sent` after the last part, then `done`
 * once it is valid or `invalid`, which discards the parts. The parts go before validation, so the main thread
 * takes them in, and from `sent` on may prepare their first view, while the worker validates.
 */
export type ParseReply =
  | ({ id: number; type: 'progress' } & Progress)
  | { id: number; type: 'fetched' }
  | ({ id: number } & FetchFailure)
  | { id: number; type: 'head'; head: Record<string, unknown> }
  | ({ id: number; type: 'part' } & DatasetPart)
  | { id: number; type: 'sent' }
  | { id: number; type: 'done'; warnings: Problem[] }
  | { id: number; type: 'invalid'; errors: Problem[]; warnings: Problem[] };

/**
 * Parses and validates one text exactly as the main thread would (parseDatasetText) and posts the outcome. The
 * value goes out as soon as JSON.parse has it; the pass for repeated keys (50–110 ms at 10 MB) and validation
 * (0.4–0.5 s at 5,000 actors in Node) come after, while the page takes the parts in.
 */
export function handleParseRequest(request: TextRequest, post: (reply: ParseReply) => void): void {
  const { id } = request;
  const verdict = (result: LoadResult): ParseReply =>
    result.ok
      ? { id, type: 'done', warnings: result.warnings }
      : { id, type: 'invalid', errors: result.errors, warnings: result.warnings };
  const parsed = parseJsonValue(request.text);
  if (!parsed.ok) {
    // parseDatasetText words the syntax error (it re-reads the text only when it fails).
    post(verdict(parseDatasetText(request.text)));
    return;
  }
  const value = parsed.value;
  if (isRecord(value)) {
    const { head, parts } = splitDataset(value);
    post({ id, type: 'head', head });
    for (const part of parts) post({ id, type: 'part', ...part });
    post({ id, type: 'sent' });
  }
  post(verdict(validateParsed(value, repeatedKeysOf(request.text))));
}
