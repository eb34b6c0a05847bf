// Finds object keys written twice in one object of JSON text: JSON.parse keeps the last value without a word.
import { pointer } from './problems';

interface Frame {
  /** The pointer of this object or array. */
  at: string;
  keys: Set<string> | null;
  /** Arrays: the index of the current item; objects: the current key. */
  index: number;
  key: string;
  expectingKey: boolean;
}

/**
 * Each repeated key of valid JSON text, as the pointer of the repeated member (at most `limit`). One pass over
 * the text without building values; only keys are decoded. Text that is not valid JSON gives no result here.
 */
export function duplicateJsonKeys(text: string, limit = 100): Array<{ pointer: string; key: string }> {
  const found: Array<{ pointer: string; key: string }> = [];
  const stack: Frame[] = [];
  const here = (): string => {
    const top = stack[stack.length - 1];
    if (top === undefined) return '';
    return top.keys === null ? pointer(top.at, top.index) : pointer(top.at, top.key);
  };
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys !== null && top.expectingKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return found;
        }
        if (top.keys.has(key)) found.push({ pointer: pointer(top.at, key), key });
        top.keys.add(key);
        top.key = key;
        top.expectingKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      stack.push({ at: here(), keys: char === '{' ? new Set() : null, index: 0, key: '', expectingKey: char === '{' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys === null) top.index++;
      else if (top !== undefined) top.expectingKey = true;
    }
  }
  return found;
}
