// `npm run export:html -- FILE --out talk.html [--state QUERY]`: the app, its data and a view as one offline HTML file.
import './user-cwd';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cleanState, parseQuery, serializeState, stateContextFrom } from '../embed/codec';
import { formatProblem, parseDatasetText } from '../model/validate';
import { buildSingleFileApp } from './build-app';
import { CliFailure, readTextFile, runCli } from './io';
import { assembleSingleFile, externalReferences, type BuiltApp } from '../embed/single-file';
import { messageOf } from '../model/errors';

const USAGE = 'npm run export:html -- FILE --out talk.html [--state QUERY] [--title TEXT]';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface ExportHtmlArgs {
  file: string;
  out: string;
  state: string;
  title: string | null;
}

/** Reads FILE, --out, --state and --title (also as --name=value); anything else is a usage error. */
export function parseExportArgs(args: readonly string[]): ExportHtmlArgs {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') continue;
    const named = /^--(out|state|title)(?:=([\s\S]*))?$/.exec(arg);
    if (named) {
      const value = named[2] ?? args[++i];
      if (value === undefined) throw new CliFailure(`--${named[1]} needs a value; usage: ${USAGE}`);
      options.set(named[1] as string, value);
    } else if (arg.startsWith('-')) throw new CliFailure(`unknown option ${arg}; usage: ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1)
    throw new CliFailure(`${files.length === 0 ? 'no file given' : 'expected one file'}; usage: ${USAGE}`);
  const out = options.get('out');
  if (out === undefined || out === '') throw new CliFailure(`no --out given; usage: ${USAGE}`);
  return { file: files[0] as string, out, state: options.get('state') ?? '', title: options.get('title') ?? null };
}

export interface ExportHtmlDeps {
  /** Builds the app; the real Vite build by default, a stand-in in tests. */
  buildApp?: () => Promise<BuiltApp>;
  out?: Pick<NodeJS.WriteStream, 'write'>;
  err?: Pick<NodeJS.WriteStream, 'write'>;
}

/** Runs the export; returns the exit code (0 written, 1 invalid dataset, 2 via CliFailure for anything else). */
export async function exportHtmlCommand(args: string[], deps: ExportHtmlDeps = {}): Promise<number> {
  const out = deps.out ?? process.stdout;
  const err = deps.err ?? process.stderr;
  const options = parseExportArgs(args);
  const loaded = parseDatasetText(readTextFile(options.file));
  if (!loaded.ok) {
    for (const error of loaded.errors) out.write(`${formatProblem(error)}\n`);
    err.write(
      `${options.file}: not valid, so nothing was exported; run npm run validate -- ${options.file} for details\n`,
    );
    return 1;
  }
  const { dataset } = loaded;
  const requested = parseQuery(options.state);
  if (requested.data !== undefined) err.write('note: data= in --state is ignored; the file carries the dataset\n');
  // Checked against the dataset like any link, so a typo in an id is dropped here rather than in the talk.
  const state = serializeState({ ...cleanState(requested, stateContextFrom(dataset)), data: null });
  const title = options.title ?? (dataset.title ? `${dataset.title} — Alliance Atlas` : 'Alliance Atlas');

  const app = await (deps.buildApp ?? buildSingleFileApp)();
  const html = assembleSingleFile(app, { datasetJson: JSON.stringify(dataset), state, title });
  const external = externalReferences(html);
  if (external.length > 0) {
    throw new CliFailure(`the page would still load ${external.join(', ')} from outside the file; nothing was written`);
  }
  try {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, html);
  } catch (error) {
    throw new CliFailure(`cannot write ${options.out}: ${messageOf(error)}`);
  }
  const size = (Buffer.byteLength(html) / 1e6).toFixed(1);
  out.write(
    `${options.out}: ${size} MB, ${plural(dataset.actors.length, 'actor')}, ${plural(dataset.agreements.length, 'agreement')}; ` +
      `opens on ${state === '' ? 'the default view' : `?${state}`}\n`,
  );
  return 0;
}

// Run only as a command (tsx src/cli/export-html.ts), not when a test imports the functions above.
if (process.argv[1] && /export-html\.[cm]?[jt]s$/.test(process.argv[1])) runCli((args) => exportHtmlCommand(args));
