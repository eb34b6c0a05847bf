// The spreadsheet import flow: read .xlsx/.csv files, hold the preview (mapping, counts, problems), load only on the user's word.
import { create } from 'zustand';
import type { Problem } from '../model/types';
import type { ImportOptions, SheetKind, SheetProblem, SheetTable } from '../model/sheets/types';
import { createSheetsClient, type SheetsClient } from '../worker/sheets-client';
import type { PreviewResult, SheetOutcome } from '../worker/sheets-protocol';
import { applyLoadResult, markOrigin, reportLoadFailure, setLoading } from './actions';
import { keepLocalDataset } from './local-dataset';
import { beginLoad, isLatestLoad, loadDatasetFromFile, stopWhenSuperseded } from './load';
import { useAtlas } from './store';
import { messageOf } from '../model/errors';

type RecordKind = Exclude<SheetKind, 'dataset'>;

/**
 * Reading, resolving and validating run in the sheets worker (or on this thread where there is none,
 * as in the offline single file); the column names for the re-mapping selects are loaded here on first use.
 */
let client: SheetsClient | null = null;
const sheetsClient = (): SheetsClient => (client ??= createSheetsClient());
/** Puts another client in (tests: a stand-in worker); null goes back to the app's own on next use. */
export const setSheetsClient = (next: SheetsClient | null): void => {
  client = next;
};
let fieldLists: Promise<Record<RecordKind, string[]>> | null = null;
const loadFields = (): Promise<Record<RecordKind, string[]>> =>
  (fieldLists ??= import('../model/sheets/columns').then(
    ({ SHEET_FIELDS }) =>
      Object.fromEntries(
        Object.entries(SHEET_FIELDS).map(([kind, specs]) => [kind, specs.map((spec) => spec.field)]),
      ) as Record<RecordKind, string[]>,
  ));

/** What the file picker and drop zone hand over: a name and the bytes (a File, or a stand-in in tests). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportState {
  /** The open preview, or null when no import is waiting for the user. */
  preview: {
    /** The file name(s), as the header will show the source. */
    source: string;
    /** Each sheet's first rows, down to the last row its header may be in (the whole sheets stay in the worker). */
    tables: SheetTable[];
    options: ImportOptions;
    result: PreviewResult;
    /** The fields a column of each list can be mapped to, for the re-mapping selects. */
    fields: Record<RecordKind, string[]>;
  } | null;
}

export const useImport = create<ImportState>()(() => ({ preview: null }));

const extension = (name: string): string => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
/** Spreadsheet files go through the preview; anything else is read as alliance-graph@1 JSON. */
export const isSpreadsheetFile = (name: string): boolean => ['xlsx', 'csv', 'tsv'].includes(extension(name));

/**
 * Opens what the user picked or dropped: one JSON dataset loads at once (as before), one .xlsx
 * workbook or one or more .csv files open the import preview. Mixed choices are refused with a reason.
 */
export async function openDatasetFiles(files: readonly (PickedFile & Pick<File, 'text'>)[]): Promise<boolean> {
  const first = files[0];
  if (first === undefined) return false;
  if (!files.some((file) => isSpreadsheetFile(file.name))) return loadDatasetFromFile(first);
  return openSpreadsheetFiles(files);
}

const describeSource = (files: readonly PickedFile[]): string => files.map((file) => file.name).join(' + ');

/**
 * Reads one workbook or several CSV files into sheets and opens the preview; nothing is loaded yet. The
 * reading runs in the sheets worker, so a 50,000-row workbook does not freeze the page; the dataset on
 * screen stays until the user loads the preview.
 */
export async function openSpreadsheetFiles(files: readonly PickedFile[]): Promise<boolean> {
  const source = describeSource(files);
  // The user's last choice wins: a JSON or ?data= load still running stores nothing once this starts, and this
  // preview does not open if another load starts while the files are read (which also stops the worker's reading).
  const load = beginLoad();
  const workbooks = files.filter((file) => extension(file.name) === 'xlsx');
  const others = files.filter((file) => !isSpreadsheetFile(file.name));
  if (others.length > 0 || (workbooks.length > 0 && files.length > 1)) {
    const message =
      `${source} mixes file types. Open one .xlsx workbook, or one or more .csv files ` +
      `(actors.csv, agreements.csv, …), or one .json dataset at a time.`;
    reportLoadFailure(source, message);
    return false;
  }
  setLoading(source);
  const jobs = sheetsClient();
  stopWhenSuperseded(() => jobs.cancel());
  let outcome: SheetOutcome | null;
  let fields: Record<RecordKind, string[]>;
  try {
    const picked = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    if (!isLatestLoad(load)) return false;
    [outcome, fields] = await Promise.all([jobs.read(picked), loadFields()]);
  } catch (cause) {
    outcome = { ok: false, reason: messageOf(cause) };
    fields = await loadFields();
  }
  if (!isLatestLoad(load) || outcome === null) return false;
  if (!outcome.ok) {
    const fix = workbooks[0]
      ? 'Save it again from Excel or LibreOffice as an .xlsx workbook and open that.'
      : 'Fix that place in the file (or save it again from Excel as CSV UTF-8) and open it again.';
    reportLoadFailure(source, `${outcome.reason}. ${fix}`);
    return false;
  }
  setLoading(null);
  useImport.setState({ preview: { source, tables: outcome.heads ?? [], options: {}, result: outcome.result, fields } });
  return true;
}

