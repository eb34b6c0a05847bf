// CSV export: RFC 4180 quoting that a CSV reader undoes exactly, no cell a spreadsheet runs as a formula, and the BOM.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scorecardsCsv } from '../../../src/analysis/scorecard';
import { CSV_BOM, csvCell, csvDocument, toCsv } from '../../../src/model/exports';
import { readCsvFiles, sheetToCsv } from '../../../src/model/sheets/csv';

describe('toCsv', () => {
  it('writes the UTF-8 BOM, a header and rows with CRLF line ends, quoting only where needed', () => {
    const rows = [
      { id: 'a', label: 'Plain', degree: 3, sectors: ['x', 'y'] },
      { id: 'b,c', label: 'Say "hi"\nthere', degree: 0.5, sectors: [] },
    ];
    expect(toCsv(rows, ['id', { key: 'label', header: 'Name' }, 'degree', 'sectors', 'missing'])).toBe(
      '\uFEFFid,Name,degree,sectors,missing\r\na,Plain,3,x; y,\r\n"b,c","Say ""hi""\nthere",0.5,,\r\n',
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
      '\uFEFF__proto__,constructor,id\r\np,,x\r\n,,y\r\n',
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

describe('every CSV for spreadsheets starts with the UTF-8 BOM, from one place', () => {
  it('csvDocument adds it once, before CRLF lines', () => {
    expect(csvDocument(['a,b', '1,2'])).toBe(`${CSV_BOM}a,b\r\n1,2\r\n`);
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('convert sheets, analyze --format csv, --explain csv, scorecards and the app tables all use it', () => {
    const sheet = sheetToCsv({ name: 'actors', rows: [['id'], ['Øresund']] } as Parameters<typeof sheetToCsv>[0]);
    const scorecards = scorecardsCsv(
      [],
      (code) => code,
      (id) => id,
    );
    const app = toCsv([{ label: 'Øresund' }], ['label']);
    for (const text of [sheet, scorecards, app]) {
      expect(text.startsWith(CSV_BOM)).toBe(true);
      expect(text.indexOf(CSV_BOM, 1)).toBe(-1);
    }
    // The BOM is text to skip: our own reader gives back the same cells.
    expect(readCsvFiles([{ name: 'actors.csv', text: sheet }])[0]?.rows).toEqual([['id'], ['Øresund']]);
  });
});
