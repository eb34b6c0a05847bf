// The messages between the parse client and its Web Worker, and the handler the worker runs (testable without a Worker).
import { parseJsonText } from '../model/json-text';
import { isRecord } from '../model/problems';
import type { LoadResult, Problem } from '../model/types';
import { parseDatasetText, validateParsed } from '../model/validate';

/** A dataset's text to parse and validate. */
export interface ParseRequest {
  id: number;
  text: string;
}

/** The two lists that hold nearly all of a large dataset, sent in parts. */
export type PartField = 'actors' | 'agreements';

/**
 * The answer to a request. For a text that is JSON: the value with empty `actors` and `agreements`
 * (its key order kept), then those lists in parts, then `done` once it is valid or `invalid`, which
 * discards the parts. Each message is its own task on the main thread, so receiving 10 MB costs
 * several ~3-30 ms tasks instead of one 80-140 ms JSON.parse or structured clone (Chromium, 5,000
 * actors / 50,000 agreements). The parts go before validation, so the main thread takes them in
 * while the worker validates.
 */
export type ParseReply =
  | { id: number; type: 'head'; head: Record<string, unknown> }
  | { id: number; type: 'part'; field: PartField; items: unknown[] }
  | { id: number; type: 'done'; warnings: Problem[] }
  | { id: number; type: 'invalid'; errors: Problem[]; warnings: Problem[] };

/** Records per part message: 4,000 agreements deserialise in ~10–40 ms on this 2-core VM. */
export const PART_SIZE = 4000;

/** Parses and validates one text exactly as the main thread would (parseDatasetText) and posts the outcome. */
export function handleParseRequest(request: ParseRequest, post: (reply: ParseReply) => void): void {
  const { id } = request;
  const verdict = (result: LoadResult): ParseReply =>
    result.ok
      ? { id, type: 'done', warnings: result.warnings }
      : { id, type: 'invalid', errors: result.errors, warnings: result.warnings };
  const parsed = parseJsonText(request.text);
  if (!parsed.ok) {
    // parseDatasetText words the syntax error (it re-reads the text only when it fails).
    post(verdict(parseDatasetText(request.text)));
    return;
  }
  const value = parsed.value;
  if (isRecord(value)) {
    const lists = (['actors', 'agreements'] as const).filter((field) => Array.isArray(value[field]));
    // A spread keeps every key where it was; the lists follow in parts.
    post({ id, type: 'head', head: { ...value, ...Object.fromEntries(lists.map((field) => [field, []])) } });
    for (const field of lists) {
      const list = value[field] as unknown[];
      for (let start = 0; start < list.length; start += PART_SIZE) {
        post({ id, type: 'part', field, items: list.slice(start, start + PART_SIZE) });
      }
    }
  }
  post(verdict(validateParsed(value, parsed.duplicates)));
}
