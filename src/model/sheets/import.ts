// importSheets: text tables (from CSV or XLSX) → a dataset, its problems placed by sheet/row/column, and a bad-rows-skipped version.
import { escapeControls } from '../problems';
import { FORMAT_ID, type Dataset } from '../types';
import { validateDataset } from '../validate';
import { columnLetter, sheetKindFromHeader, sheetKindFromName } from './columns';
import { locateProblems, type Origins } from './locate';
import {
  HEADER_SEARCH_ROWS,
  readDatasetSheet,
  readRecordSheet,
  setKey,
  sheetProblem,
  type RowOrigin,
  type SheetRow,
} from './records';
import { fillMissingIds, resolveCountries, resolveListRefs, resolveParties, upperCaseCodes } from './resolve';
import type {
  ImportOptions,
  RecordCounts,
  SheetImport,
  SheetKind,
  SheetProblem,
  SheetSummary,
  SheetTable,
  SkippedImport,
} from './types';

type ListKind = Exclude<SheetKind, 'dataset'>;
const LISTS: ListKind[] = ['sources', 'sectors', 'countries', 'actors', 'agreements', 'views'];

/** Rows read, by list, plus which optional lists had a sheet of their own. */
interface Collected {
  rows: Map<ListKind, SheetRow[]>;
  present: Set<ListKind>;
  top: Map<string, { value: unknown; origin: RowOrigin }>;
  sheets: SheetSummary[];
  problems: SheetProblem[];
}

/** Appends in a loop: `push(...items)` overflows the call stack for 100,000+ rows. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

function collect(tables: SheetTable[], options: ImportOptions): Collected {
  const out: Collected = {
    rows: new Map(LISTS.map((kind) => [kind, []])),
    present: new Set(),
    top: new Map(),
    sheets: [],
    problems: [],
  };
  for (const table of tables) {
    const choice = own(options.sheetKinds, table.name);
    const byName = sheetKindFromName(table.name);
    const filled = table.rows.some((row) => row.some((cell) => cell.trim() !== ''));
    const kind = choice === null ? 'notes' : (choice ?? byName ?? kindFromHeaderRow(table));
    const detectedBy = choice ? 'choice' : byName ? 'name' : 'header';
    const ignored = (): SheetSummary => ({
      name: table.name,
      kind: null,
      detectedBy: null,
      headerRow: 1,
      columns: [],
      unmapped: [],
      rows: 0,
    });
    if (kind === 'notes') {
      out.sheets.push(ignored());
    } else if (kind === undefined) {
      out.sheets.push(ignored());
      if (filled) {
        const message = `this sheet is ignored: to read it, name it actors, agreements, sectors, sources, countries, views or dataset`;
        out.problems.push(sheetProblem('warning', table.name, null, null, message));
      }
    } else if (kind === 'dataset') {
      const read = readDatasetSheet(table);
      for (const [key, entry] of read.fields) if (!out.top.has(key)) out.top.set(key, entry);
      out.sheets.push(read.summary);
      append(out.problems, read.problems);
    } else {
      const chosen = new Map(Object.entries(own(options.columns, table.name) ?? {}));
      const read = readRecordSheet(table, kind, detectedBy, chosen);
      append(out.rows.get(kind) ?? [], read.rows);
      out.present.add(kind);
      out.sheets.push(read.summary);
      append(out.problems, read.problems);
    }
    const summary = out.sheets[out.sheets.length - 1];
    if (summary?.kind) warnUncachedFormulas(table, summary.headerRow, out.problems);
  }
  // Nothing read at all: an ignored sheet is then the user's data in a shape we did not recognise, not a note.
  if (out.present.size === 0 && out.top.size === 0) {
    for (const problem of out.problems)
      if (problem.message.startsWith('this sheet is ignored')) problem.severity = 'error';
  }
  return out;
}

/**
 * The kind of the first of the sheet's first HEADER_SEARCH_ROWS filled rows that is a header of actors or
 * agreements (a title row may stand above it), or undefined: a sheet is known by a header row's columns.
 */
function kindFromHeaderRow(table: SheetTable): 'actors' | 'agreements' | undefined {
  let searched = 0;
  for (const row of table.rows) {
    if (searched >= HEADER_SEARCH_ROWS) break;
    if (!row.some((cell) => cell.trim() !== '')) continue;
    searched += 1;
    const kind = sheetKindFromHeader(row.map((cell) => cell.trim()));
    if (kind) return kind;
  }
  return undefined;
}

