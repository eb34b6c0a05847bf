// CSV text for spreadsheets: RFC 4180 quoting, a guard against formula injection, and the one place the BOM is added.
import { listText } from './list-text';

/**
 * The UTF-8 byte-order mark every CSV for spreadsheets starts with: without it Excel reads a CSV file as the
 * local code page (Windows-1252 in western Europe), so "Øresund" shows as "Ã˜resund". Readers here skip it.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Lines of CSV (each already joined with its delimiter) as the text of a file for spreadsheets: the BOM first,
 * CRLF line ends (RFC 4180), a final CRLF. Every CSV writer of the app and the command line ends here.
 */
export const csvDocument = (lines: readonly string[]): string => `${CSV_BOM}${lines.join('\r\n')}\r\n`;

/** One line of cells through csvCell, comma-separated. */
export const csvLine = (cells: readonly unknown[]): string => cells.map((cell) => csvCell(cell)).join(',');

/** A column: the row property it reads, and the header written for it (the key itself by default). */
export type CsvColumn = string | { key: string; header?: string };

/** Cells starting with these are run as formulas by spreadsheet programs (CWE-1236), so they get a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A value as plain text: null and undefined empty, non-finite numbers empty. */
function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/**
 * One cell as text: lists as listText writes them (`a; b`, or a JSON array when an item holds `;`), and text
 * that a spreadsheet would run as a formula with a leading `'`.
 */
function cellText(value: unknown): string {
  if (Array.isArray(value)) {
    const text = listText(value.map(plainText), '; ');
    return FORMULA_START.test(text) ? `'${text}` : text;
  }
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  return plainText(value);
}

/** A cell quoted where it must be: when it holds a comma, quote, line break, or leading/trailing space. */
export function csvCell(value: unknown): string {
  const text = cellText(value);
  // Numbers are written as they are: `-0.5` is a number, not a formula, and is never prefixed.
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text for spreadsheets (csvDocument: BOM, comma-separated, CRLF line ends, a header line first). Values are read as own
 * properties only, so a row key such as `__proto__` is data. Text cells that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`; numbers are written plainly.
 */
export function toCsv(rows: ReadonlyArray<object>, columns: readonly CsvColumn[]): string {
  const resolved = columns.map((column) =>
    typeof column === 'string'
      ? { key: column, header: column }
      : { key: column.key, header: column.header ?? column.key },
  );
  const lines = [csvLine(resolved.map((column) => column.header))];
  for (const row of rows) {
    const own = new Map<string, unknown>(Object.entries(row));
    lines.push(csvLine(resolved.map((column) => own.get(column.key))));
  }
  return csvDocument(lines);
}
