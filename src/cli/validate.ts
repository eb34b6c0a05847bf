// `npm run --silent validate -- FILE`: checks a dataset file; exit 0 valid, 1 invalid (errors listed), 2 unreadable.
import './user-cwd';
import { formatProblem } from '../model/validate';
import type { Dataset, Problem } from '../model/types';
import { fileArgument, loadDatasetFile, runCli } from './io';

const USAGE = 'npm run --silent validate -- FILE';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A warning printed in the `POINTER: message` form, the message marked as a warning. */
export const formatWarning = (warning: Problem): string =>
  formatProblem({ ...warning, message: `warning: ${warning.message}` });

/** The one summary line for a valid file. */
export function summary(path: string, dataset: Dataset, warnings: number): string {
  const counts = [
    plural(dataset.actors.length, 'actor'),
    plural(dataset.agreements.length, 'agreement'),
    plural(dataset.sectors?.length ?? 0, 'sector'),
    plural(dataset.sources?.length ?? 0, 'source'),
  ];
  return `${path}: valid alliance-graph@1 — ${counts.join(', ')}; ${plural(warnings, 'warning')}`;
}

/** Prints the result; returns the exit code. */
export function validateCommand(args: string[], out = process.stdout, err = process.stderr): number {
  const path = fileArgument(args, USAGE);
  const result = loadDatasetFile(path);
  if (!result.ok) {
    for (const error of result.errors) out.write(`${formatProblem(error)}\n`);
    err.write(
      `${path}: not valid — ${plural(result.errors.length, 'error')}${result.warnings.length > 0 ? ` (and ${plural(result.warnings.length, 'warning')}, shown once the errors are fixed)` : ''}\n`,
    );
    return 1;
  }
  for (const warning of result.warnings) out.write(`${formatWarning(warning)}\n`);
  out.write(`${summary(path, result.dataset, result.warnings.length)}\n`);
  return 0;
}

runCli((args) => validateCommand(args));
