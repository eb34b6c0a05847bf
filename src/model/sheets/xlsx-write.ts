// Writes plain tables as a minimal, valid .xlsx workbook: string cells are always text, never formulas.
import { zipSync, strToU8 } from 'fflate';
import { columnLetter } from './columns';
import { escapeXml } from './xml';

/** A cell to write: text, a number, a boolean, or nothing. */
export type CellValue = string | number | boolean | null;

export interface WorkbookSheet {
  name: string;
  rows: CellValue[][];
  /** Show row 1 in bold and keep it in view while scrolling. */
  header?: boolean;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE_BASE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * OOXML text escaping: characters XML 1.0 cannot carry (and CR, which XML parsers fold into LF) become
 * `_xHHHH_`, and a literal `_xHHHH_` is protected as `_x005F_xHHHH_`, so every string reads back exactly.
 */
export const escapeOoxml = (text: string): string =>
  text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (char) => {
      return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
    });

function cellXml(value: CellValue, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // Inline string cells: text is stored as text, so "=HYPERLINK(…)" or "<script>" is never a formula or markup.
  const text = escapeXml(escapeOoxml(String(value)));
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function widthOf(value: CellValue): number {
  if (value === null) return 0;
  const text = String(value);
  return Math.max(...text.split('\n').map((line) => line.length));
}

function worksheetXml(sheet: WorkbookSheet): string {
  // A loop, not Math.max(...rows): spreading 100,000+ rows would overflow the call stack.
  let columns = 0;
  for (const row of sheet.rows) columns = Math.max(columns, row.length);
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.min(60, Math.max(8, ...sheet.rows.slice(0, 200).map((row) => widthOf(row[c] ?? null) + 2))),
  );
  const rows = sheet.rows
    .map((row, r) => {
      const style = sheet.header && r === 0 ? 1 : 0;
      const cells = row.map((value, c) => cellXml(value, `${columnLetter(c)}${r + 1}`, style)).join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  const view = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const cols = widths.length
    ? `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${view}${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A fixed timestamp (local midnight, as zip stores local time) so the same tables always give the same bytes. */
const FIXED_TIME = new Date(2000, 0, 1);

/** Packs the sheets into .xlsx bytes. Sheet names must be unique, at most 31 characters, without []:*?/\. */
export function writeXlsx(sheets: WorkbookSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE_BASE}.worksheet+xml"/>`)
    .join('');
  files['[Content_Types].xml'] = strToU8(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE_BASE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE_BASE}.styles+xml"/>${overrides}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetEntries = sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheetEntries}</sheets></workbook>`,
  );
  const sheetRels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet));
  });
  return zipSync(files, { level: 6, mtime: FIXED_TIME });
}
