// Workbooks written by LibreOffice Calc (committed fixtures): formulas with cached values, dates, and our template re-saved.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSheets } from '../../../src/model/sheets/import';
import { makeTemplateWorkbook, readXlsx } from '../../../src/model/sheets/xlsx';

/** Whole-sample conversions and exceljs are slow on a busy 2-core machine: room beyond the 5 s default. */
const SLOW = 60_000;

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/sheets/${name}`, import.meta.url)));

describe('workbooks saved by LibreOffice Calc 7.4', { timeout: SLOW }, () => {
  it('reads formulas as their cached values, dates as ISO dates, and markup as plain text', () => {
    const [sheet] = readXlsx(fixture('libreoffice-formulas.xlsx'));
    expect(sheet?.rows).toEqual([
      ['id', 'label', 'kind', 'country', 'url', 'members', 'notes', 'lat'],
      ['a', 'Cleantech Finland', 'cluster', 'FI', 'Example', '120', '2011-05-01', '60.17'],
      ['b', '<script>alert(1)</script>', 'cluster', 'Denmark', '', '12', 'TRUE', '-3.5'],
    ]);
    const actors = importSheets([sheet ?? { name: 'actors', rows: [] }]).dataset.actors;
    expect(actors.map((a) => [a.url, a.members, a.country, a.label])).toEqual([
      ['Example', 120, 'FI', 'Cleantech Finland'],
      [undefined, 12, 'DK', '<script>alert(1)</script>'],
    ]);
  });

  it('reads our template, re-saved by LibreOffice (shared strings, its own styles), as the same dataset', () => {
    const ours = importSheets(readXlsx(makeTemplateWorkbook()));
    const resaved = importSheets(readXlsx(fixture('template-resaved-by-libreoffice.xlsx')));
    expect(resaved.dataset).toEqual(ours.dataset);
    expect(resaved.valid).toBe(true);
  });
});
