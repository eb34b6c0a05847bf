// Reads one sheet's rows into records: header mapping, typed cells, extra columns, and row-level problems.
import { columnLetter, DATASET_FIELDS, mapHeaders, normaliseHeader, SHEET_FIELDS, type FieldSpec } from './columns';
import { parseCell, parseExtra } from './values';
import type { ColumnMapping, SheetKind, SheetProblem, SheetSummary, SheetTable } from './types';

/** Where a record came from: its sheet, its row as the spreadsheet numbers it, and its columns by key. */
export interface RowOrigin {
  sheet: string;
  row: number;
  columns: Map<string, ColumnMapping>;
}

export interface SheetRow {
  record: Record<string, unknown>;
  origin: RowOrigin;
}

export interface SheetRead {
  summary: SheetSummary;
  rows: SheetRow[];
  problems: SheetProblem[];
}

/** Sets a key as an own data property, so `__proto__` or `constructor` from a header is a key like any other. */
export function setKey(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A problem at a place in a sheet; `column` is omitted for problems about a whole row or sheet. */
export function sheetProblem(
  severity: 'error' | 'warning',
  sheet: string,
  row: number | null,
  column: ColumnMapping | null,
  message: string,
): SheetProblem {
  const where = column ? { header: column.header, letter: column.letter } : null;
  return { severity, sheet, row, column: where, pointer: null, message };
}

/** Quotes a user's text in a message, shortened so one bad cell cannot flood the list. */
export const q = (text: string): string => `'${text.length > 60 ? `${text.slice(0, 59)}…` : text}'`;

const isEmptyRow = (row: string[] | undefined): boolean => !row || row.every((cell) => cell.trim() === '');

/**
 * The field of each header: the user's choice where there is one (a field name, another key, or
 * null to leave the column out), otherwise what `mapHeaders` understands. A chosen field is taken
 * away from automatic matching, so choosing "name" → label does not leave "label" mapped too.
 */
function chooseColumns(
  kind: Exclude<SheetKind, 'dataset'>,
  headers: string[],
  chosen: ReadonlyMap<string, string | null>,
): (FieldSpec | undefined)[] {
  const specs = SHEET_FIELDS[kind];
  const picked = headers.map((header) => chosen.get(header));
  const taken = new Set(picked.filter((field): field is string => typeof field === 'string'));
  const automatic = mapHeaders(
    kind,
    headers.map((header, i) => (picked[i] === undefined ? header : '')),
  ).map((spec) => (spec && taken.has(spec.field) ? undefined : spec));
  return headers.map((_, i) => {
    const field = picked[i];
    return typeof field === 'string' ? specs.find((spec) => spec.field === field) : automatic[i];
  });
}

/** How many non-empty rows are searched for the header: title and note rows above it are common, pages of them are not. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: the first non-empty row, among the first HEADER_SEARCH_ROWS, with at least one
 * known column name, so a "Cluster list 2024" title above the real header is passed over.
 * `-1` when no row qualifies.
 */
function findHeaderRow(
  table: SheetTable,
  kind: Exclude<SheetKind, 'dataset'>,
  chosen: ReadonlyMap<string, string | null>,
): number {
  let searched = 0;
  for (let r = 0; r < table.rows.length && searched < HEADER_SEARCH_ROWS; r += 1) {
    const row = table.rows[r];
    if (isEmptyRow(row)) continue;
    searched += 1;
    const headers = (row ?? []).map((cell) => cell.trim());
    if (chooseColumns(kind, headers, chosen).some((spec) => spec !== undefined)) return r;
  }
  return -1;
}

/** Reads a record sheet (actors, agreements, sectors, sources, countries, views). */
export function readRecordSheet(
  table: SheetTable,
  kind: Exclude<SheetKind, 'dataset'>,
  detectedBy: SheetSummary['detectedBy'],
  chosen: ReadonlyMap<string, string | null> = new Map(),
): SheetRead {
  const problems: SheetProblem[] = [];
  const firstIndex = table.rows.findIndex((row) => !isEmptyRow(row));
  const foundIndex = firstIndex < 0 ? -1 : findHeaderRow(table, kind, chosen);
  if (firstIndex >= 0 && foundIndex < 0) return noHeader(table, kind, detectedBy, firstIndex);
  const headerIndex = foundIndex < 0 ? firstIndex : foundIndex;
  if (headerIndex > firstIndex) {
    const above = (table.rows[firstIndex] ?? []).find((cell) => cell.trim() !== '') ?? '';
    const message = `the column names were read from row ${headerIndex + 1}: the rows above it (${q(above.trim())}) are ignored`;
    problems.push(sheetProblem('warning', table.name, headerIndex + 1, null, message));
  }
  const headers = (table.rows[headerIndex] ?? []).map((cell) => cell.trim());
  const specs = chooseColumns(kind, headers, chosen);
  const known = new Set(SHEET_FIELDS[kind].map((spec) => normaliseHeader(spec.field)));
  const columns: ColumnMapping[] = [];
  const fieldSpecs = new Map<string, FieldSpec>();
  const unmapped: string[] = [];
  // The fields already in `columns`: a scan of `columns` per header made 100,000 columns quadratic.
  const usedFields = new Set<string>();
  // The first column under each header, compared loosely: `partners, partners` is one column typed twice.
  const firstByHeader = new Map<string, ColumnMapping>();
  const headerRow = headerIndex + 1;
  headers.forEach((header, index) => {
    const spec = specs[index];
    const mapping: ColumnMapping = {
      index,
      letter: columnLetter(index),
      header,
      field: spec?.field ?? chosen.get(header) ?? header,
      known: !!spec,
    };
    if (header === '' || chosen.get(header) === null) return;
    const first = firstByHeader.get(normaliseHeader(header));
    if (first === undefined) firstByHeader.set(normaliseHeader(header), mapping);
    if (spec && !fieldSpecs.has(spec.field) && first === undefined) {
      fieldSpecs.set(spec.field, spec);
    } else if (
      first !== undefined ||
      spec ||
      known.has(normaliseHeader(mapping.field)) ||
      usedFields.has(mapping.field)
    ) {
      const twice = first ? ` (columns ${first.letter} and ${mapping.letter})` : '';
      problems.push(
        sheetProblem(
          'warning',
          table.name,
          headerRow,
          mapping,
          `column ${q(header)} appears twice${twice}: this one is ignored (delete it or give it another name)`,
        ),
      );
      return;
    } else {
      unmapped.push(header);
    }
    usedFields.add(mapping.field);
    columns.push(spec ? mapping : { ...mapping, known: false });
  });
  const byField = new Map(columns.map((column) => [column.field, column]));
  // A sheet with no data rows is an empty list: its missing columns do not matter.
  const hasData = table.rows.slice(headerIndex + 1).some((row) => !isEmptyRow(row));
  for (const spec of SHEET_FIELDS[kind]) {
    if (hasData && spec.required && spec.field !== 'id' && !fieldSpecs.has(spec.field)) {
      const synonyms = spec.synonyms?.length ? ` (or ${spec.synonyms.slice(0, 3).map(q).join(', ')})` : '';
      problems.push(
        sheetProblem(
          'error',
          table.name,
          null,
          null,
          `no ${q(spec.field)} column: add a column headed ${q(spec.field)}${synonyms}`,
        ),
      );
    }
  }
  const rows: SheetRow[] = [];
  warnHeaderlessColumns(table, headerIndex, headers, problems);
  for (let r = headerIndex + 1; r < table.rows.length; r += 1) {
    const cells = table.rows[r];
    if (!cells || isEmptyRow(cells)) continue;
    const origin: RowOrigin = { sheet: table.name, row: r + 1, columns: byField };
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      const text = (cells[column.index] ?? '').trim();
      const spec = fieldSpecs.get(column.field);
      if (text === '') {
        if (spec?.required && spec.field !== 'id') {
          problems.push(
            sheetProblem('error', table.name, r + 1, column, `${spec.field} is empty: every row of ${kind} needs one`),
          );
        }
        continue;
      }
      if (!spec || !column.known) {
        setKey(record, column.field, parseExtra(text));
        continue;
      }
      const parsed = spec.type === 'country' ? { ok: true as const, value: text } : parseCell(spec.type, text);
      if (parsed.ok) setKey(record, spec.field, parsed.value);
      else {
        setKey(record, spec.field, text);
        problems.push(sheetProblem('error', table.name, r + 1, column, parsed.message));
      }
    }
    rows.push({ record, origin });
  }
  const summary: SheetSummary = { name: table.name, kind, detectedBy, headerRow, columns, unmapped, rows: rows.length };
  return { summary, rows, problems };
}

