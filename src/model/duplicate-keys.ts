// Finds keys written twice in one object of a JSON text that JSON.parse has accepted: one quick pass that skips whole strings.
import { pointer } from './problems';

/** A key written twice in one object (JSON.parse keeps the last value without a word): the repeated member's pointer. */
export interface DuplicateKey {
  pointer: string;
  key: string;
}

/** Repeated keys reported per text at most. */
export const DUPLICATE_LIMIT = 100;

/** Up to this many keys an object's keys are compared in a list; past it, in a set. */
const LIST_KEYS = 16;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** An open object or array; its pointer is built only for a repeated key, by walking up `parent`. */
interface Frame {
  isObject: boolean;
  keys: string[];
  keySet: Set<string> | null;
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

/** The offset after the string literal that opens at `start` (valid JSON: its closing quote is the first one not escaped). */
function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

/** Whether `key` was seen in `frame` before; records it otherwise. */
function seenBefore(frame: Frame, key: string): boolean {
  if (frame.keySet !== null) {
    if (frame.keySet.has(key)) return true;
    frame.keySet.add(key);
    return false;
  }
  if (frame.keys.includes(key)) return true;
  frame.keys.push(key);
  if (frame.keys.length > LIST_KEYS) frame.keySet = new Set(frame.keys);
  return false;
}

/**
 * Each key repeated within one object (at most `limit`, in text order), for text JSON.parse accepted. Why not the
 * syntax scan (json-text.ts), which finds them too: it reads every character of every string and took 100–230 ms on
 * a 10 MB file, a third of what the parse worker spends before a large dataset can be shown.
 */
export function findDuplicateKeys(text: string, limit = DUPLICATE_LIMIT): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let top: Frame | undefined;
  let keyNext = false;
  const length = text.length;
  for (let i = 0; i < length;) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (keyNext && top !== undefined) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (seenBefore(top, key)) {
          if (duplicates.length < limit) duplicates.push({ pointer: pointer(pointerOf(top), key), key });
        }
        top.key = key;
        keyNext = false;
      }
      i = end;
      continue;
    }
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      const isObject = code === OPEN_OBJECT;
      const place = top === undefined ? '' : top.isObject ? top.key : top.index;
      top = { isObject, keys: [], keySet: null, index: 0, key: '', parent: top, place };
      stack.push(top);
      keyNext = isObject;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      stack.pop();
      top = stack[stack.length - 1];
      keyNext = false;
    } else if (code === COMMA && top !== undefined) {
      if (top.isObject) keyNext = true;
      else top.index++;
    }
    i++;
  }
  return duplicates;
}
