// Numbers as text without Intl: the same strings as toLocaleString('en') writes, checked against Intl itself.
import { describe, expect, it } from 'vitest';
import { counted, groupedInteger, threeFigures } from '../../../src/model/number-text';

/** A seeded Lehmer generator, so a failure names a value that can be run again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const intl3 = (value: number): string => value.toLocaleString('en', { maximumSignificantDigits: 3 });

describe('groupedInteger', () => {
  it("writes counts with thousands commas exactly as toLocaleString('en') does", () => {
    expect(groupedInteger(0)).toBe('0');
    expect(groupedInteger(999)).toBe('999');
    expect(groupedInteger(1000)).toBe('1,000');
    expect(groupedInteger(68_123)).toBe('68,123');
    expect(groupedInteger(-1_234_567)).toBe('-1,234,567');
    const random = seeded(7);
    for (let i = 0; i < 20_000; i++) {
      const n = Math.round((random() - 0.3) * 10 ** Math.floor(random() * 16)) || 1;
      expect(groupedInteger(n), String(n)).toBe(n.toLocaleString('en'));
    }
  });
  it('hands numbers past the safe integers, and fractions, to Intl', () => {
    expect(groupedInteger(2 ** 60)).toBe((2 ** 60).toLocaleString('en'));
    expect(groupedInteger(1234.5)).toBe('1,234.5');
  });
});

describe('threeFigures', () => {
  it('keeps integers whole and ungrouped, as the legends always wrote them', () => {
    expect(threeFigures(12345)).toBe('12345');
    expect(threeFigures(-7)).toBe('-7');
  });
  it('rounds to three figures as Intl does, decimal halves up and 999.5 to 1,000', () => {
    const cases: Array<[number, string]> = [
      [0.5, '0.5'],
      [0.12345, '0.123'],
      [12.25, '12.3'],
      [-12.25, '-12.3'],
      [1234.5, '1,230'],
      [999.5, '1,000'],
      [0.9995, '1'],
      // Stored as 0.000999499…, written "0.0009995": Intl rounds the written digits, so 0.001.
      [0.0009995, '0.001'],
      [0.1 + 0.2, '0.3'],
      [2 / 3, '0.667'],
    ];
    for (const [value, text] of cases) {
      expect(threeFigures(value), String(value)).toBe(text);
      expect(intl3(value), `Intl for ${value}`).toBe(text);
    }
  });
  it('equals toLocaleString with three significant digits over 100,000 values from 1e-7 to 1e18', () => {
    const random = seeded(11);
    for (let i = 0; i < 100_000; i++) {
      const value = (random() - 0.3) * 10 ** Math.floor(random() * 26 - 7);
      if (Number.isInteger(value)) continue;
      expect(threeFigures(value), String(value)).toBe(intl3(value));
    }
  });
  it('hands fractions under 1e-6 and non-finite numbers to Intl', () => {
    for (const value of [1.5e-7, -3.25e-9, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(threeFigures(value)).toBe(intl3(value));
    }
  });
});

describe('counted', () => {
  it('writes a grouped count with the singular for one and the given or -s plural otherwise', () => {
    expect(counted(1, 'actor')).toBe('1 actor');
    expect(counted(0, 'actor')).toBe('0 actors');
    expect(counted(12_345, 'country', 'countries')).toBe('12,345 countries');
    expect(counted(1, 'country', 'countries')).toBe('1 country');
  });
});
