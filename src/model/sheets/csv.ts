// CSV in and out: one file per sheet (actors.csv, agreements.csv, …), `,` or `;` as Excel writes them, BOM-safe, formula-guarded.
import Papa from 'papaparse';
import { CSV_BOM as BOM, csvDocument } from '../exports/csv';
import type { Dataset } from '../types';
import { datasetToTables, templateCsvTables } from './export';
import { guardCsv, unguardCsv } from './values';
import type { CellValue, WorkbookSheet } from './xlsx-write';
import type { SheetTable } from './types';

export interface TextFile {
  name: string;
  text: string;
}

/** A CSV file that cannot be read as a table (e.g. a quote that is never closed). */
export class CsvError extends Error {}

/**
 * The separator of a CSV: whichever of `,` `;` or tab occurs most in the first line outside quotes.
 * Excel writes `;` in locales whose decimal mark is a comma, so the header line decides reliably.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Windows-1252 characters for the bytes 0x80–0x9F (undefined bytes kept as their C1 code points). */
const CP1252_HIGH = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'];

/**
 * The text of a CSV file's bytes: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1252, which is what Excel's plain "CSV (Comma delimited)" writes on Western-locale Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Decoded byte by byte: some Node versions decode "windows-1252" as Latin-1 (0x80 is not €).
    let text = '';
    for (const byte of bytes)
      text += byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
    return { text, encoding: 'windows-1252' };
  }
}

/** Just the file name: "data/actors.csv" → "actors.csv". */
const baseName = (name: string): string => name.replace(/^.*[\\/]/, '');

/**
 * Reads CSV files as sheets named by their file names. Quoted fields may hold separators and line
 * breaks; a UTF-8 byte order mark is dropped; cells are trimmed, and the apostrophe that a formula
 * guard put in front of = + - @ is removed again.
 */
export function readCsvFiles(files: TextFile[]): SheetTable[] {
  return files.map((file) => {
    const text = file.text.startsWith(BOM) ? file.text.slice(1) : file.text;
    const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
    const fatal = parsed.errors.find((error) => error.code === 'MissingQuotes');
    if (fatal) {
      const row = (fatal.row ?? 0) + 1;
      throw new CsvError(`${baseName(file.name)} row ${row}: a quoted value is never closed (a " is missing)`);
    }
    const rows = parsed.data.map((row) => row.map((cell) => unguardCsv(cell.trim())));
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === '')) rows.pop();
    return { name: baseName(file.name), rows };
  });
}

function csvField(value: CellValue, delimiter: string): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? guardCsv(value) : String(value);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One sheet as CSV text: RFC 4180 quoting with its own delimiter and guard, then csvDocument (BOM, CRLF). */
export function sheetToCsv(sheet: WorkbookSheet, delimiter = ','): string {
  const lines = sheet.rows.map((row) => row.map((value) => csvField(value, delimiter)).join(delimiter));
  return csvDocument(lines);
}

/** A dataset as CSV files in the import layout: actors.csv, agreements.csv, and one per optional list. */
export const datasetToCsvFiles = (dataset: Dataset, delimiter = ','): TextFile[] =>
  datasetToTables(dataset).map((sheet) => ({ name: `${sheet.name}.csv`, text: sheetToCsv(sheet, delimiter) }));

/** The CSV template: actors.csv and agreements.csv with example rows. */
export const makeTemplateCsvFiles = (): TextFile[] =>
  templateCsvTables().map((sheet) => ({ name: `${sheet.name}.csv`, text: sheetToCsv(sheet) }));
