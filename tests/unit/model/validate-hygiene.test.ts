// Warnings about text that hides something: javascript: links, invisible characters in ids, keys written twice.
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../../src/model/duplicate-keys';
import { findJsonError } from '../../../src/model/json-text';
import { parseDatasetText, validateDataset } from '../../../src/model/validate';
import { emptyFilters, type Problem } from '../../../src/model/types';
import { applyFilters } from '../../../src/model/filter';
import { example } from './helpers';
import { MAX_KEPT_DEPTH } from '../../../src/model/validate-shape';
import { toAllianceJson } from '../../../src/model/exports';
import { datasetToWorkbook } from '../../../src/model/sheets/xlsx';

const warningsOf = (value: unknown): Problem[] => {
  const result = validateDataset(value);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.warnings;
};

describe('links that are not web addresses', () => {
  it('warns at a source url of javascript:, naming the scheme and that it is shown as text', () => {
    const dataset = example();
    dataset.sources[0]!.url = 'javascript:alert(1)';
    const warning = warningsOf(dataset).find((w) => w.pointer === '/sources/0/url');
    expect(warning?.message).toMatch(/is a javascript: address.*never as a link.*https:\/\//);
  });

  it('warns at an actor url without a scheme, and not at http and https links', () => {
    const dataset = example();
    dataset.actors[0]!.url = 'www.example.org';
    dataset.actors[1]!.url = 'HTTP://example.org';
    dataset.actors[2]!.url = 'https://example.org';
    const pointers = warningsOf(dataset).map((w) => w.pointer);
    expect(pointers).toContain('/actors/0/url');
    expect(pointers).not.toContain('/actors/1/url');
    expect(pointers).not.toContain('/actors/2/url');
  });
});

describe('invisible characters in ids', () => {
  it('warns at an actor id holding a right-to-left override, naming the code point', () => {
    const dataset = example();
    const id = dataset.actors[0]!.id as string;
    const spoofed = `${id}\u202e`;
    dataset.actors[0]!.id = spoofed;
    for (const agreement of dataset.agreements) {
      agreement.parties = (agreement.parties as string[]).map((party) => (party === id ? spoofed : party));
    }
    const warning = warningsOf(dataset).find((w) => w.pointer === '/actors/0/id');
    expect(warning?.message).toMatch(/invisible character \(U\+202E\)/);
  });

  it('warns at a sector id holding an escape character', () => {
    const dataset = example();
    dataset.sectors.push({ id: 'x\u001b', label: 'X' });
    const warnings = warningsOf(dataset);
    expect(warnings.find((w) => w.pointer === `/sectors/${dataset.sectors.length - 1}/id`)?.message).toMatch(/U\+001B/);
  });

  it('finds nothing to say about the format example', () => {
    expect(warningsOf(example())).toEqual([]);
  });
});

describe('keys written twice in one object', () => {
  it('warns at the repeated member when the file is read from text; the last value is the one kept', () => {
    const text = JSON.stringify(example(), null, 2).replace('"label": ', '"label": "First", "label": ');
    const result = parseDatasetText(text);
    expect(result.ok).toBe(true);
    const warning = result.warnings.find((w) => /written twice/.test(w.message));
    expect(warning?.pointer).toMatch(/^\/\w+\/0\/label$/);
    expect(warning?.message).toBe(
      'the key "label" is written twice in this object; only the last value is used: remove the other',
    );
  });

  it('gives pointers through arrays and escaped keys, and nothing for keys repeated in different objects', () => {
    const text = '{"a":[{"x":1},{"x":1,"x":2}],"b/c":{"~":1,"~":2},"d":{"x":1},"e":{"x":1}}';
    expect(findJsonError(text)).toBeNull();
    expect(findDuplicateKeys(text)).toEqual([
      { pointer: '/a/1/x', key: 'x' },
      { pointer: '/b~1c/~0', key: '~' },
    ]);
  });

  it('reads keys with escaped quotes and stops at the limit', () => {
    const text = `{${Array.from({ length: 5 }, () => '"a\\"b":1').join(',')}}`;
    expect(findDuplicateKeys(text, 2)).toEqual([
      { pointer: '/a"b', key: 'a"b' },
      { pointer: '/a"b', key: 'a"b' },
    ]);
  });
});

describe('values no export can keep', () => {
  it('refuses an actor id with a lone surrogate, which XML-based exports would merge with another id', () => {
    const dataset = example();
    dataset.actors[0]!.id = 'a\ud800';
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    const error = result.ok ? undefined : result.errors.find((e) => e.pointer === '/actors/0/id');
    expect(error?.message).toMatch(/broken character \(half of a UTF-16 pair\)/);
  });

  it('refuses an unknown value nested 100,000 levels deep, and keeps one nested 256 levels', () => {
    const nest = (levels: number): unknown => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    const deep = example();
    deep.actors[0]!.history = nest(100_000);
    const refused = validateDataset(deep);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.errors.map((e) => e.pointer)).toEqual(['/actors/0/history']);
    const kept = example();
    kept.actors[0]!.history = nest(MAX_KEPT_DEPTH);
    const result = validateDataset(kept);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => toAllianceJson(result.dataset, applyFilters(result.dataset, emptyFilters()))).not.toThrow();
    expect(() => datasetToWorkbook(result.dataset)).not.toThrow();
  });
});
