// CSV reading and writing: separators by locale, BOM, quoted line breaks, trimming, and the formula-injection guard.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CsvError,
  datasetToCsvFiles,
  decodeCsvBytes,
  detectDelimiter,
  readCsvFiles,
  sheetToCsv,
} from '../../../src/model/sheets/csv';
import { importSheets } from '../../../src/model/sheets/import';
import { guardCsv, unguardCsv } from '../../../src/model/sheets/values';
import type { Dataset } from '../../../src/model/types';

const fixture = (name: string): { name: string; text: string } => ({
  name,
  text: readFileSync(new URL(`../../fixtures/sheets/${name}`, import.meta.url), 'utf8'),
});

describe('readCsvFiles', () => {
  it('reads an Excel "CSV UTF-8" file from a decimal-comma locale: BOM, ;, CRLF, quoted ; and line break', () => {
    const [table] = readCsvFiles([fixture('actors-semicolon-bom.csv')]);
    expect(table?.name).toBe('actors-semicolon-bom.csv');
    expect(table?.rows).toEqual([
      ['Name', 'Country', 'Type', 'Latitude', 'Sectors', 'Notes'],
      ['Cleantech Finland', 'Finland', 'Cluster', '60,17', 'cleantech', 'Helsinki; founded\r\nin 2010'],
      ['CLEAN Denmark', 'DK', 'cluster', '55,68', 'cleantech', 'said "hello"'],
    ]);
  });

  it('reads , separated files and trims cells', () => {
    const [table] = readCsvFiles([fixture('agreements-comma.csv')]);
    expect(table?.rows[1]).toEqual([
      'Cleantech Finland; CLEAN Denmark',
      'bilateral',
      '2011',
      'ongoing',
      'spaces around',
    ]);
  });

  it('detects the separator from the header line, ignoring separators inside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('id\n')).toBe(',');
  });

  it("decodes UTF-8 (dropping a BOM) and falls back to Windows-1252 for Excel's plain CSV", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({
      text: 'Café',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x80]))).toEqual({
      text: 'Café€',
      encoding: 'windows-1252',
    });
  });

  it('reports a quote that is never closed with the file and row', () => {
    const files = [{ name: 'actors.csv', text: 'id,label\na,"Cleantech\nb,Other\n' }];
    expect(() => readCsvFiles(files)).toThrow(CsvError);
    expect(() => readCsvFiles(files)).toThrow(/actors\.csv row 2: a quoted value is never closed/);
  });
});

describe('the CSV formula guard', () => {
  const risky = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tx', "'=x", "''+y", '-'];
  it('prefixes text a spreadsheet would run, and undoes exactly that on import', () => {
    for (const text of risky) {
      expect(guardCsv(text)).toBe(`'${text}`);
      expect(unguardCsv(guardCsv(text))).toBe(text);
    }
  });
  it('leaves plain numbers and harmless text alone', () => {
    for (const text of ['-3.5', '+7', '1e3', "it's", "'quoted'", 'a=b', '<script>']) {
      expect(guardCsv(text)).toBe(text);
      expect(unguardCsv(text)).toBe(text);
    }
  });
  it('writes guarded cells in exported CSV, so Excel shows the formula as text', () => {
    const dataset: Dataset = {
      format: 'alliance-graph@1',
      actors: [
        { id: 'a', label: '=HYPERLINK("http://evil.example","click")', kind: 'cluster', country: 'FI', lon: -3.5 },
        { id: 'b', label: '<script>alert(1)</script>', kind: 'cluster', country: 'SE' },
      ],
      agreements: [{ id: 't', kind: 'bilateral', parties: ['a', 'b'] }],
    };
    const actors = datasetToCsvFiles(dataset).find((file) => file.name === 'actors.csv')?.text ?? '';
    expect(actors).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(actors).toContain(',-3.5');
    expect(actors).toContain('<script>alert(1)</script>');
    const back = importSheets(readCsvFiles(datasetToCsvFiles(dataset)));
    expect(back.dataset.actors.map((actor) => actor.label)).toEqual([
      '=HYPERLINK("http://evil.example","click")',
      '<script>alert(1)</script>',
    ]);
  });
});

describe('sheetToCsv', () => {
  it('quotes separators, quotes, line breaks and edge spaces; starts with a BOM; ends lines with CRLF', () => {
    const text = sheetToCsv({ name: 'x', rows: [['a,b', 'say "hi"', 'two\nlines', ' pad', 1.5, true, null]] });
    expect(text).toBe('\uFEFF"a,b","say ""hi""","two\nlines"," pad",1.5,true,\r\n');
  });
  it('writes ; separated files that read back the same', () => {
    const text = sheetToCsv(
      {
        name: 'x',
        rows: [
          ['id', 'notes'],
          ['a', 'one; two'],
        ],
      },
      ';',
    );
    expect(text).toBe('\uFEFFid;notes\r\na;"one; two"\r\n');
    expect(readCsvFiles([{ name: 'x.csv', text }])[0]?.rows).toEqual([
      ['id', 'notes'],
      ['a', 'one; two'],
    ]);
  });
});
