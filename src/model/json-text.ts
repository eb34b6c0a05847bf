// Parses JSON text: its one scanner says where (line and column) and what is wrong, in every browser alike; keys written twice come from duplicate-keys.ts.
import { findDuplicateKeys, type DuplicateKey } from './duplicate-keys';
import { messageOf } from './errors';

export type { DuplicateKey } from './duplicate-keys';

export type JsonParse =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | { ok: false; line: number; column: number; reason: string };

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

/** What is open: an object or an array. */
type Open = '{' | '[';

/**
 * The pass over JSON text that places its first syntax error (null when the text is valid JSON), without
 * recursion, so deep nesting cannot overflow the stack.
 */
export function findJsonError(text: string): Failure | null {
  const stack: Open[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  let i = 0;
  let commaAt = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const char = text[i];
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined)
        return char === undefined ? null : { offset: i, reason: 'there is more text after the end of the data' };
      if (char === ',') {
        commaAt = i;
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && char === '}') || (top === '[' && char === ']')) {
        stack.pop();
        i++;
      } else if (char === undefined) {
        return { offset: i, reason: `the file ends before the closing "${top === '{' ? '}' : ']'}"` };
      } else {
        return { offset: i, reason: `expected "," or "${top === '{' ? '}' : ']'}" here: is a comma missing?` };
      }
      continue;
    }
    if (char === undefined) return { offset: i, reason: 'the file ends where a value was expected' };
    if (state === 'key' || state === 'firstKey') {
      if (char === '}' && state === 'firstKey') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (char === '}') return { offset: commaAt, reason: 'this comma has nothing after it before the "}": remove it' };
      if (char !== '"') return { offset: i, reason: 'expected a key in double quotes, like "id"' };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
      if (text[i] !== ':') return { offset: i, reason: 'expected ":" after the key' };
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
      return { offset: commaAt, reason: `this comma has nothing after it before the "${char}": remove it` };
    if (char === ']' || char === '}')
      return { offset: i, reason: `this "${char}" does not close the last open bracket: check the brackets` };
    state = 'after';
    if (char === '{' || char === '[') {
      stack.push(char);
      i++;
      state = char === '{' ? 'firstKey' : 'firstValue';
    } else if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text))
        return {
          offset: i,
          reason:
            char === "'"
              ? 'text must be in double quotes ("…"), not single quotes'
              : `unexpected ${JSON.stringify(char)}: expected a value`,
        };
      i = NUMBER.lastIndex;
    }
  }
}

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
  const parsed = parseJsonValue(input);
  // Valid text: JSON.parse (native) built the value; the repeated keys it drops are looked for apart.
  return parsed.ok ? { ok: true, value: parsed.value, duplicates: repeatedKeysOf(input) } : parsed;
}

/** The text JSON.parse reads: a byte-order mark, which some spreadsheet tools write, is not part of the data. */
const withoutBom = (input: string): string => (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);

/**
 * parseJsonText without the pass for repeated keys: the parse worker sends the value on at once and looks for
 * them while the page takes the value in (parse-protocol.ts); `repeatedKeysOf` is that pass.
 */
export function parseJsonValue(input: string): { ok: true; value: unknown } | Extract<JsonParse, { ok: false }> {
  const text = withoutBom(input);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const failure = findJsonError(text) ?? {
      offset: 0,
      reason: messageOf(error),
    };
    const { line, column } = lineAndColumn(text, failure.offset);
    return { ok: false, line, column, reason: failure.reason };
  }
}

/** The keys written twice in a text that parseJsonValue accepted. */
export const repeatedKeysOf = (input: string): DuplicateKey[] => findDuplicateKeys(withoutBom(input));
