// The format's year range is one pair of constants: the spelled-out date pattern and the CLI agree with it.
import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../../src/cli/analyze';
import { DATE_PATTERN, MAX_YEAR, MIN_YEAR, YEAR_RANGE } from '../../../src/model/schema-spec';

describe('year range', () => {
  it('is 1800–2200 and YEAR_RANGE is the same pair', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1800, 2200]);
    expect(YEAR_RANGE).toEqual([MIN_YEAR, MAX_YEAR]);
  });

  it('DATE_PATTERN accepts exactly the years MIN_YEAR..MAX_YEAR (every four-digit year tried)', () => {
    const pattern = new RegExp(DATE_PATTERN);
    const wrong: number[] = [];
    for (let year = 1000; year <= 9999; year += 1) {
      const inside = year >= MIN_YEAR && year <= MAX_YEAR;
      if (pattern.test(`${year}-06-15`) !== inside) wrong.push(year);
    }
    expect(wrong).toEqual([]);
  });

  it('analyze --year takes the bounds and refuses one year past each', () => {
    expect(parseAnalyzeArgs(['f.json', '--year', String(MIN_YEAR)])).toMatchObject({ year: MIN_YEAR });
    expect(parseAnalyzeArgs(['f.json', '--year', String(MAX_YEAR)])).toMatchObject({ year: MAX_YEAR });
    for (const year of [MIN_YEAR - 1, MAX_YEAR + 1]) {
      expect(parseAnalyzeArgs(['f.json', '--year', String(year)])).toEqual({
        error: `--year must be a year between 1800 and 2200, like 2012; got "${year}"`,
      });
    }
  });
});
