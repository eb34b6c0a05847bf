// `npm run generate -- --actors N --agreements M --seed S --out FILE`: writes a seeded synthetic dataset as compact JSON.
import './user-cwd';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDataset, type GenerateOptions } from '../model/generate';
import { messageOf } from '../model/errors';
import { runCli } from './io';

const USAGE = 'usage: npm run generate -- --actors N --agreements M [--seed S] --out FILE';

export interface GenerateArgs extends GenerateOptions {
  out: string;
}

/** Reads the command line; returns the options or a reason that names the flag and the fix. */
export function parseGenerateArgs(argv: string[]): GenerateArgs | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        actors: { type: 'string' },
        agreements: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: `${messageOf(error)}\n${USAGE}` };
  }
  const whole = (name: string, text: string | undefined, min: number): number | string => {
    if (text === undefined) return `--${name} is missing`;
    const value = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value))
      return `--${name} must be a whole number, got "${text}"`;
    if (value < min) return `--${name} must be at least ${min}, got ${value}`;
    return value;
  };
  const actors = whole('actors', values.actors, 0);
  const agreements = whole('agreements', values.agreements, 0);
  const seed = whole('seed', values.seed, Number.MIN_SAFE_INTEGER);
  for (const value of [actors, agreements, seed]) if (typeof value === 'string') return { error: `${value}\n${USAGE}` };
  if (values.out === undefined || values.out === '') return { error: `--out FILE is missing\n${USAGE}` };
  if (agreements !== 0 && (actors as number) < 2) {
    return { error: `--actors must be at least 2 when there are agreements (each needs two parties)\n${USAGE}` };
  }
  return { actors: actors as number, agreements: agreements as number, seed: seed as number, out: values.out };
}

/** Writes the dataset and its summary; exit 2 on bad arguments, 1 when the file cannot be written. */
function main(argv: string[]): number {
  const args = parseGenerateArgs(argv);
  if ('error' in args) {
    process.stderr.write(`generate: ${args.error}\n`);
    return 2;
  }
  const started = performance.now();
  const dataset = generateDataset(args);
  const text = JSON.stringify(dataset);
  try {
    writeFileSync(args.out, text);
  } catch (error) {
    process.stderr.write(`generate: cannot write ${args.out}: ${messageOf(error)}\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const kb = Math.round(Buffer.byteLength(text) / 1024);
  process.stdout.write(
    `generated ${dataset.actors.length} actors, ${dataset.agreements.length} agreements (seed ${args.seed}) ` +
      `-> ${args.out} (${kb} kB, ${seconds} s)\n`,
  );
  return 0;
}

// Run only when called as a script, so tests can import parseGenerateArgs.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runCli(main);
