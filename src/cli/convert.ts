// `npm run convert -- IN... --out OUT`: between JSON, XLSX and CSV by extension, with validate's messages and exit codes.
import './user-cwd';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Dataset, Problem } from '../model/types';
import { formatProblem, parseDatasetText } from '../model/validate';
import {
  CsvError,
  datasetToCsvFiles,
  decodeCsvBytes,
  formatSheetProblem,
  importSheets,
  makeTemplateCsvFiles,
  readCsvFiles,
  type TextFile,
} from '../model/sheets';
import type { ImportOptions, SheetProblem, SheetTable } from '../model/sheets/types';
import { escapeControls } from '../model/problems';
import { datasetToWorkbook, makeTemplateWorkbook, readXlsx, WorkbookError } from '../model/sheets/xlsx';
import { sheetKindFromName } from '../model/sheets/columns';
import { CliFailure, readTextFile } from './io';
import { firstLineOf } from '../model/errors';
import { groupedInteger } from '../model/number-text';

const USAGE = `usage: npm run convert -- IN... --out OUT [--skip-bad-rows] [--skip-sheet NAME]... [--separator ';']
       npm run convert -- --template --out OUT
  IN   one .json or .xlsx file, or one or more .csv files (actors.csv, agreements.csv, …), or a folder of them
  OUT  a .json or .xlsx file; a folder (no extension) for CSV files; or NAME.csv for NAME-actors.csv, NAME-agreements.csv, …
  --skip-sheet NAME  leave the sheet (or CSV file) NAME out, e.g. a summary sheet; repeat it for several`;

