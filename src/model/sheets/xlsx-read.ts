// Reads an .xlsx workbook into plain text tables: shared/inline strings, numbers, booleans, dates, cached formula values, merged cells.
import { unzipSync } from 'fflate';
import { childrenNamed, firstChild, parseXml, textOf, XmlLimitError, type XmlElement } from './xml';
import { isDateFormat, serialToIso } from './xlsx-dates';
import type { SheetTable } from './types';
import { messageOf } from '../errors';
import { groupedInteger } from '../number-text';

/** Parts larger than this (uncompressed) are refused: a real cluster list is a few hundred kilobytes. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/**
 * Elements one part may hold (a cell is one to three: <c>, <v>, <is><t>). A cluster list has a few thousand
 * cells; 15 million empty <c/> in a 62 kB file took 4.7 GB before this bound.
 */
export const MAX_PART_ELEMENTS = 1_500_000;
/** Rows one sheet may hold: Excel's own limit is 1,048,576, a real list a few thousand. */
export const MAX_SHEET_ROWS = 100_000;

/** An error in the workbook file itself (not in its data), with a message a user can act on. */
export class WorkbookError extends Error {}

/**
 * Reads every worksheet of an .xlsx file, in workbook order. Each table's `rows[i]` is spreadsheet
 * row i + 1, so row numbers in messages match what Excel shows. Formulas give their cached value
 * (never evaluated); a merged range repeats its top-left value in every cell it covers.
 */
export function readXlsx(data: ArrayBuffer | Uint8Array): SheetTable[] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookError(
      'not an .xlsx workbook (an .xlsx file is a zip archive; old .xls files must be saved as .xlsx)',
    );
  }
  const parts = unzipParts(bytes);
  const part = (path: string): XmlElement | undefined => {
    const name = path.replace(/^\//, '');
    const file = parts.get(name);
    if (!file) return undefined;
    try {
      return parseXml(new TextDecoder().decode(file), MAX_PART_ELEMENTS);
    } catch (error) {
      if (error instanceof XmlLimitError) {
        throw new WorkbookError(
          `the workbook part ${name} holds ${error.message} (cells, rows, text runs); a cluster list is far smaller: delete the empty formatted rows and columns below and right of the data and save again`,
        );
      }
      // A damaged part (a byte changed in transfer, a truncated save) is the file's fault, not a crash.
      throw new WorkbookError(`the workbook part ${name} is damaged (${messageOf(error)}); save it again as .xlsx`);
    }
  };
  const workbookPath = officeDocumentPath(part('_rels/.rels'));
  const workbook = part(workbookPath);
  if (!workbook) throw new WorkbookError('the file is a zip archive but holds no workbook (is it an .xlsx file?)');
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relations = relationTargets(part(relsPathOf(workbookPath)), base);
  const sharedStrings = readSharedStrings(part(findTarget(relations, 'sharedStrings') ?? `${base}sharedStrings.xml`));
  const dateStyles = readDateStyles(part(findTarget(relations, 'styles') ?? `${base}styles.xml`));
  const date1904 = firstChild(workbook, 'workbookPr')?.attrs.get('date1904');
  const context: CellContext = { sharedStrings, dateStyles, date1904: date1904 === '1' || date1904 === 'true' };

  const sheets = firstChild(workbook, 'sheets');
  return (sheets ? childrenNamed(sheets, 'sheet') : []).map((sheet) => {
    const name = sheet.attrs.get('name') ?? 'Sheet';
    const target = relations.get(sheet.attrs.get('id') ?? '')?.target;
    const xml = target ? part(target) : undefined;
    try {
      const uncachedFormulas: Array<{ row: number; column: number }> = [];
      const rows = xml ? readWorksheet(xml, context, name, uncachedFormulas) : [];
      return uncachedFormulas.length > 0 ? { name, rows, uncachedFormulas } : { name, rows };
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      throw new WorkbookError(`the sheet "${name}" could not be read (${messageOf(error)}); save it again as .xlsx`);
    }
  });
}

function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  let total = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(xml|rels)$/i.test(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          throw new WorkbookError(`the workbook part ${file.name} is too large to read (over 64 MB unpacked)`);
        }
        return true;
      },
    });
    return new Map(Object.entries(files));
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(`the workbook could not be unpacked (${(error as Error).message}); save it again as .xlsx`);
  }
}

const relsPathOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
};

