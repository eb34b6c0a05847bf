// The plain data of spreadsheet import and export: text tables in, a dataset plus located problems out.
import type { Dataset } from '../types';

/** One sheet (or one CSV file) as text: `rows[i]` is spreadsheet row i + 1, the header is normally row 1. */
export interface SheetTable {
  name: string;
  rows: string[][];
  /**
   * Cells (1-based row, 0-based column) holding a formula without a saved result, read as empty: written by a
   * program that does not calculate (a script, some exporters). XLSX only.
   */
  uncachedFormulas?: Array<{ row: number; column: number }>;
}

/** The record lists a sheet can hold; `dataset` is the key/value sheet of top-level fields. */
export type SheetKind = 'actors' | 'agreements' | 'sectors' | 'sources' | 'countries' | 'views' | 'dataset';

/** How one header cell was understood. */
export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  /** Column letter as the spreadsheet shows it: A, B, …, AA. */
  letter: string;
  /** The header text as written. */
  header: string;
  /** The record key it fills: a format field, or (when `known` is false) the header kept as an extra key. */
  field: string;
  known: boolean;
}

/** What was made of one sheet. */
export interface SheetSummary {
  name: string;
  /** The record list it fills, or null when the sheet was ignored (notes, unknown sheets). */
  kind: SheetKind | null;
  /** Why the kind was chosen: from the sheet/file name, from its header, or the user's choice (ImportOptions). */
  detectedBy: 'name' | 'header' | 'choice' | null;
  /** 1-based row number of the header. */
  headerRow: number;
  columns: ColumnMapping[];
  /** Header texts that are not format fields (kept as extra keys on each record). */
  unmapped: string[];
  /** Non-empty data rows read. */
  rows: number;
}

/** A problem located in the spreadsheet (or, when it cannot be placed, by its JSON Pointer alone). */
export interface SheetProblem {
  severity: 'error' | 'warning';
  sheet: string | null;
  /** 1-based as the spreadsheet shows it (the header is row 1). */
  row: number | null;
  column: { header: string; letter: string } | null;
  /** The JSON Pointer into the assembled dataset, when the problem came from the validator. */
  pointer: string | null;
  message: string;
}

export interface RecordCounts {
  actors: number;
  agreements: number;
  sectors: number;
  sources: number;
  countries: number;
  views: number;
}

/** The dataset with every row that has an error left out (and rows that depend on them, such as ties to a skipped actor). */
export interface SkippedImport {
  dataset: Dataset;
  skipped: { sheet: string; row: number }[];
  counts: RecordCounts;
  /** Problems that remain after skipping (errors here are not tied to one row). */
  problems: SheetProblem[];
  valid: boolean;
}

/** Everything the import preview shows: mapping, counts, problems, and the datasets to load. */
export interface SheetImport {
  sheets: SheetSummary[];
  counts: RecordCounts;
  problems: SheetProblem[];
  /** Every row assembled as read, errors included. */
  dataset: Dataset;
  /** True when there are no errors at all: `dataset` can be loaded as it is. */
  valid: boolean;
  skipBadRows: SkippedImport;
}

/** Choices a user made in the import preview, to read a file without editing it. */
export interface ImportOptions {
  /** Per sheet name: the list it fills (overriding detection), or null to leave the sheet out. */
  sheetKinds?: Readonly<Record<string, SheetKind | null>>;
  /** Per sheet name, per header text: the field (or extra key) it fills, or null to leave the column out. */
  columns?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
}