/** Counts re-reads of the open preview: a select changed again before the last re-read came back wins. */
let latestReimport = 0;

/** Re-reads the open preview's files with `options`: at once where the import runs on this thread, else in the worker. */
function reimport(options: ImportOptions): void {
  const preview = useImport.getState().preview;
  if (preview === null) return;
  const run = ++latestReimport;
  const show = (outcome: SheetOutcome | null | undefined): void => {
    // Closed, replaced by another file, or overtaken by a later choice: this answer is no longer wanted.
    const current = useImport.getState().preview;
    if (!outcome || run !== latestReimport || current?.tables !== preview.tables) return;
    if (!outcome.ok) {
      useImport.setState({ preview: null });
      reportLoadFailure(preview.source, `${outcome.reason}.`);
      return;
    }
    useImport.setState({ preview: { ...current, options, result: outcome.result } });
  };
  const jobs = sheetsClient();
  const now = jobs.reimportNow(options);
  if (now !== undefined) show(now);
  else void jobs.reimport(options).then(show);
}

/** A copy of `record` with `key` set, on a null prototype: a sheet or header called "__proto__" is a key like any other. */
function withKey<T>(record: Readonly<Record<string, T>> | undefined, key: string, value: T): Record<string, T> {
  const copy = Object.assign(Object.create(null) as Record<string, T>, record);
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** Re-reads the open preview with one column read as another field (or an extra key), or left out (null). */
export function remapColumn(sheet: string, header: string, field: string | null): void {
  const preview = useImport.getState().preview;
  if (preview === null) return;
  const { options } = preview;
  const columns = withKey(options.columns, sheet, withKey(own(options.columns, sheet), header, field));
  reimport({ ...options, columns });
}

/** Re-reads the open preview with a sheet read as another list (e.g. a CSV whose name says nothing), or left out (null). */
export function chooseSheetKind(sheet: string, kind: SheetKind | null): void {
  const preview = useImport.getState().preview;
  if (preview === null) return;
  const { options } = preview;
  reimport({ ...options, sheetKinds: withKey(options.sheetKinds, sheet, kind) });
}

/** Closes the preview; the dataset on screen stays exactly as it was. */
export const cancelImport = (): void => useImport.setState({ preview: null });

/** Where a sheet problem is, in the words of the preview: `agreements row 14, parties`. */
function placeOf(problem: SheetProblem): string {
  if (problem.sheet === null || problem.sheet === '') return problem.pointer ?? '';
  const row = problem.row === null ? '' : ` row ${problem.row}`;
  const column = problem.column ? `, ${problem.column.header || `column ${problem.column.letter}`}` : '';
  return `${problem.sheet}${row}${column}`;
}

/**
 * Loads the previewed dataset through the same store action as a JSON file (the same validator, run on
 * the object itself, so the same problems at the same pointers; the view state is kept where it fits),
 * `skipBadRows` leaving out every row with an error. The header's warnings then name sheet places, and list each skipped row.
 */
export function loadImport(mode: 'all' | 'skip-bad-rows'): boolean {
  const preview = useImport.getState().preview;
  if (preview === null) return false;
  const { result, source } = preview;
  const chosen = mode === 'all' ? result : result.skipBadRows;
  if (!chosen.valid || chosen.dataset === null) return false;
  // The preview's dataset is already an object, and valid: the import ran the validator on this very object
  // (in the worker), so it is neither validated again here nor written to JSON and parsed again. The text
  // is made only for the browser's copy. The header's warnings are the preview's, placed in the sheets (below).
  // Loading the preview is the user's latest choice: a JSON file or ?data= still on its way is dropped.
  beginLoad();
  applyLoadResult({ ok: true, dataset: chosen.dataset, warnings: [] }, source);
  markOrigin('local');
  void keepLocalDataset(source, JSON.stringify(chosen.dataset));
  const warnings: Problem[] = chosen.problems
    .filter((problem) => problem.severity === 'warning')
    .map((problem) => ({ severity: 'warning', pointer: placeOf(problem), message: problem.message }));
  if (mode === 'skip-bad-rows') {
    const firstError = new Map<string, string>();
    for (const problem of result.problems) {
      const key = `${problem.sheet}:${problem.row}`;
      if (problem.severity === 'error' && !firstError.has(key)) firstError.set(key, problem.message);
    }
    for (const { sheet, row } of result.skipBadRows.skipped) {
      const why = firstError.get(`${sheet}:${row}`) ?? 'it depends on a skipped row';
      warnings.push({ severity: 'warning', pointer: `${sheet} row ${row}`, message: `not loaded (skipped): ${why}` });
    }
  }
  useAtlas.setState({ warnings });
  useImport.setState({ preview: null });
  return true;
}
