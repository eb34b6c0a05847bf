// Parses JSON text: its one scanner says where (line and column) and what is wrong, in every browser alike, and finds keys written twice.
import { messageOf } from './errors';
import { pointer } from './problems';

/** A key written twice in one object (JSON.parse keeps the last value without a word): the repeated member's pointer. */
export interface DuplicateKey {
  pointer: string;
  key: string;
}

export type JsonParse =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | { ok: false; line: number; column: number; reason: string };

/** Repeated keys reported per text at most. */
export const DUPLICATE_LIMIT = 100;

interface Failure {
  offset: number;
  reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Scans a JSON string literal starting at `start` (a `"`); returns the offset after it, or a failure. */
function scanString(text: string, start: number): number | Failure {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { offset: i, reason: 'a \\u escape needs four hex digits' };
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next))
        return { offset: i, reason: 'a backslash in text must start an escape such as \\" or \\\\' };
      i += 2;
      continue;
    }
    if (char < ' ') return { offset: i, reason: 'text in quotes cannot contain a line break or tab: write \\n or \\t' };
    i++;
  }
  return { offset: start, reason: 'this text in quotes is never closed: add the closing "' };
}

/**
 * An open object or array. Its pointer is built only for a repeated key (walking up `parent`): a
 * pointer string per value cost more than the rest of the scan on large files.
 */
interface Frame {
  open: '{' | '[';
  /** Keys seen so far (objects only). */
  keys: Set<string> | null;
  /** Arrays: the current item's index; objects: the current key. */
  index: number;
  key: string;
  parent: Frame | undefined;
  /** Where this value sits in its parent. */
  place: string | number;
}

function pointerOf(frame: Frame | undefined): string {
  const places: Array<string | number> = [];
  for (let at = frame; at?.parent !== undefined; at = at.parent) places.push(at.place);
  let out = '';
  for (let i = places.length - 1; i >= 0; i--) out = pointer(out, places[i]!);
  return out;
}

/** The decoded text of the key literal text[start, end) (only keys with a backslash need JSON.parse). */
function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * The one pass over JSON text, without recursion (so deep nesting cannot overflow the stack): the
 * first syntax error (null when the text is valid JSON) and each key repeated within one object (at
 * most `limit`, in text order).
 */
export function scanJson(text: string, limit = DUPLICATE_LIMIT): { error: Failure | null; duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  const failed = (failure: Failure) => ({ error: failure, duplicates });
  const stack: Frame[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  let i = 0;
  let commaAt = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const char = text[i];
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined)
        return char === undefined
          ? { error: null, duplicates }
          : failed({ offset: i, reason: 'there is more text after the end of the data' });
      if (char === ',') {
        commaAt = i;
        i++;
        if (top.open === '{') state = 'key';
        else {
          top.index++;
          state = 'value';
        }
      } else if ((top.open === '{' && char === '}') || (top.open === '[' && char === ']')) {
        stack.pop();
        i++;
      } else if (char === undefined) {
        return failed({ offset: i, reason: `the file ends before the closing "${top.open === '{' ? '}' : ']'}"` });
      } else {
        return failed({
          offset: i,
          reason: `expected "," or "${top.open === '{' ? '}' : ']'}" here: is a comma missing?`,
        });
      }
      continue;
    }
    if (char === undefined) return failed({ offset: i, reason: 'the file ends where a value was expected' });
    if (state === 'key' || state === 'firstKey') {
      if (char === '}' && state === 'firstKey') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (char === '}')
        return failed({ offset: commaAt, reason: 'this comma has nothing after it before the "}": remove it' });
      if (char !== '"') return failed({ offset: i, reason: 'expected a key in double quotes, like "id"' });
      const end = scanString(text, i);
      if (typeof end !== 'number') return failed(end);
      const top = stack[stack.length - 1]!;
      const key = keyAt(text, i, end);
      if (top.keys!.has(key)) {
        if (duplicates.length < limit) duplicates.push({ pointer: pointer(pointerOf(top), key), key });
      } else top.keys!.add(key);
      top.key = key;
      i = end;
      while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
      if (text[i] !== ':') return failed({ offset: i, reason: 'expected ":" after the key' });
      i++;
      state = 'value';
      continue;
    }
    if (char === ']' && state === 'firstValue') {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    if (state === 'value' && stack.length > 0 && (char === ']' || char === '}'))
      return failed({ offset: commaAt, reason: `this comma has nothing after it before the "${char}": remove it` });
    if (char === ']' || char === '}')
      return failed({ offset: i, reason: `this "${char}" does not close the last open bracket: check the brackets` });
    state = 'after';
    if (char === '{' || char === '[') {
      const parent = stack[stack.length - 1];
      stack.push({
        open: char,
        keys: char === '{' ? new Set() : null,
        index: 0,
        key: '',
        parent,
        place: parent === undefined ? '' : parent.open === '{' ? parent.key : parent.index,
      });
      i++;
      state = char === '{' ? 'firstKey' : 'firstValue';
    } else if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return failed(end);
      i = end;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text))
        return failed({
          offset: i,
          reason:
            char === "'"
              ? 'text must be in double quotes ("…"), not single quotes'
              : `unexpected ${JSON.stringify(char)}: expected a value`,
        });
      i = NUMBER.lastIndex;
    }
  }
}

/** The first syntax error of the text, or null when it is valid JSON. */
export const findJsonError = (text: string): Failure | null => scanJson(text).error;

/** Line and column (both from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse with a located, plain-words failure, and the repeated keys it keeps quiet about. A leading byte-order mark is ignored. */
export function parseJsonText(input: string): JsonParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const failure = scanJson(text).error ?? {
      offset: 0,
      reason: messageOf(error),
    };
    const { line, column } = lineAndColumn(text, failure.offset);
    return { ok: false, line, column, reason: failure.reason };
  }
  // Valid text: the scan only collects repeated keys (JSON.parse, native, is faster at building the value).
  return { ok: true, value, duplicates: scanJson(text).duplicates };
}