/** Where the output goes and how it is printed: injectable so tests run the command in-process. */
export interface Console {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A failure that is not about the data (missing file, bad arguments): exit code 2 (io.ts's CliFailure). */
const Fatal = CliFailure;

type Format = 'json' | 'xlsx' | 'csv';
const formatOf = (path: string): Format | 'folder' | undefined => {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  return ext === '' ? 'folder' : undefined;
};

/** The bytes of a workbook, with the same one-line reasons as io.ts gives for text files. */
function readBytes(path: string): Uint8Array {
  if (!existsSync(path)) throw new Fatal(`cannot read ${path}: no such file`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Fatal(`cannot read ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The CSV files given: each file, or every .csv in a given folder; `notes` collects warnings about them. */
function csvInputs(paths: string[], notes: string[]): TextFile[] {
  const files: string[] = [];
  for (const path of paths) {
    if (existsSync(path) && statSync(path).isDirectory()) {
      const inside = readdirSync(path).filter((name) => /\.(csv|tsv|txt)$/i.test(name));
      if (inside.length === 0) throw new Fatal(`${path}: the folder holds no .csv files`);
      files.push(...inside.sort().map((name) => join(path, name)));
    } else files.push(path);
  }
  return files.map((path) => {
    const { text, encoding } = decodeCsvBytes(readBytes(path));
    if (encoding !== 'utf-8')
      notes.push(`${basename(path)}: warning: not UTF-8, read as Windows-1252 (Excel's plain CSV)`);
    return { name: basename(path), text };
  });
}

interface Loaded {
  dataset?: Dataset;
  errors: string[];
  warnings: string[];
}

/** Problems as validate prints them: `PLACE: message`, warnings as `PLACE: warning: message`. */
const mark = <T extends { severity: string; message: string }>(p: T): T =>
  p.severity === 'warning' ? { ...p, message: `warning: ${p.message}` } : p;
const lines = (problems: Problem[]): string[] => problems.map((p) => formatProblem(mark(p)));
const sheetLines = (problems: SheetProblem[], severity: 'error' | 'warning'): string[] =>
  problems.filter((p) => p.severity === severity).map((p) => formatSheetProblem(mark(p)));

/**
 * Any other reader failure (broken XML, nesting too deep, a date out of range) as one line naming
 * the file: users cannot act on a stack trace, but they can re-save the file.
 */
function unreadable(inputs: string[], error: unknown): CliFailure {
  const reason = firstLineOf(error);
  const name = inputs.length === 1 ? (inputs[0] ?? '') : inputs.join(', ');
  return new Fatal(
    `${name}: cannot be read (${reason.slice(0, 200)}); open it in Excel or LibreOffice, save it again and convert that copy`,
  );
}

/**
 * The sheets named by --skip-sheet, as import options that leave them out. A CSV file may be named with
 * or without its extension. A name that is no sheet is exit 2, listing the sheets there are.
 */
function skipOptions(tables: readonly SheetTable[], skip: readonly string[]): ImportOptions {
  const sheetKinds: Record<string, null> = Object.create(null) as Record<string, null>;
  for (const name of skip) {
    const table = tables.find((t) => t.name === name) ?? tables.find((t) => t.name.replace(/\.[^.]*$/, '') === name);
    if (!table) {
      const names = tables.map((t) => t.name).join(', ');
      throw new Fatal(escapeControls(`--skip-sheet ${name}: there is no such sheet; the sheets are: ${names}`));
    }
    sheetKinds[table.name] = null;
  }
  return { sheetKinds };
}

function load(inputs: string[], skipBadRows: boolean, skipSheets: readonly string[] = []): Loaded {
  const kinds = new Set(
    inputs.map((path) => (existsSync(path) && statSync(path).isDirectory() ? 'csv' : formatOf(path))),
  );
  const kind = [...kinds][0];
  if (kinds.size !== 1 || kind === undefined || kind === 'folder') {
    throw new Fatal(`give one .json or .xlsx file, or .csv files (got ${inputs.join(', ')})\n${USAGE}`);
  }
  if (kind !== 'csv' && inputs.length > 1) throw new Fatal(`give one ${kind} file at a time (got ${inputs.length})`);
  if (kind === 'json') {
    if (skipSheets.length > 0) throw new Fatal('--skip-sheet reads .xlsx and .csv input; a .json file has no sheets');
    const [path] = inputs as [string];
    const result = parseDatasetText(readTextFile(path));
    if (!result.ok) return { errors: lines(result.errors), warnings: lines(result.warnings) };
    return { dataset: result.dataset, errors: [], warnings: lines(result.warnings) };
  }
  let tables;
  const notes: string[] = [];
  try {
    tables = kind === 'xlsx' ? readXlsx(readBytes(inputs[0] as string)) : readCsvFiles(csvInputs(inputs, notes));
  } catch (error) {
    if (error instanceof WorkbookError) throw new Fatal(`${inputs[0]}: ${error.message}`);
    if (error instanceof CsvError) return { errors: [error.message], warnings: [] };
    if (error instanceof Fatal) throw error;
    throw unreadable(inputs, error);
  }
  let imported;
  try {
    imported = importSheets(tables, skipOptions(tables, skipSheets));
  } catch (error) {
    if (error instanceof Fatal) throw error;
    throw unreadable(inputs, error);
  }
  const warnings = [...notes, ...sheetLines(imported.problems, 'warning')];
  if (imported.valid) return { dataset: imported.dataset, errors: [], warnings };
  if (!skipBadRows || !imported.skipBadRows.valid) return { errors: sheetLines(imported.problems, 'error'), warnings };
  const kept = imported.skipBadRows;
  const skipped = kept.skipped.map(({ sheet, row }) => `${sheet} row ${row}: warning: skipped (--skip-bad-rows)`);
  const why = sheetLines(imported.problems, 'error').map((line) => `${line} (row skipped)`);
  return {
    dataset: kept.dataset,
    errors: [],
    warnings: [...notes, ...why, ...skipped, ...sheetLines(kept.problems, 'warning')],
  };
}

/** The CSV files to write for `--out`: into a folder, or NAME-actors.csv … next to NAME.csv. */
function csvTargets(out: string, files: TextFile[]): { path: string; text: string }[] {
  if (formatOf(out) === 'folder') {
    mkdirSync(out, { recursive: true });
    return files.map((file) => ({ path: join(out, file.name), text: file.text }));
  }
  const stem = basename(out).replace(/\.[^.]*$/, '');
  // `--out data/actors.csv` means "the CSV files in data/", not data/actors-actors.csv.
  const prefix = sheetKindFromName(stem) ? '' : `${stem}-`;
  return files.map((file) => ({ path: join(dirname(out), `${prefix}${file.name}`), text: file.text }));
}

/** Most problems of one kind printed: a broken sheet of 350,000 rows printed 352,004 lines, hiding the first. */
export const PRINTED_PROBLEMS = 100;

/** The first PRINTED_PROBLEMS lines, then one line that counts the rest. */
export function firstLines(lines: readonly string[], noun: 'error' | 'warning'): string[] {
  if (lines.length <= PRINTED_PROBLEMS) return [...lines];
  const rest = lines.length - PRINTED_PROBLEMS;
  return [
    ...lines.slice(0, PRINTED_PROBLEMS),
    `… and ${groupedInteger(rest)} more ${noun}${rest === 1 ? '' : 's'} (fix the first ones: they often explain the rest)`,
  ];
}

function write(out: string, dataset: Dataset | 'template', separator: ',' | ';' = ','): string[] {
  const format = formatOf(out);
  const targets: { path: string; data: string | Uint8Array }[] = [];
  if (format === 'json') {
    if (dataset === 'template') throw new Fatal('--template writes .xlsx or .csv, not .json');
    targets.push({ path: out, data: `${JSON.stringify(dataset, null, 2)}\n` });
  } else if (format === 'xlsx') {
    targets.push({ path: out, data: dataset === 'template' ? makeTemplateWorkbook() : datasetToWorkbook(dataset) });
  } else if (format === 'csv' || format === 'folder') {
    const files = dataset === 'template' ? makeTemplateCsvFiles() : datasetToCsvFiles(dataset, separator);
    targets.push(...csvTargets(out, files).map(({ path, text }) => ({ path, data: text })));
  } else {
    throw new Fatal(`--out ${out}: write .json, .xlsx, .csv or a folder\n${USAGE}`);
  }
  for (const target of targets) {
    try {
      mkdirSync(dirname(target.path), { recursive: true });
      writeFileSync(target.path, target.data);
    } catch (error) {
      throw new Fatal(`cannot write ${target.path}: ${(error as Error).message}`);
    }
  }
  return targets.map((target) => target.path);
}

/** Runs the command; returns the exit code (0 written, 1 invalid input, 2 anything else). */
export function runConvert(argv: string[], io: Console): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: {
          out: { type: 'string' },
          template: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
          'skip-bad-rows': { type: 'boolean' },
          'skip-sheet': { type: 'string', multiple: true },
          separator: { type: 'string' },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new Fatal(`${(error as Error).message}\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      for (const line of USAGE.split('\n')) io.out(line);
      return 0;
    }
    if (!values.out) throw new Fatal(`--out OUT is missing\n${USAGE}`);
    if (values.separator !== undefined && values.separator !== ',' && values.separator !== ';') {
      throw new Fatal(`--separator must be , or ; (got ${values.separator})`);
    }
    if (values.template) {
      const written = write(values.out, 'template');
      io.out(`wrote the template: ${written.join(', ')}`);
      return 0;
    }
    if (positionals.length === 0) throw new Fatal(`no input file given\n${USAGE}`);
    const loaded = load(positionals, values['skip-bad-rows'] === true, values['skip-sheet'] ?? []);
    if (!loaded.dataset) {
      for (const line of firstLines(loaded.errors, 'error')) io.out(line);
      const count = `${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}`;
      io.err(`${positionals.join(', ')}: not valid — ${count}; nothing written`);
      return 1;
    }
    for (const line of firstLines(loaded.warnings, 'warning')) io.out(line);
    const written = write(values.out, loaded.dataset, values.separator === ';' ? ';' : ',');
    const { actors, agreements } = loaded.dataset;
    io.out(`wrote ${written.join(', ')}: ${actors.length} actors, ${agreements.length} agreements`);
    return 0;
  } catch (error) {
    if (error instanceof Fatal) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runConvert(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
