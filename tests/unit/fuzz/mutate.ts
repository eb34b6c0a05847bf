// Mutations for the loader fuzz tests: hostile strings and numbers, and edits of a JSON value, a text or bytes.
import fc from 'fast-check';

/** Text a spreadsheet or a careless export can hold: controls, bidi marks, lone surrogates, markup, very long text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u001b[2J',
    '\u202e\u2066evil',
    '\ud800',
    'a\udc00b',
    '\ufffe\uffff',
    '</script><b>x</b>',
    '=HYPERLINK("http://x")',
    '"',
    '\r\n',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
  ),
);

/** Numbers at the edges of what JSON and spreadsheets carry. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1e20, -1),
);

/** Any JSON value, hostile strings and numbers included, shallow enough to stay cheap. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileText, hostileNumber), { maxLength: 3 }),
  fc.dictionary(hostileText, fc.oneof(hostileText, hostileNumber), { maxKeys: 3 }),
);

export type Edit =
  | { kind: 'delete'; at: number[] }
  | { kind: 'replace'; at: number[]; value: unknown }
  | { kind: 'duplicate'; at: number[] };

/** An edit somewhere in a JSON value: `at` picks a child by index (mod the child count) at each level. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    value: hostileJson,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
);

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null;

/** Applies one edit to a deep copy of `value`; an edit that runs out of containers acts on the last one reached. */
export function applyEdit(value: unknown, change: Edit): unknown {
  const root = structuredClone(value);
  let parent: unknown = root;
  let key: string | number | undefined;
  for (const step of change.at) {
    const holder = key === undefined ? parent : (parent as Record<string | number, unknown>)[key];
    if (!isContainer(holder)) break;
    const keys = Array.isArray(holder) ? holder.map((_, i) => i) : Object.keys(holder);
    if (keys.length === 0) break;
    parent = holder;
    key = keys[step % keys.length];
  }
  if (key === undefined || !isContainer(parent)) return change.kind === 'replace' ? change.value : root;
  const container = parent as Record<string | number, unknown>;
  if (change.kind === 'replace') container[key] = change.value;
  else if (Array.isArray(parent) && typeof key === 'number') {
    if (change.kind === 'delete') parent.splice(key, 1);
    else parent.splice(key, 0, structuredClone(parent[key]));
  } else if (change.kind === 'delete') delete container[key];
  else container[`${String(key)}`] = structuredClone(container[key]);
  return root;
}

export type TextEdit =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'drop-line'; line: number }
  | { kind: 'duplicate-line'; line: number };

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: hostileText }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
);

/** Applies one edit to a text (positions taken modulo its length or line count). */
export function applyTextEdit(text: string, change: TextEdit): string {
  if (change.kind === 'truncate') return text.slice(0, change.at % (text.length + 1));
  if (change.kind === 'insert') {
    const at = change.at % (text.length + 1);
    return text.slice(0, at) + change.text + text.slice(at);
  }
  const lines = text.split('\n');
  const line = change.line % lines.length;
  if (change.kind === 'drop-line') lines.splice(line, 1);
  else lines.splice(line, 0, lines[line] ?? '');
  return lines.join('\n');
}

export type ByteEdit =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'zero'; at: number; length: number };

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('zero' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

/** Applies one edit to a copy of the bytes. */
export function applyByteEdit(bytes: Uint8Array, change: ByteEdit): Uint8Array {
  if (change.kind === 'truncate') return bytes.slice(0, change.at % (bytes.length + 1));
  const copy = bytes.slice();
  const at = change.at % copy.length;
  if (change.kind === 'flip') copy[at] = change.value;
  else copy.fill(0, at, at + change.length);
  return copy;
}

/** The value a JSON Pointer (RFC 6901) names, or `missing` when a step does not exist. */
export function resolvePointer(value: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '') return { found: true, value };
  let here: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isContainer(here) || !Object.prototype.hasOwnProperty.call(here, segment)) return { found: false };
    here = (here as Record<string, unknown>)[segment];
  }
  return { found: true, value: here };
}