function officeDocumentPath(rels: XmlElement | undefined): string {
  const main = rels
    ? childrenNamed(rels, 'Relationship').find((rel) => /\/officeDocument$/.test(rel.attrs.get('Type') ?? ''))
    : undefined;
  return (main?.attrs.get('Target') ?? 'xl/workbook.xml').replace(/^\//, '');
}

interface Relation {
  type: string;
  target: string;
}

function relationTargets(rels: XmlElement | undefined, base: string): Map<string, Relation> {
  const targets = new Map<string, Relation>();
  for (const rel of rels ? childrenNamed(rels, 'Relationship') : []) {
    const target = rel.attrs.get('Target') ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : normalisePath(base + target);
    targets.set(rel.attrs.get('Id') ?? '', { type: rel.attrs.get('Type') ?? '', target: resolved });
  }
  return targets;
}

const findTarget = (relations: Map<string, Relation>, type: string): string | undefined =>
  [...relations.values()].find((relation) => relation.type.endsWith(`/${type}`))?.target;

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_`; a literal `_x…_` is itself escaped as `_x005F_x…_`. */
export const unescapeOoxml = (text: string): string =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** A rich or plain string item: the text of its runs, without phonetic guides (`rPh`). */
function stringItemText(item: XmlElement): string {
  let text = '';
  for (const child of item.children) {
    if (typeof child === 'string') continue;
    if (child.name === 't') text += textOf(child);
    else if (child.name === 'r') text += childrenNamed(child, 't').map(textOf).join('');
  }
  return unescapeOoxml(text);
}

const readSharedStrings = (sst: XmlElement | undefined): string[] =>
  sst ? childrenNamed(sst, 'si').map(stringItemText) : [];

/** Which cell style indices (`s="…"`) show a number as a date. */
function readDateStyles(styles: XmlElement | undefined): Set<number> {
  const dates = new Set<number>();
  if (!styles) return dates;
  const custom = new Map<number, string>();
  const numFmts = firstChild(styles, 'numFmts');
  for (const fmt of numFmts ? childrenNamed(numFmts, 'numFmt') : []) {
    custom.set(Number(fmt.attrs.get('numFmtId')), fmt.attrs.get('formatCode') ?? '');
  }
  const cellXfs = firstChild(styles, 'cellXfs');
  (cellXfs ? childrenNamed(cellXfs, 'xf') : []).forEach((xf, index) => {
    const id = Number(xf.attrs.get('numFmtId') ?? 0);
    if (isDateFormat(id, custom.get(id))) dates.add(index);
  });
  return dates;
}

interface CellContext {
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

/** "BC12" → column 54 (0-based) and row 11 (0-based). */
export function parseRef(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const char of (match[1] ?? '').toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function cellText(cell: XmlElement, context: CellContext): string {
  const type = cell.attrs.get('t') ?? 'n';
  const valueElement = firstChild(cell, 'v');
  const value = valueElement ? textOf(valueElement) : '';
  switch (type) {
    case 's':
      return context.sharedStrings[Number(value)] ?? '';
    case 'inlineStr': {
      const inline = firstChild(cell, 'is');
      return inline ? stringItemText(inline) : unescapeOoxml(value);
    }
    case 'str':
      return unescapeOoxml(value);
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'd':
      // An ISO 8601 date cell (strict OOXML, some writers): a midnight time adds nothing.
      return value.replace(/^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?Z?$/, '$1');
    case 'e':
      return value;
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles.has(Number(cell.attrs.get('s') ?? 0))) return serialToIso(number, context.date1904);
      return String(number);
    }
  }
}

function readWorksheet(
  sheet: XmlElement,
  context: CellContext,
  name: string,
  uncachedFormulas: Array<{ row: number; column: number }>,
): string[][] {
  const rows: string[][] = [];
  const data = firstChild(sheet, 'sheetData');
  let nextRow = 0;
  for (const row of data ? childrenNamed(data, 'row') : []) {
    const rowIndex = row.attrs.has('r') ? Number(row.attrs.get('r')) - 1 : nextRow;
    if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex > 1_048_575) continue;
    if (rowIndex >= MAX_SHEET_ROWS) {
      throw new WorkbookError(
        `the sheet "${name}" has rows past row ${groupedInteger(MAX_SHEET_ROWS)}; a cluster list is far smaller: delete the rows below the data and save again`,
      );
    }
    nextRow = rowIndex + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of childrenNamed(row, 'c')) {
      const ref = cell.attrs.get('r');
      const column = (ref ? parseRef(ref)?.column : undefined) ?? nextColumn;
      if (column > 16_383) continue;
      nextColumn = column + 1;
      const text = cellText(cell, context);
      if (text !== '') setCell(cells, column, text);
      else if (firstChild(cell, 'f') !== undefined) uncachedFormulas.push({ row: rowIndex + 1, column });
    }
    rows[rowIndex] = cells;
  }
  fillMerged(sheet, rows);
  return trimRows(rows);
}

function setCell(cells: string[], column: number, text: string): void {
  while (cells.length < column) cells.push('');
  cells[column] = text;
}

/** Copies each merged range's top-left value into every cell of the range (a merged "country" applies to each row). */
function fillMerged(sheet: XmlElement, rows: string[][]): void {
  const merges = firstChild(sheet, 'mergeCells');
  for (const merge of merges ? childrenNamed(merges, 'mergeCell') : []) {
    const [from, to] = (merge.attrs.get('ref') ?? '').split(':').map(parseRef);
    if (!from || !to) continue;
    const value = rows[from.row]?.[from.column] ?? '';
    // Guard against a hostile range such as A1:XFD1048576: a real merge spans a handful of cells.
    if (value === '' || (to.row - from.row + 1) * (to.column - from.column + 1) > 100_000) continue;
    for (let r = from.row; r <= to.row; r += 1) {
      const cells = (rows[r] ??= []);
      for (let c = from.column; c <= to.column; c += 1) setCell(cells, c, value);
    }
  }
}

/** Dense rows (holes become empty rows), without trailing empty cells or trailing empty rows. */
function trimRows(rows: string[][]): string[][] {
  const dense = Array.from(rows, (cells) => {
    const row = cells ?? [];
    let end = row.length;
    while (end > 0 && (row[end - 1] ?? '') === '') end -= 1;
    return Array.from(row.slice(0, end), (cell) => cell ?? '');
  });
  while (dense.length > 0 && (dense[dense.length - 1]?.length ?? 0) === 0) dense.pop();
  return dense;
}