/** A sheet with content but no known column name: one error for the sheet, instead of one per cell. */
function noHeader(
  table: SheetTable,
  kind: Exclude<SheetKind, 'dataset'>,
  detectedBy: SheetSummary['detectedBy'],
  firstIndex: number,
): SheetRead {
  const names = SHEET_FIELDS[kind]
    .filter((spec) => spec.required && spec.field !== 'id')
    .map((spec) => spec.field)
    .join(', ');
  const message =
    `no column names found: none of the first ${HEADER_SEARCH_ROWS} filled rows names a column of ${kind}` +
    ` (such as ${names}); put the column names in one row above the data`;
  const summary: SheetSummary = {
    name: table.name,
    kind,
    detectedBy,
    headerRow: firstIndex + 1,
    columns: [],
    unmapped: [],
    rows: 0,
  };
  return { summary, rows: [], problems: [sheetProblem('error', table.name, null, null, message)] };
}

function warnHeaderlessColumns(
  table: SheetTable,
  headerIndex: number,
  headers: string[],
  problems: SheetProblem[],
): void {
  // A loop, not Math.max(...rows): spreading 100,000+ rows would overflow the call stack.
  let width = 0;
  for (const row of table.rows) width = Math.max(width, row?.length ?? 0);
  for (let c = 0; c < width; c += 1) {
    if ((headers[c] ?? '') !== '') continue;
    const used = table.rows.slice(headerIndex + 1).some((row) => (row?.[c] ?? '').trim() !== '');
    if (used) {
      const column: ColumnMapping = { index: c, letter: columnLetter(c), header: '', field: '', known: false };
      problems.push(
        sheetProblem(
          'warning',
          table.name,
          headerIndex + 1,
          column,
          `column ${column.letter} has values but no header: they are ignored (give the column a name to keep them)`,
        ),
      );
    }
  }
}

