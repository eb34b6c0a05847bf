// The .xlsx reader against workbooks written by exceljs and typed by hand: every cell type, formulas, merges, empty sheets.
import { describe, expect, it } from 'vitest';
import { readXlsx, WorkbookError } from '../../../src/model/sheets/xlsx-read';
import { serialToIso } from '../../../src/model/sheets/xlsx-dates';
import { excelWorkbook, handWorkbook } from './workbooks';

/** Whole-sample conversions and exceljs are slow on a busy 2-core machine: room beyond the 5 s default. */
const SLOW = 60_000;

describe('readXlsx on workbooks written by exceljs', { timeout: SLOW }, () => {
  it('reads shared strings, rich text, numbers, booleans and dates as text', async () => {
    const bytes = await excelWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('actors');
      sheet.addRow(['id', 'label', 'lat', 'target', 'since']);
      sheet.addRow(['a', 'Cleantech Finland', 60.17, true, new Date(Date.UTC(2011, 4, 1))]);
      sheet.addRow([
        'b',
        { richText: [{ text: 'CLEAN ' }, { font: { bold: true }, text: 'Denmark' }] },
        -3.5,
        false,
        2011,
      ]);
    });
    const [sheet] = readXlsx(bytes);
    expect(sheet?.name).toBe('actors');
    expect(sheet?.rows).toEqual([
      ['id', 'label', 'lat', 'target', 'since'],
      ['a', 'Cleantech Finland', '60.17', 'TRUE', '2011-05-01'],
      ['b', 'CLEAN Denmark', '-3.5', 'FALSE', '2011'],
    ]);
  });

  it('gives the cached value of a formula, never the formula, and keeps formula-like text as text', async () => {
    const bytes = await excelWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('actors');
      sheet.addRow(['url', 'sum', 'text', 'markup']);
      sheet.addRow([
        { formula: 'HYPERLINK("https://example.org","Example")', result: 'Example' },
        { formula: '1+2', result: 3 },
        '=HYPERLINK("https://evil.example","click")',
        '<script>alert(1)</script>',
      ]);
    });
    expect(readXlsx(bytes)[0]?.rows[1]).toEqual([
      'Example',
      '3',
      '=HYPERLINK("https://evil.example","click")',
      '<script>alert(1)</script>',
    ]);
  });

  it('repeats a merged value in every cell of the range, and keeps gaps so row numbers match', async () => {
    const bytes = await excelWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('actors');
      sheet.getCell('A1').value = 'id';
      sheet.getCell('B1').value = 'country';
      sheet.getCell('A2').value = 'a';
      sheet.getCell('A3').value = 'b';
      sheet.getCell('B2').value = 'FI';
      sheet.mergeCells('B2:B3');
      sheet.getCell('A5').value = 'c';
    });
    expect(readXlsx(bytes)[0]?.rows).toEqual([['id', 'country'], ['a', 'FI'], ['b', 'FI'], [], ['c']]);
  });

  it('lists an empty sheet with no rows, in workbook order', async () => {
    const bytes = await excelWorkbook((workbook) => {
      workbook.addWorksheet('notes');
      workbook.addWorksheet('actors').addRow(['id']);
    });
    expect(readXlsx(bytes)).toEqual([
      { name: 'notes', rows: [] },
      { name: 'actors', rows: [['id']] },
    ]);
  });
});

describe('readXlsx on hand-written SpreadsheetML', () => {
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain</t></si><si><r><t>ri</t></r><r><t>ch</t></r><rPh><t>PHONETIC</t></rPh></si><si><t xml:space="preserve"> a&amp;b_x000D_
c </t></si></sst>`;

  it('reads prefixed namespaces, inline strings, cells without refs, escapes and error values', () => {
    const bytes = handWorkbook(
      [
        [
          'Sheet 1',
          `<sheetData><row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>
           <row r="3"><c r="B3" t="inlineStr"><is><t>&lt;b&gt;bold&lt;/b&gt; &#x263A;</t></is></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="str"><f>A1&amp;"x"</f><v>plainx</v></c><c r="F3" t="d"><v>2011-05-01T00:00:00Z</v></c></row></sheetData>`,
        ],
      ],
      { 'xl/strings.xml': strings },
    );
    expect(readXlsx(bytes)).toEqual([
      {
        name: 'Sheet 1',
        rows: [['plain', 'rich', ' a&b\r\nc '], [], ['', '<b>bold</b> ☺', '', '#N/A', 'plainx', '2011-05-01']],
      },
    ]);
  });

  it('turns date-formatted numbers into ISO dates, in the 1900 and the 1904 date systems', () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="&quot;year&quot; 0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const sheet = `<sheetData><row r="1"><c r="A1" s="1"><v>40664</v></c><c r="B1" s="2"><v>2011</v></c><c r="C1" s="3"><v>40664.5</v></c><c r="D1"><v>40664</v></c></row></sheetData>`;
    const in1900 = readXlsx(handWorkbook([['d', sheet]], { 'xl/styles.xml': styles }));
    expect(in1900[0]?.rows[0]).toEqual(['2011-05-01', '2011', '2011-05-01T12:00:00', '40664']);
    const in1904 = readXlsx(handWorkbook([['d', sheet]], { 'xl/styles.xml': styles }, '<x:workbookPr date1904="1"/>'));
    // The two systems are 1462 days apart (Microsoft's documented offset): 2011-05-01 + 1462 days.
    expect(in1904[0]?.rows[0]?.[0]).toBe('2015-05-02');
  });

  it('counts serial dates as Excel does around its fictitious 1900-02-29', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(0, true)).toBe('1904-01-01');
  });

  it('does not expand entities declared in a DOCTYPE', () => {
    const sheet = `<!DOCTYPE x [<!ENTITY lol "lollollol">]><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData>`;
    expect(readXlsx(handWorkbook([['s', sheet]]))[0]?.rows).toEqual([['&lol;']]);
  });

  it('skips a hostile merge covering the whole sheet instead of filling a billion cells', () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`;
    expect(readXlsx(handWorkbook([['s', sheet]]))[0]?.rows).toEqual([['x']]);
  });

  it('refuses files that are not workbooks with a message saying what to do', () => {
    expect(() => readXlsx(new TextEncoder().encode('id,label\n'))).toThrow(WorkbookError);
    expect(() => readXlsx(new TextEncoder().encode('id,label\n'))).toThrow(/save.* as \.xlsx/);
    expect(() => readXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(/could not be unpacked/);
  });
});
