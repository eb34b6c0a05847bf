// The quick pass for keys written twice: the same answers as walking the parsed value, whatever the strings hold.
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, type DuplicateKey } from '../../../src/model/duplicate-keys';
import { generateDataset } from '../../../src/model/generate';
import { pointer } from '../../../src/model/problems';

/** A reference written the slow, plain way: a recursive reader of valid JSON that lists every repeated key. */
function duplicatesByHand(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  let i = 0;
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? 'x')) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (at: string): void => {
    space();
    if (text[i] === '{') {
      i++;
      const seen = new Set<string>();
      space();
      while (text[i] !== '}') {
        const key = string();
        if (seen.has(key)) found.push({ pointer: pointer(at, key), key });
        seen.add(key);
        space();
        i++; // the colon
        value(pointer(at, key));
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      let index = 0;
      space();
      while (text[i] !== ']') {
        value(pointer(at, index++));
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '"') string();
    else while (!',]} \t\n\r'.includes(text[i] ?? ',')) i++;
  };
  value('');
  return found;
}

describe('findDuplicateKeys', () => {
  it('skips braces, commas, colons and escaped quotes inside strings, and ends a string after an escaped backslash', () => {
    const text = String.raw`{"a":"{\"a\":1,","a":"x\\","b":[",{\"b\"", {"c":"\\\"","c":2}],"b":0}`;
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(findDuplicateKeys(text)).toEqual([
      { pointer: '/a', key: 'a' },
      { pointer: '/b/1/c', key: 'c' },
      { pointer: '/b', key: 'b' },
    ]);
    expect(findDuplicateKeys(text)).toEqual(duplicatesByHand(text));
  });

  it('finds a key repeated after more than sixteen others in one object (where it keeps them in a set)', () => {
    const keys = Array.from({ length: 30 }, (_, n) => `"k${n}":${n}`);
    const text = `{"top":{${keys.join(',')},"k3":0,"k29":1}}`;
    expect(findDuplicateKeys(text)).toEqual([
      { pointer: '/top/k3', key: 'k3' },
      { pointer: '/top/k29', key: 'k29' },
    ]);
  });

  it('answers as the plain reader does on a generated dataset with keys repeated at random places', () => {
    const dataset = generateDataset({ actors: 60, agreements: 200, seed: 3 });
    let text = JSON.stringify(dataset, null, 1);
    // Repeat some members: each "kind" of every seventh agreement, and the "label" of every fifth actor.
    let count = 0;
    text = text.replace(/"kind": "([^"]*)"/g, (member: string) =>
      count++ % 7 === 0 ? `${member}, "kind": "x"` : member,
    );
    text = text.replace(/"label": "((?:[^"\\]|\\.)*)"/g, (member: string) =>
      count++ % 5 === 0 ? `"label": "a \\" , {", ${member}` : member,
    );
    const expected = duplicatesByHand(text);
    expect(expected.length).toBeGreaterThan(30);
    expect(findDuplicateKeys(text, 1000)).toEqual(expected);
  });

  it('finds nothing in a text whose objects each name their keys once, and nothing at the top of an array', () => {
    expect(findDuplicateKeys('[1,"a",{"a":1},{"a":2},[{"a":[]}]]')).toEqual([]);
    expect(findDuplicateKeys(JSON.stringify(generateDataset({ actors: 40, agreements: 100, seed: 1 })))).toEqual([]);
  });
});