/** Reads the `dataset` sheet: a key column and a value column (title, description, version, asOf, license, extra keys). */
export function readDatasetSheet(
  table: SheetTable,
): SheetRead & { fields: Map<string, { value: unknown; origin: RowOrigin }> } {
  const problems: SheetProblem[] = [];
  const fields = new Map<string, { value: unknown; origin: RowOrigin }>();
  const keyColumn: ColumnMapping = { index: 0, letter: 'A', header: 'key', field: 'key', known: true };
  const valueColumn: ColumnMapping = { index: 1, letter: 'B', header: 'value', field: 'value', known: true };
  const headerIndex = table.rows.findIndex((row) => !isEmptyRow(row));
  const first = (table.rows[headerIndex] ?? []).map((cell) => normaliseHeader(cell));
  const start = first[0] === 'key' || first[0] === 'field' ? headerIndex + 1 : headerIndex;
  for (let r = Math.max(start, 0); r < table.rows.length; r += 1) {
    const cells = table.rows[r];
    if (!cells || isEmptyRow(cells)) continue;
    const rawKey = (cells[0] ?? '').trim();
    const text = (cells[1] ?? '').trim();
    const key = DATASET_FIELDS.find((field) => normaliseHeader(field) === normaliseHeader(rawKey)) ?? rawKey;
    const origin: RowOrigin = { sheet: table.name, row: r + 1, columns: new Map([[key, valueColumn]]) };
    if (rawKey === '') {
      problems.push(sheetProblem('warning', table.name, r + 1, keyColumn, 'a value without a key is ignored'));
    } else if (fields.has(key)) {
      problems.push(
        sheetProblem('warning', table.name, r + 1, keyColumn, `${q(key)} is given twice: this row is ignored`),
      );
    } else if (text !== '') {
      const known = (DATASET_FIELDS as readonly string[]).includes(key);
      fields.set(key, { value: known ? text : parseExtra(text), origin });
    }
  }
  const summary: SheetSummary = {
    name: table.name,
    kind: 'dataset',
    detectedBy: 'name',
    headerRow: headerIndex + 1,
    columns: [keyColumn, valueColumn],
    unmapped: [],
    rows: fields.size,
  };
  return { summary, rows: [], problems, fields };
}
