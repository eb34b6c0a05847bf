// Workbooks that would take gigabytes to read are refused early, and convert prints the first 100 problems, not 350,000.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLines, PRINTED_PROBLEMS, runConvert } from '../../../src/cli/convert';
import { MAX_PART_ELEMENTS, MAX_SHEET_ROWS, readXlsx, WorkbookError } from '../../../src/model/sheets/xlsx-read';
import { handWorkbook } from './workbooks';

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>label</t></is></c></row>';

describe('workbook size limits', () => {
  it('refuses a sheet of more empty cells than MAX_PART_ELEMENTS (in a file of a few kB), naming the part', () => {
    // The file held 15 million <c/> (4.7 GB to read); any count past the bound is refused the same way.
    const cells = MAX_PART_ELEMENTS + 500_000;
    const bytes = handWorkbook([
      ['actors', `<sheetData>${HEADER}<row r="2">${'<c/>'.repeat(cells)}</row></sheetData>`],
    ]);
    expect(bytes.length).toBeLessThan(100_000);
    let thrown: unknown;
    try {
      readXlsx(bytes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkbookError);
    expect(String(thrown)).toMatch(/xl\/sheets\/s1\.xml holds more than 1,500,000 elements/);
  }, 120_000);

  it('refuses a sheet with a row past row 100,000, naming the sheet', () => {
    const far = `<row r="${MAX_SHEET_ROWS + 1}"><c r="A${MAX_SHEET_ROWS + 1}" t="inlineStr"><is><t>x</t></is></c></row>`;
    const bytes = handWorkbook([['actors', `<sheetData>${HEADER}${far}</sheetData>`]]);
    expect(() => readXlsx(bytes)).toThrow(/the sheet "actors" has rows past row 100,000/);
  });

  it('reads a sheet whose last row is row 100,000', () => {
    const last = `<row r="${MAX_SHEET_ROWS}"><c r="A${MAX_SHEET_ROWS}" t="inlineStr"><is><t>x</t></is></c></row>`;
    const [sheet] = readXlsx(handWorkbook([['actors', `<sheetData>${HEADER}${last}</sheetData>`]]));
    expect(sheet?.rows).toHaveLength(MAX_SHEET_ROWS);
  });
});

describe('convert prints the first problems only', () => {
  it('prints 100 error lines and one that counts the rest for a sheet of 3,000 rows without ids or labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-many-'));
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 2}"><c r="C${i + 2}" t="inlineStr"><is><t>x</t></is></c></row>`,
    ).join('');
    const path = join(dir, 'many.xlsx');
    writeFileSync(
      path,
      handWorkbook([
        ['actors', `<sheetData>${HEADER}${rows}</sheetData>`],
        ['agreements', '<sheetData/>'],
      ]),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = runConvert([path, '--out', join(dir, 'many.json')], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(code).toBe(1);
    expect(out.length).toBe(PRINTED_PROBLEMS + 1);
    expect(out.at(-1)).toMatch(/^… and [\d,]+ more errors \(fix the first ones/);
    expect(err.at(-1)).toMatch(/not valid — [\d,]+ errors; nothing written/);
  });

  it('keeps every line up to the limit and says "1 more warning" in the singular', () => {
    const lines = Array.from({ length: PRINTED_PROBLEMS + 1 }, (_, i) => `w${i}`);
    expect(firstLines(lines.slice(0, PRINTED_PROBLEMS), 'warning')).toHaveLength(PRINTED_PROBLEMS);
    expect(firstLines(lines, 'warning').at(-1)).toMatch(/^… and 1 more warning \(/);
  });
});