/** A formula cell without a saved result is read as empty: say so at its place, so no value is lost without a word. */
function warnUncachedFormulas(table: SheetTable, headerRow: number, problems: SheetProblem[]): void {
  // The header row found for the sheet (below a title row, if any), so the column is named as the user named it.
  const header = table.rows[headerRow - 1] ?? [];
  for (const { row, column } of table.uncachedFormulas ?? []) {
    const where = { header: (header[column] ?? '').trim(), letter: columnLetter(column) };
    problems.push({
      severity: 'warning',
      sheet: table.name,
      row,
      column: where,
      pointer: null,
      message:
        'this cell holds a formula with no saved result, so it is read as empty: open the file in Excel or LibreOffice and save it again (they store the result), or type the value',
    });
  }
}

/** Without a sectors (or sources) sheet, the ids used become minimal records, so a bare actors/agreements pair loads. */
function synthesise(c: Collected, kind: 'sectors' | 'sources', users: ListKind[]): void {
  if (c.present.has(kind)) return;
  const ids = new Set<string>();
  for (const user of users) {
    for (const row of c.rows.get(user) ?? []) {
      const items = row.record[kind];
      if (Array.isArray(items)) for (const item of items) if (typeof item === 'string') ids.add(item);
    }
  }
  if (ids.size === 0) return;
  const made: SheetRow[] = [...ids].map((id) => {
    const record: Record<string, unknown> = {};
    setKey(record, 'id', id);
    if (kind === 'sectors') setKey(record, 'label', id);
    return { record, origin: { sheet: '', row: 0, columns: new Map() } };
  });
  c.rows.set(kind, made);
  c.present.add(kind);
  const what = kind === 'sectors' ? 'sectors (labelled by their ids)' : 'sources';
  c.problems.push({
    severity: 'warning',
    sheet: null,
    row: null,
    column: null,
    pointer: `/${kind}`,
    message: `there is no ${kind} sheet: made ${ids.size} ${what} from the ids used; add a ${kind} sheet to name them`,
  });
}

function resolve(c: Collected): void {
  const get = (kind: ListKind): SheetRow[] => c.rows.get(kind) ?? [];
  for (const kind of ['actors', 'agreements', 'sectors'] as const) fillMissingIds(get(kind), kind, c.problems);
  upperCaseCodes(get('countries'));
  resolveCountries(get('actors'), get('countries'));
  for (const user of ['actors', 'agreements'] as const) {
    resolveListRefs(get(user), 'sectors', get('sectors'), 'label');
    resolveListRefs(get(user), 'sources', get('sources'), 'title');
  }
  resolveParties(get('agreements'), get('actors'), c.problems);
  synthesise(c, 'sectors', ['actors', 'agreements']);
  synthesise(c, 'sources', ['actors', 'agreements']);
}

/** The dataset made of the collected rows, leaving out the rows in `skip` ("sheet:row"). */
function assemble(c: Collected, skip: ReadonlySet<string> = new Set()): { dataset: Dataset; origins: Origins } {
  const dataset: Record<string, unknown> = {};
  const origins: Origins = { top: new Map(), lists: new Map() };
  setKey(dataset, 'format', FORMAT_ID);
  for (const [key, entry] of c.top) {
    if (skip.has(`${entry.origin.sheet}:${entry.origin.row}`)) continue;
    setKey(dataset, key, entry.value);
    origins.top.set(key, entry.origin);
  }
  for (const kind of LISTS) {
    if (!c.present.has(kind) && kind !== 'actors' && kind !== 'agreements') continue;
    const kept = (c.rows.get(kind) ?? []).filter((row) => !skip.has(`${row.origin.sheet}:${row.origin.row}`));
    setKey(
      dataset,
      kind,
      kept.map((row) => row.record),
    );
    origins.lists.set(
      kind,
      kept.map((row) => row.origin),
    );
  }
  // The value has the Dataset's shape by construction; the validator below is what checks its contents.
  return { dataset: dataset as unknown as Dataset, origins };
}

const countsOf = (dataset: Dataset): RecordCounts => ({
  actors: dataset.actors.length,
  agreements: dataset.agreements.length,
  sectors: dataset.sectors?.length ?? 0,
  sources: dataset.sources?.length ?? 0,
  countries: dataset.countries?.length ?? 0,
  views: dataset.views?.length ?? 0,
});

