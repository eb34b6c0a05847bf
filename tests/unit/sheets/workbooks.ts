// Test workbooks made by writers other than ours: exceljs (a real writer) and SpreadsheetML typed by hand.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/** Builds a workbook with exceljs and returns its .xlsx bytes. */
export async function excelWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads .xlsx bytes with exceljs: sheet name → rows of cell values (exceljs's own reading, for cross-checks). */
export async function excelRead(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = (row.values as unknown[]).slice(1);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A workbook from hand-written parts: `sheets` maps sheet names to <sheetData>… XML (and anything
 * after it), `extra` adds or replaces parts such as xl/sharedStrings.xml or xl/styles.xml.
 */
export function handWorkbook(
  sheets: [string, string][],
  extra: Record<string, string> = {},
  workbookPr = '',
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  files['[Content_Types].xml'] = strToU8(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  files['_rels/.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL_NS}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
  );
  const entries = sheets.map(([name], i) => `<x:sheet name="${name}" sheetId="${i + 1}" r:id="s${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = strToU8(
    `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">${workbookPr}<x:sheets>${entries}</x:sheets></x:workbook>`,
  );
  const rels = sheets.map(
    (_, i) => `<Relationship Id="s${i + 1}" Type="${REL_NS}/worksheet" Target="sheets/s${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="ss" Type="${REL_NS}/sharedStrings" Target="strings.xml"/>`);
  rels.push(`<Relationship Id="st" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  sheets.forEach(([, xml], i) => {
    files[`xl/sheets/s${i + 1}.xml`] = strToU8(`<?xml version="1.0"?>\n<worksheet ${NS}>${xml}</worksheet>`);
  });
  for (const [path, xml] of Object.entries(extra)) files[path] = strToU8(xml);
  return zipSync(files);
}
