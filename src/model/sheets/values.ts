// Cell text ↔ field values: numbers, years, dates, lists, kinds, booleans, extra keys, and the CSV formula guard.
import { ACTOR_KINDS, AGREEMENT_KINDS, AGREEMENT_STATUSES, EVIDENCE_LEVELS } from '../types';
import type { FieldType } from './columns';
import type { CellValue } from './xlsx-write';
import { suggest } from '../suggest';

/** A parsed cell: a value to store, or a message saying what is wrong (the raw text is stored then). */
export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** The words accepted in `until` for "still active" (stored as `until: null`); the first is what export writes. */
export const STILL_ACTIVE = ['ongoing', 'active', 'open', 'present', 'now', 'null'];
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', '✓']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** "60.17", "-3", "1e3", and (a locale's decimal comma) "60,17" as numbers. */
function parseNumber(text: string): number | undefined {
  const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

function parseYear(text: string): number | undefined {
  const number = parseNumber(text);
  return number !== undefined && Number.isInteger(number) ? number : undefined;
}

/** A year, or a `YYYY-MM-DD` date (a spreadsheet date cell arrives as `YYYY-MM-DDT00:00:00` when it has a time). */
function parseYearOrDate(text: string): number | string | undefined {
  const year = parseYear(text);
  if (year !== undefined) return year;
  const date = /^(\d{4}-\d{2}-\d{2})(T00:00:00)?$/.exec(text);
  return date?.[1];
}

function parseEnum(text: string, allowed: readonly string[], what: string): Parsed {
  const key = text.toLowerCase().replace(/[\s_]+/g, '-');
  if (allowed.includes(key)) return { ok: true, value: key };
  const hint = suggest(key, allowed);
  return {
    ok: false,
    message: `'${text}' is not a ${what}${hint ? ` — did you mean '${hint}'?` : ''} (one of ${allowed.join(', ')})`,
  };
}

/** A `;`-separated list; a cell starting with `[` holding a JSON list of strings is read as that list. */
export function parseList(text: string): string[] {
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
    } catch {
      // Not JSON after all: read it as a plain list below.
    }
  }
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Parses the (trimmed, non-empty) text of a cell for a field of the given type. */
export function parseCell(type: FieldType, text: string): Parsed {
  switch (type) {
    case 'number': {
      const value = parseNumber(text);
      return value === undefined ? { ok: false, message: `'${text}' is not a number` } : { ok: true, value };
    }
    case 'year': {
      const value = parseYear(text);
      return value === undefined
        ? { ok: false, message: `'${text}' is not a year (write e.g. 2004)` }
        : { ok: true, value };
    }
    case 'until':
    case 'yearOrDate': {
      if (type === 'until' && STILL_ACTIVE.includes(text.toLowerCase())) return { ok: true, value: null };
      const value = parseYearOrDate(text);
      if (value !== undefined) return { ok: true, value };
      const words = type === 'until' ? `, or '${STILL_ACTIVE[0]}' when it is still active` : '';
      return { ok: false, message: `'${text}' is not a year or date (write 2011 or 2011-05-01${words})` };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE_WORDS.has(lower)) return { ok: true, value: true };
      if (FALSE_WORDS.has(lower)) return { ok: true, value: false };
      return { ok: false, message: `'${text}' is not true or false` };
    }
    case 'list':
      return { ok: true, value: parseList(text) };
    case 'actorKind':
      return parseEnum(text, ACTOR_KINDS, 'kind of actor');
    case 'agreementKind':
      return parseEnum(text, AGREEMENT_KINDS, 'kind of agreement');
    case 'status':
      return parseEnum(text, AGREEMENT_STATUSES, 'status');
    case 'evidence':
      return parseEnum(text, EVIDENCE_LEVELS, 'evidence level');
    default:
      return { ok: true, value: text };
  }
}

/** A list as one cell: `a; b`, or JSON where items hold `;`, surrounding spaces, or nothing at all. */
function listCell(items: unknown[]): string {
  const plain =
    items.length > 0 &&
    items.every((item) => typeof item === 'string' && item !== '' && item === item.trim() && !item.includes(';')) &&
    !String(items[0]).startsWith('[');
  return plain ? items.join('; ') : JSON.stringify(items);
}

/** The cell to write for a field value, so that `parseCell` reads the same value back. */
export function fieldCell(type: FieldType, value: unknown): CellValue {
  if (value === undefined) return null;
  if (type === 'until' && value === null) return STILL_ACTIVE[0] ?? 'ongoing';
  if (type === 'list' && Array.isArray(value)) return listCell(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The value of a cell in an extra column: JSON literals (numbers, true, lists, quoted strings) are read as JSON. */
export function parseExtra(text: string): unknown {
  // A boolean cell arrives as TRUE/FALSE (Excel's spelling), a CSV one as true/false.
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^(-?\d|"|\[|\{|null$)/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Plain text that merely starts like JSON, e.g. "2011-05-01".
    }
  }
  return text;
}

/** The cell for an extra key: text as it is when it reads back as itself, anything else as JSON. */
export function extraCell(value: unknown): CellValue {
  if (value === undefined) return null;
  if (typeof value === 'string' && value !== '' && value.trim() === value && parseExtra(value) === value) return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const NUMERIC_LITERAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * CSV formula-injection guard: text that a spreadsheet would run as a formula (= + - @ tab CR at the
 * start) is written with a leading apostrophe; plain numbers such as -3.5 are left alone. Text that
 * already starts with apostrophes before such a character gets one more, so `unguardCsv` is exact.
 */
export const guardCsv = (text: string): string =>
  !NUMERIC_LITERAL.test(text) && FORMULA_START.test(text) ? `'${text}` : text;

/** Undoes `guardCsv` on import: one leading apostrophe before = + - @ tab CR (or before more apostrophes leading to one) goes. */
export const unguardCsv = (text: string): string => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
