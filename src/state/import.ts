// The spreadsheet import flow: read .xlsx/.csv files, hold the preview (mapping, counts, problems), load only on the user's word.
import { create } from 'zustand';
import type { Problem } from '../model/types';
import type { ImportOptions, SheetImport, SheetKind, SheetProblem, SheetTable } from '../model/sheets/types';
import { validateDataset } from '../model/validate';
import { applyLoadResult, markOrigin, reportLoadFailure, setLoading } from './actions';
import { keepLocalDataset } from './local-dataset';
import { beginLoad, isLatestLoad, loadDatasetFromFile } from './load';
import { useAtlas } from './store';
import { messageOf } from '../model/errors';

type Sheets = typeof import('../model/sheets');
type Columns = typeof import('../model/sheets/columns');
type RecordKind = Exclude<SheetKind, 'dataset'>;

/** The spreadsheet code is imported on first use, so opening the app does not download papaparse and the reader. */
let modules: Promise<{ sheets: Sheets; columns: Columns }> | null = null;
const loadModules = () =>
  (modules ??= Promise.all([import('../model/sheets'), import('../model/sheets/columns')]).then(
    ([sheets, columns]) => ({ sheets, columns }),
  ));
/** Set once the modules are in: re-mapping a column in the open preview recomputes synchronously. */
let loaded: { sheets: Sheets; columns: Columns } | null = null;

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
    tables: SheetTable[];
    options: ImportOptions;
    result: SheetImport;
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

/** Reads one workbook or several CSV files into sheets and opens the preview; nothing is loaded yet. */
export async function openSpreadsheetFiles(files: readonly PickedFile[]): Promise<boolean> {
  const source = describeSource(files);
  // The user's last choice wins: a JSON or ?data= load still running stores nothing once this starts, and this
  // preview does not open if another load starts while the files are read.
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
  let tables: SheetTable[];
  try {
    const { sheets } = (loaded = await loadModules());
    if (workbooks[0]) {
      const { readXlsx } = await sheets.loadXlsx();
      tables = readXlsx(new Uint8Array(await workbooks[0].arrayBuffer()));
    } else {
      const texts = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          text: sheets.decodeCsvBytes(new Uint8Array(await file.arrayBuffer())).text,
        })),
      );
      tables = sheets.readCsvFiles(texts);
    }
  } catch (cause) {
    if (!isLatestLoad(load)) return false;
    const reason = messageOf(cause);
    const fix = workbooks[0]
      ? 'Save it again from Excel or LibreOffice as an .xlsx workbook and open that.'
      : 'Fix that place in the file (or save it again from Excel as CSV UTF-8) and open it again.';
    reportLoadFailure(source, `${reason}. ${fix}`);
    return false;
  }
  if (!isLatestLoad(load)) return false;
  setLoading(null);
  showPreview(source, tables, {});
  return true;
}

function showPreview(source: string, tables: SheetTable[], options: ImportOptions): void {
  if (loaded === null) return;
  const { sheets, columns } = loaded;
  const fields = Object.fromEntries(
    Object.entries(columns.SHEET_FIELDS).map(([kind, specs]) => [kind, specs.map((spec) => spec.field)]),
  ) as Record<RecordKind, string[]>;
  const result = sheets.importSheets(tables, options);
  useImport.setState({ preview: { source, tables, options, result, fields } });
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
  showPreview(preview.source, preview.tables, { ...options, columns });
}

/** Re-reads the open preview with a sheet read as another list (e.g. a CSV whose name says nothing), or left out (null). */
export function chooseSheetKind(sheet: string, kind: SheetKind | null): void {
  const preview = useImport.getState().preview;
  if (preview === null) return;
  const { options } = preview;
  showPreview(preview.source, preview.tables, { ...options, sheetKinds: withKey(options.sheetKinds, sheet, kind) });
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
  if (!chosen.valid) return false;
  // The preview's dataset is already an object: validated as it is (the preview's own check ran the same
  // validator on it), not written to JSON and parsed again. The text is made only for the browser's copy.
  // Loading the preview is the user's latest choice: a JSON file or ?data= still on its way is dropped.
  beginLoad();
  const loadedResult = applyLoadResult(validateDataset(chosen.dataset), source);
  if (!loadedResult.ok) return false;
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
