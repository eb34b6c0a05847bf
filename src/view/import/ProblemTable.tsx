// Every problem of an import as a table: sheet, row, column and message, errors first; data is rendered as text only.
import { useState } from 'react';
import type { SheetProblem } from '../../model/sheets/types';
import { counted, groupedInteger } from '../../model/number-text';

/** Rows shown at first: thousands of rows would slow the dialog, and the first errors often explain the rest. */
export const SHOWN_PROBLEMS = 300;

export function ProblemTable({ problems }: { problems: readonly SheetProblem[] }) {
  const [all, setAll] = useState(false);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (problems.length === 0) return <p className="note">No problems found.</p>;
  const sorted = [...errors, ...warnings];
  const shown = all ? sorted : sorted.slice(0, SHOWN_PROBLEMS);
  return (
    <div className="problem-table-wrap">
      <table className="problem-table">
        <caption>
          {counted(errors.length, 'error')}, {counted(warnings.length, 'warning')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem, i) => (
            <tr key={i} className={problem.severity}>
              <td>{problem.sheet || '—'}</td>
              <td className="number">{problem.row ?? ''}</td>
              <td>
                {problem.column
                  ? `${problem.column.header || '(no header)'} (${problem.column.letter})`
                  : problem.sheet
                    ? ''
                    : (problem.pointer ?? '')}
              </td>
              <td>
                <span className="severity">{problem.severity === 'error' ? 'Error' : 'Warning'}:</span>{' '}
                {problem.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown.length && (
        <p className="note">
          {counted(sorted.length - shown.length, 'more problem')} not shown: the first ones often explain the rest.{' '}
          <button type="button" onClick={() => setAll(true)}>
            Show all {groupedInteger(sorted.length)}
          </button>
        </p>
      )}
    </div>
  );
}
