// Shared command-line helpers: reading a file as text (the app's decoding rule), and turning any failure into exit code 2 with a one-line reason.
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../model/validate';
import type { LoadResult } from '../model/types';
import { firstLineOf } from '../model/errors';
import { decodeTextBytes } from '../model/text-bytes';

/** A failure that is not about the data (no argument, missing or unreadable file): exit code 2. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the path is too long',
};

/** A file that could not be read, as `cannot read PATH: reason` in words (ENOENT: "no such file"). */
export function cannotRead(path: string, error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  return new CliFailure(`cannot read ${path}: ${REASONS[code] ?? firstLineOf(error)}`);
}

/**
 * Reads a whole file as text by the app's one rule (model/text-bytes.ts): UTF-8 with or without a BOM, UTF-16 LE/BE
 * with a BOM. Every command reads through here, so a file that cannot be decoded is exit 2 with one line everywhere.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) throw new CliFailure(`cannot read ${path}: ${decoded.reason}`);
  return decoded.text;
}

/** Reads and checks a dataset file; read failures throw CliFailure, data problems come back in the result. */
export const loadDatasetFile = (path: string): LoadResult => parseDatasetText(readTextFile(path));

/** The one FILE argument of a command, or a CliFailure with the usage line. */
export function fileArgument(args: readonly string[], usage: string): string {
  const files = args.filter((arg) => arg !== '--');
  if (files.length !== 1 || files[0] === undefined || files[0].startsWith('-'))
    throw new CliFailure(files.length === 0 ? `no file given; usage: ${usage}` : `expected one file; usage: ${usage}`);
  return files[0];
}

/**
 * Runs a command's main function and exits with its code. A CliFailure prints its one-line reason to
 * stderr (exit 2); any other exception is a failure of the program, also exit 2, never a stack trace.
 */
export function runCli(main: (args: string[]) => number | Promise<number>): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`error: ${firstLineOf(error)}\n`);
        process.exitCode = error instanceof CliFailure ? error.exitCode : 2;
      },
    );
}
