// The messages between the parse client and its Web Worker, and the handler the worker runs (testable without a Worker).
import { parseJsonText } from '../model/json-text';
import { isRecord } from '../model/problems';
import type { LoadResult, Problem } from '../model/types';
import { parseDatasetText, validateParsed } from '../model/validate';
import { splitDataset, type DatasetPart } from './dataset-parts';

/** A dataset's text to parse and validate. */
export interface ParseRequest {
  id: number;
  text: string;
}

/**
 * The answer to a request. For a text that is JSON: the value with empty `actors` and `agreements`
 * (its key order kept), then those lists in parts (dataset-parts.ts), then `done` once it is valid or
 * `invalid`, which discards the parts. The parts go before validation, so the main thread takes them
 * in while the worker validates.
 */
export type ParseReply =
  | { id: number; type: 'head'; head: Record<string, unknown> }
  | ({ id: number; type: 'part' } & DatasetPart)
  | { id: number; type: 'done'; warnings: Problem[] }
  | { id: number; type: 'invalid'; errors: Problem[]; warnings: Problem[] };

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
    const { head, parts } = splitDataset(value);
    post({ id, type: 'head', head });
    for (const part of parts) post({ id, type: 'part', ...part });
  }
  post(verdict(validateParsed(value, parsed.duplicates)));
}
