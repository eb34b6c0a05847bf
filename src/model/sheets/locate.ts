// Places the validator's JSON-Pointer problems back in the spreadsheet: which sheet, which row, which column.
import type { Problem } from '../types';
import type { RowOrigin } from './records';
import type { ColumnMapping, SheetProblem } from './types';

/** Where each part of an assembled dataset came from. */
export interface Origins {
  /** Top-level keys from the `dataset` sheet. */
  top: Map<string, RowOrigin>;
  /** Per record list, the origin of each record by index. */
  lists: Map<string, RowOrigin[]>;
}

/** Splits an RFC 6901 pointer into its segments ("/agreements/3/parties/1" → agreements, 3, parties, 1). */
export const pointerSegments = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

const place = (problem: Problem, origin: RowOrigin, column: ColumnMapping | undefined): SheetProblem => ({
  severity: problem.severity,
  sheet: origin.sheet === '' ? null : origin.sheet,
  row: origin.row === 0 ? null : origin.row,
  column: column ? { header: column.header, letter: column.letter } : null,
  pointer: problem.pointer,
  message: problem.message,
});

/** One validator problem in sheet terms; a problem that has no cell (a whole list, the format) keeps only its pointer. */
export function locateProblem(problem: Problem, origins: Origins): SheetProblem {
  const [list, index, field] = pointerSegments(problem.pointer);
  const unplaced: SheetProblem = { ...problem, sheet: null, row: null, column: null, pointer: problem.pointer };
  if (list === undefined) return unplaced;
  const records = origins.lists.get(list);
  if (records && index !== undefined && /^\d+$/.test(index)) {
    const origin = records[Number(index)];
    if (!origin) return unplaced;
    return place(problem, origin, field === undefined ? undefined : origin.columns.get(field));
  }
  const top = origins.top.get(list);
  return top ? place(problem, top, top.columns.get(list)) : unplaced;
}

export const locateProblems = (problems: Problem[], origins: Origins): SheetProblem[] =>
  problems.map((problem) => locateProblem(problem, origins));
