// Loads an `alliance-graph@1` file: every error and warning at once, each with a JSON Pointer and plain words.
import { parseJsonText, type DuplicateKey } from './json-text';
import { isRecord, ProblemList, quote } from './problems';
import type { Dataset, LoadResult } from './types';
import { checkReferences } from './validate-refs';
import { ShapeChecker } from './validate-shape';
import { warnAboutColors, warnAboutTies, warnUnknownKeys } from './validate-warnings';
import { warnAboutHiddenText } from './validate-hygiene';

export { formatProblem } from './problems';

/**
 * Checks a parsed JSON value against format.md. All problems are reported (no cap: the first 100
 * the spec asks for, and the rest). On success the dataset is the value itself, unknown keys included.
 */
export function validateDataset(value: unknown): LoadResult {
  const problems = new ProblemList();
  const shape = new ShapeChecker(problems);
  if (!shape.checkDataset(value) || !isRecord(value)) return { ok: false, errors: problems.errors, warnings: [] };
  checkReferences(value, problems);
  warnUnknownKeys(shape.unknownKeys, problems);
  warnAboutTies(value, problems);
  warnAboutColors(value, problems);
  warnAboutHiddenText(value, problems);
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors, warnings: problems.warnings };
  // Every key was checked above, so the value has the Dataset shape (plus the unknown keys it keeps).
  return { ok: true, dataset: value as unknown as Dataset, warnings: problems.warnings };
}

/** validateDataset of a parsed value, with a warning for each key its text wrote twice (parseJsonText found them). */
export function validateParsed(value: unknown, duplicates: readonly DuplicateKey[]): LoadResult {
  const result = validateDataset(value);
  if (duplicates.length === 0) return result;
  const repeated = duplicates.map(({ pointer, key }) => ({
    severity: 'warning' as const,
    pointer,
    message: `the key ${quote(key)} is written twice in this object; only the last value is used: remove the other`,
  }));
  return { ...result, warnings: [...repeated, ...result.warnings] };
}

/** Parses and checks the text of a file; a JSON syntax error is one error at pointer "" with line and column. */
export function parseDatasetText(text: string): LoadResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const message = `this is not valid JSON, at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`;
    return { ok: false, errors: [{ severity: 'error', pointer: '', message }], warnings: [] };
  }
  return validateParsed(parsed.value, parsed.duplicates);
}

/** Same as parseDatasetText, under the name the loaders use. */
export const loadDatasetFromText = parseDatasetText;