/** Runs the real validator and merges its problems (placed in the sheet) with the reader's, one error per cell. */
function check(c: Collected, skip?: ReadonlySet<string>): { dataset: Dataset; problems: SheetProblem[] } {
  const { dataset, origins } = assemble(c, skip);
  const result = validateDataset(dataset);
  const own = skip
    ? c.problems.filter((p) => p.sheet === null || p.row === null || !skip.has(`${p.sheet}:${p.row}`))
    : c.problems;
  // One error per cell: the reader's own message (it knows what was typed) wins over the validator's.
  // A validator error about a whole row that the reader already flagged (a missing required value) is the same news.
  const ownErrors = own.filter((p) => p.severity === 'error');
  const cells = new Set(ownErrors.map((p) => `${p.sheet}:${p.row}:${p.column?.letter ?? ''}`));
  const rows = new Set(ownErrors.map((p) => `${p.sheet}:${p.row}`));
  const repeats = (p: SheetProblem): boolean =>
    cells.has(`${p.sheet}:${p.row}:${p.column?.letter ?? ''}`) ||
    (p.column === null && rows.has(`${p.sheet}:${p.row}`));
  const located = locateProblems([...(result.ok ? [] : result.errors), ...result.warnings], origins);
  const found = located.filter((p) => p.severity === 'warning' || !repeats(p));
  return { dataset, problems: [...own, ...found] };
}

/** Rows to skip: every row with an error, repeated until what is left has no row-level errors (ties to skipped actors go too). */
function skipBadRows(c: Collected, problems: SheetProblem[]): SkippedImport {
  const skip = new Set<string>();
  let current = problems;
  let dataset: Dataset | undefined;
  for (let round = 0; round < 10; round += 1) {
    const bad = current.filter((p) => p.severity === 'error' && p.sheet && p.row);
    if (round > 0 && bad.length === 0) break;
    for (const p of bad) skip.add(`${p.sheet}:${p.row}`);
    ({ dataset, problems: current } = check(c, skip));
  }
  const final = dataset ?? assemble(c, skip).dataset;
  const skipped = [...skip].map((key) => {
    const at = key.lastIndexOf(':');
    return { sheet: key.slice(0, at), row: Number(key.slice(at + 1)) };
  });
  const valid = !current.some((p) => p.severity === 'error');
  return { dataset: final, skipped, counts: countsOf(final), problems: current, valid };
}

/**
 * Reads sheets (each a name and rows of text) into a dataset. Sheets are recognised by name
 * (actors, agreements, sectors, sources, countries, views, dataset; `notes` is skipped) or, failing
 * that, by a header that looks like actors or agreements. Pure: no I/O, safe to call in the browser.
 */
export function importSheets(sheets: SheetTable[], options: ImportOptions = {}): SheetImport {
  const collected = collect(sheets, options);
  if (!collected.present.has('actors') && !collected.present.has('agreements')) {
    const message = 'no actors or agreements sheet found: name the sheets (or CSV files) actors and agreements';
    collected.problems.push({ severity: 'error', sheet: null, row: null, column: null, pointer: null, message });
  }
  resolve(collected);
  const { dataset, problems } = check(collected);
  const valid = !problems.some((p) => p.severity === 'error');
  return {
    sheets: collected.sheets,
    counts: countsOf(dataset),
    problems,
    dataset,
    valid,
    skipBadRows: valid
      ? { dataset, skipped: [], counts: countsOf(dataset), problems, valid }
      : skipBadRows(collected, problems),
  };
}

/** One problem as a line: `agreements row 14, parties: message`, or `POINTER: message` when it has no place in a sheet. */
export function formatSheetProblem(problem: SheetProblem): string {
  if (problem.sheet === null || problem.sheet === '') {
    return escapeControls(`${problem.pointer || '(file)'}: ${problem.message}`);
  }
  const row = problem.row === null ? '' : ` row ${problem.row}`;
  const column =
    problem.column && problem.column.header !== ''
      ? `, ${problem.column.header}`
      : problem.column
        ? `, column ${problem.column.letter}`
        : '';
  return escapeControls(`${problem.sheet}${row}${column}: ${problem.message}`);
}
