// Header rows people actually write: a column typed twice, a sheet with no header, a title row above the header.
import { describe, expect, it } from 'vitest';
import { formatSheetProblem, importSheets } from '../../../src/model/sheets/import';
import { readXlsx } from '../../../src/model/sheets/xlsx-read';
import { ACTORS, errors } from './tables';
import { excelWorkbook } from './workbooks';

describe('a header typed twice', () => {
  it("reports a repeated synonym ('partners, partners') as a column that appears twice, naming both columns", () => {
    const result = importSheets([
      ACTORS,
      {
        name: 'agreements',
        rows: [
          ['id', 'kind', 'partners', 'partners'],
          ['t', 'bilateral', 'cleantech-finland; clean-denmark', 'latvian-it'],
        ],
      },
    ]);
    const messages = result.problems.map(formatSheetProblem);
    expect(messages).toContain(
      "agreements row 1, partners: column 'partners' appears twice (columns C and D): this one is ignored (delete it or give it another name)",
    );
    expect(result.dataset.agreements[0]).not.toHaveProperty('partners');
    expect(result.dataset.agreements[0]?.parties).toEqual(['cleantech-finland', 'clean-denmark']);
  });
});

describe('a header merged over two columns', () => {
  it('reports "Partners" merged over C1:D1 as a column that appears twice, not as data', async () => {
    const bytes = await excelWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('agreements');
      sheet.addRow(['id', 'kind', 'Partners', null]);
      sheet.addRow(['t', 'bilateral', 'cleantech-finland; clean-denmark', 'latvian-it']);
      sheet.mergeCells('C1:D1');
    });
    const result = importSheets([ACTORS, ...readXlsx(bytes)]);
    expect(result.problems.map(formatSheetProblem)).toContain(
      "agreements row 1, Partners: column 'Partners' appears twice (columns C and D): this one is ignored (delete it or give it another name)",
    );
    expect(errors(result)).toEqual([]);
    expect(result.dataset.agreements[0]?.parties).toEqual(['cleantech-finland', 'clean-denmark']);
    expect(Object.keys(result.dataset.agreements[0] ?? {})).toEqual(['id', 'kind', 'parties']);
  });
});

describe('a sheet with no recognisable header', () => {
  it('is an error naming the sheet when an actors sheet holds only a comment row', () => {
    const result = importSheets([{ name: 'actors', rows: [['exported from the member register, do not edit']] }]);
    expect(result.valid).toBe(false);
    expect(errors(result).map(formatSheetProblem)).toEqual([
      'actors: no column names found: none of the first 20 filled rows names a column of actors (such as label, kind, country); put the column names in one row above the data',
    ]);
  });

  it('is an error, not an empty dataset, when the only sheet is not recognised at all', () => {
    const result = importSheets([{ name: 'Sheet1', rows: [['just a comment']] }]);
    expect(result.valid).toBe(false);
    expect(errors(result).map((p) => p.sheet)).toContain('Sheet1');
  });
});

const TITLED_ACTORS = [
  ['Cluster list 2024', '', '', '', '', ''],
  ['id', 'Name', 'Type', 'Country', 'Sectors', 'Founded'],
  ['cleantech-finland', 'Cleantech Finland', 'cluster', 'FI', 'cleantech', '2010'],
  ['clean-denmark', 'CLEAN Denmark', 'cluster', 'DK', 'cleantech', '2014'],
];

describe('a title row above the header', () => {
  it('reads the header from the first row with known column names and says which row was used', () => {
    const result = importSheets([{ name: 'actors', rows: TITLED_ACTORS }]);
    expect(errors(result)).toEqual([]);
    expect(result.dataset.actors.map((a) => [a.id, a.label, a.country])).toEqual([
      ['cleantech-finland', 'Cleantech Finland', 'FI'],
      ['clean-denmark', 'CLEAN Denmark', 'DK'],
    ]);
    expect(result.sheets[0]?.headerRow).toBe(2);
    expect(result.problems.map(formatSheetProblem)).toContain(
      "actors row 2: the column names were read from row 2: the rows above it ('Cluster list 2024') are ignored",
    );
  });

  it('finds the header under a merged title row in an .xlsx workbook', async () => {
    const bytes = await excelWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('actors');
      for (const row of TITLED_ACTORS) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
      sheet.mergeCells('A1:E1');
    });
    const result = importSheets(readXlsx(bytes));
    expect(errors(result)).toEqual([]);
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['cleantech-finland', 'clean-denmark']);
    expect(result.sheets[0]?.headerRow).toBe(2);
  });
});
