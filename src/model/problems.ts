// Small helpers for building Problems: JSON Pointers (RFC 6901), quoting values in messages, and printing.
import type { Problem } from './types';

/** Escapes one pointer segment as RFC 6901 says: `~` becomes `~0`, then `/` becomes `~1`. */
export function escapeSegment(segment: string | number): string {
  // Indices and plain keys need no escaping; skipping the two regex passes matters at a pointer per value.
  if (typeof segment === 'number') return String(segment);
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a parent pointer and one more segment: pointer('/actors', 3) === '/actors/3'. */
export const pointer = (parent: string, segment: string | number): string => `${parent}/${escapeSegment(segment)}`;

/** A user's value quoted for a message: JSON-escaped (no raw newlines or markup tricks), long text shortened. */
export function quote(value: string, max = 60): string {
  if (value.length <= max) return JSON.stringify(value); // fast path: no code point can be cut
  const short = [...value].length > max ? `${[...value].slice(0, max - 1).join('')}…` : value;
  return JSON.stringify(short);
}

/** Names what a value is, for "must be a number, not …" messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text ""' : `the text ${quote(value, 40)}`;
    case 'number':
      return Number.isFinite(value) ? String(value) : 'a number too large to use';
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/**
 * Control characters written as `\u001b`: a key or header holding ESC sequences could otherwise
 * hide or erase lines in a terminal, and an invisible character cannot be found and fixed.
 */
export const escapeControls = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** How the CLI and the app print one problem: `POINTER: message`, the whole file being `(file)`. */
export const formatProblem = (problem: Problem): string =>
  escapeControls(`${problem.pointer === '' ? '(file)' : problem.pointer}: ${problem.message}`);

/** Collects problems in the order they are found. */
export class ProblemList {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  error(pointerText: string, message: string): void {
    this.errors.push({ severity: 'error', pointer: pointerText, message });
  }
  warning(pointerText: string, message: string): void {
    this.warnings.push({ severity: 'warning', pointer: pointerText, message });
  }
}

/** True when `key` is an own key of `record`: safe for `__proto__`, `constructor` and friends. */
export const hasKey = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The value of an own key, never an inherited one (`record.constructor` would be Object's). */
export const ownValue = (record: object, key: string): unknown =>
  hasKey(record, key) ? (record as Record<string, unknown>)[key] : undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a message names a record: `actor "clean-denmark"`, or `this actor` when it has no usable id. */
export function nameOf(record: object, noun: string, idKey = 'id'): string {
  const id = ownValue(record, idKey);
  return typeof id === 'string' && id !== '' ? `${noun} ${quote(id)}` : `this ${noun}`;
}
