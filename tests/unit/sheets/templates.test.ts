// The templates: they import as valid datasets, document every column, and the committed copies are up to date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FIELDS } from '../../../src/model/sheets/columns';
import { makeTemplateCsvFiles, readCsvFiles } from '../../../src/model/sheets/csv';
import { importSheets } from '../../../src/model/sheets/import';
import { makeTemplateWorkbook, readXlsx } from '../../../src/model/sheets/xlsx';
import { excelRead } from './workbooks';

/** Whole-sample conversions and exceljs are slow on a busy 2-core machine: room beyond the 5 s default. */
const SLOW = 60_000;

const committed = (name: string): Buffer => readFileSync(new URL(`../../../data/templates/${name}`, import.meta.url));

describe('makeTemplateWorkbook', { timeout: SLOW }, () => {
  const tables = readXlsx(makeTemplateWorkbook());

  it('has actors, agreements, sectors and sources sheets with headers and examples, and a notes sheet', () => {
    expect(tables.map((t) => t.name)).toEqual(['actors', 'agreements', 'sectors', 'sources', 'notes']);
    for (const table of tables.slice(0, 4)) expect(table.rows.length).toBeGreaterThanOrEqual(2);
    expect(tables[0]?.rows[0]).toEqual(SHEET_FIELDS.actors.map((s) => s.field).filter((f) => f !== 'x' && f !== 'y'));
  });

  it('explains every column of every sheet in the notes sheet', () => {
    const notes = tables.find((t) => t.name === 'notes')?.rows ?? [];
    for (const table of tables.slice(0, 4)) {
      for (const header of table.rows[0] ?? []) {
        const row = notes.find((r) => r[0] === table.name && r[1] === header);
        expect(row?.[3], `${table.name}.${header}`).toBeTruthy();
      }
    }
  });

  it('imports as a valid dataset, the notes sheet skipped', () => {
    const result = importSheets(tables);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.counts).toMatchObject({ actors: 2, agreements: 1, sectors: 1, sources: 1 });
    expect(result.dataset.agreements[0]?.until).toBeNull();
    expect(result.sheets.find((s) => s.name === 'notes')?.kind).toBeNull();
  });

  it('opens in an independent reader (exceljs) with the same sheets', async () => {
    const sheets = await excelRead(makeTemplateWorkbook());
    expect([...sheets.keys()]).toEqual(['actors', 'agreements', 'sectors', 'sources', 'notes']);
    expect(sheets.get('actors')?.[1]?.[6]).toBe(60.17);
  });

  it('is committed in data/templates exactly as generated (npm run convert -- --template --out …)', () => {
    expect(new Uint8Array(committed('alliance-atlas-template.xlsx'))).toEqual(makeTemplateWorkbook());
  });
});

describe('makeTemplateCsvFiles', { timeout: SLOW }, () => {
  it('is an actors.csv/agreements.csv pair that imports as a valid dataset', () => {
    const files = makeTemplateCsvFiles();
    expect(files.map((f) => f.name)).toEqual(['actors.csv', 'agreements.csv']);
    const result = importSheets(readCsvFiles(files));
    expect(result.valid).toBe(true);
    expect(result.counts).toMatchObject({ actors: 2, agreements: 1 });
  });

  it('is committed in data/templates exactly as generated', () => {
    for (const file of makeTemplateCsvFiles()) expect(committed(file.name).toString('utf8')).toBe(file.text);
  });
});
