// CSV export: RFC 4180 quoting that a CSV reader undoes exactly, and no cell that a spreadsheet runs as a formula.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/model/exports';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, quoting only where needed', () => {
    const rows = [
      { id: 'a', label: 'Plain', degree: 3, sectors: ['x', 'y'] },
      { id: 'b,c', label: 'Say "hi"\nthere', degree: 0.5, sectors: [] },
    ];
    expect(toCsv(rows, ['id', { key: 'label', header: 'Name' }, 'degree', 'sectors', 'missing'])).toBe(
      'id,Name,degree,sectors,missing\r\na,Plain,3,x; y,\r\n"b,c","Say ""hi""\nthere",0.5,,\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tstart', "'\tstart"],
    ['a=b', 'a=b'],
  ])('guards the text cell %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers as numbers, negative ones included, and empties for null, NaN and undefined', () => {
    expect([csvCell(-0.5), csvCell(null), csvCell(undefined), csvCell(Number.NaN), csvCell(true)]).toEqual([
      '-0.5',
      '',
      '',
      '',
      'true',
    ]);
  });

  it('reads only own properties, so `__proto__` and `constructor` are columns like any other', () => {
    const row = JSON.parse('{"__proto__": "p", "id": "x"}') as object;
    expect(toCsv([row, { id: 'y' }], ['__proto__', 'constructor', 'id'])).toBe(
      '__proto__,constructor,id\r\np,,x\r\n,,y\r\n',
    );
  });

  it('round-trips any text through a CSV reader, apart from the formula guard', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string()), { minLength: 1, maxLength: 6 }),
        (pairs) => {
          const rows = pairs.map(([a, b]) => ({ a, b }));
          // The delimiter is given: left to guess, Papa took '|' for it on a cell such as " ||" (seed 2096456007).
          const parsed = Papa.parse<string[]>(toCsv(rows, ['a', 'b']), {
            delimiter: ',',
            newline: '\r\n',
            skipEmptyLines: false,
          });
          const body = parsed.data.slice(1, rows.length + 1);
          const unguard = (cell: string, original: string) => (/^[=+\-@\t\r]/.test(original) ? cell.slice(1) : cell);
          expect(
            body.map((cells, i) => [
              unguard(cells[0] ?? '', rows[i]?.a ?? ''),
              unguard(cells[1] ?? '', rows[i]?.b ?? ''),
            ]),
          ).toEqual(pairs);
        },
      ),
      { numRuns: 300 },
    );
  });
});
