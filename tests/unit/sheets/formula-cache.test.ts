// A formula cell without a saved result (a workbook written by a script) is read as empty, with a warning at its place.
import { describe, expect, it } from 'vitest';
import { importSheets } from '../../../src/model/sheets/import';
import { readXlsx } from '../../../src/model/sheets/xlsx-read';
import { handWorkbook } from './workbooks';

const text = (ref: string, value: string): string => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

const actors = `<sheetData>
<row r="1">${text('A1', 'id')}${text('B1', 'label')}${text('C1', 'country')}</row>
<row r="2">${text('A2', 'a')}${text('B2', 'Alpha')}<c r="C2" t="str"><f>UPPER("fi")</f><v>FI</v></c></row>
<row r="3">${text('A3', 'b')}${text('B3', 'Beta')}<c r="C3" t="str"><f>UPPER("se")</f></c></row>
</sheetData>`;
const agreements = `<sheetData>
<row r="1">${text('A1', 'id')}${text('B1', 'kind')}${text('C1', 'parties')}</row>
<row r="2">${text('A2', 'ab')}${text('B2', 'bilateral')}${text('C2', 'a, b')}</row>
</sheetData>`;

describe('formula cells in a workbook', () => {
  const tables = readXlsx(
    handWorkbook([
      ['actors', actors],
      ['agreements', agreements],
    ]),
  );

  it('reads the saved result of a formula, and records the cell whose formula has none', () => {
    const sheet = tables.find((t) => t.name === 'actors');
    expect(sheet?.rows[1]?.[2]).toBe('FI');
    expect(sheet?.rows[2]?.[2] ?? '').toBe('');
    expect(sheet?.uncachedFormulas).toEqual([{ row: 3, column: 2 }]);
  });

  it('warns at the sheet, row and column of the formula without a saved result, and only there', () => {
    const warnings = importSheets(tables).problems.filter((p) => /formula with no saved result/.test(p.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'warning',
      sheet: 'actors',
      row: 3,
      column: { header: 'country', letter: 'C' },
    });
  });
});
