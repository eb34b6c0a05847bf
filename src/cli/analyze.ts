// `npm run --silent analyze -- FILE [--sector ID]... [--country CODE]... [--year YYYY] [--documented-only] [--explain ID] [--robustness [--metric NAME]] [--years FROM-TO] [--projection clique|hub] [--format json|csv|md] [--out PATH]`.
import './user-cwd';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeDataset } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import { formatProblem, parseDatasetText } from '../model/validate';
import { emptyFilters, PROJECTIONS, type Dataset, type Filters, type Projection } from '../model/types';
import { robustness, ROBUSTNESS_METRICS, type Robustness, type RobustnessMetric } from '../analysis/robustness';
import { applyFilters } from '../model/filter';
import { brokerageOf } from '../analysis/brokerage';
import { countryName } from '../model/countries';
import { explainCsv, explainMarkdown } from './report-explain';
import { actorsCsv } from './report-csv';
import { markdownReport } from './report-md';
import { messageOf } from '../model/errors';
import { MAX_YEAR, MIN_YEAR } from '../model/schema-spec';
import { cannotRead, readTextFile, runCli } from './io';
import { rangeProblem, trajectories } from '../analysis/trajectories';
import { renderTrajectories } from './report-trajectories';
import { groupedInteger } from '../model/number-text';

const USAGE =
  'usage: npm run --silent analyze -- FILE [--sector ID]... [--country CODE]... [--year YYYY] [--documented-only] ' +
  '[--explain ID] [--robustness [--metric NAME]] [--years FROM-TO] [--projection clique|hub] [--format json|csv|md] [--out PATH]';

export type ReportFormat = 'json' | 'csv' | 'md';

export interface AnalyzeArgs {
  file: string;
  sectors: string[];
  countries: string[];
  year: number | null;
  /** Leave out actors and agreements marked `evidence: "illustrative"` (docs/format.md). */
  documentedOnly: boolean;
  /** An actor id: report where it brokers (its betweenness by country pair) instead of the whole analysis. */
  explain: string | null;
  /** Add `robustness` (analysis.md "Rank robustness") for the top 10 by `metric`. */
  robustness: boolean;
  metric: RobustnessMetric;
  /** `--years FROM-TO` (or one year): the per-actor metrics for each year instead of the whole analysis. */
  years: { from: number; to: number } | null;
  projection: Projection;
  format: ReportFormat;
  out: string | null;
}

/** Reads the command line; returns the arguments or a reason naming the flag and the fix. */
export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        sector: { type: 'string', multiple: true, default: [] },
        country: { type: 'string', multiple: true, default: [] },
        year: { type: 'string' },
        'documented-only': { type: 'boolean', default: false },
        explain: { type: 'string' },
        robustness: { type: 'boolean', default: false },
        metric: { type: 'string' },
        years: { type: 'string' },
        projection: { type: 'string', default: 'clique' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return { error: `${messageOf(error)}\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return {
      error: `${positionals.length === 0 ? 'FILE is missing' : `one FILE only, got ${positionals.length}`}\n${USAGE}`,
    };
  }
  let year: number | null = null;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year) || Number(values.year) < MIN_YEAR || Number(values.year) > MAX_YEAR) {
      return { error: `--year must be a year between ${MIN_YEAR} and ${MAX_YEAR}, like 2012; got "${values.year}"` };
    }
    year = Number(values.year);
  }
  const years = values.years === undefined ? null : parseYears(values.years);
  if (years !== null && 'error' in years) return years;
  if (years !== null && year !== null) {
    return { error: '--years sets the year filter to each year in turn: leave out --year' };
  }
  if (years !== null && (values.explain !== undefined || values.robustness)) {
    return {
      error: `--years replaces the whole analysis, as --${values.robustness ? 'robustness' : 'explain'} does: use one at a time`,
    };
  }
  const projection = PROJECTIONS.find((name) => name === values.projection);
  if (projection === undefined) {
    return { error: `--projection must be ${PROJECTIONS.join(' or ')}, got "${values.projection}"` };
  }
  if (values.explain !== undefined && projection === 'hub') {
    return { error: '--explain splits betweenness between actors: use it with the clique projection (the default)' };
  }
  if (values.metric !== undefined && !values.robustness) {
    return { error: '--metric chooses the ranking of --robustness: add --robustness, or leave --metric out' };
  }
  const metric = values.metric ?? 'betweenness';
  if (!(ROBUSTNESS_METRICS as readonly string[]).includes(metric)) {
    return { error: `--metric must be one of ${ROBUSTNESS_METRICS.join(', ')}; got "${metric}"` };
  }
  if (values.robustness && values.explain !== undefined) {
    return { error: '--robustness adds to the whole analysis and --explain replaces it: use one at a time' };
  }
  if (values.format !== 'json' && values.format !== 'csv' && values.format !== 'md') {
    return { error: `--format must be json, csv or md, got "${values.format}"` };
  }
  const countries = values.country.map((code) => code.trim().toUpperCase());
  const bad = countries.find((code) => !/^[A-Z]{2}$/.test(code));
  if (bad !== undefined) return { error: `--country takes a two-letter ISO code such as FI, got "${bad}"` };
  return {
    file: positionals[0]!,
    sectors: values.sector,
    countries,
    year,
    documentedOnly: values['documented-only'],
    explain: values.explain ?? null,
    robustness: values.robustness,
    metric: metric as RobustnessMetric,
    years,
    projection,
    format: values.format,
    out: values.out ?? null,
  };
}

/** `--years 2005-2020` or `--years 2012` (an en dash also works): both ends inside the file format's years, in order. */
export function parseYears(text: string): { from: number; to: number } | { error: string } {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
  const from = Number(match?.[1]);
  const to = match?.[2] === undefined ? from : Number(match[2]);
  if (match === null || [from, to].some((y) => y < MIN_YEAR || y > MAX_YEAR)) {
    return {
      error: `--years takes FROM-TO or one year, each between ${MIN_YEAR} and ${MAX_YEAR}, like 2005-2020 or 2012; got "${text}"`,
    };
  }
  const problem = rangeProblem(from, to);
  return problem === null ? { from, to } : { error: `--years: ${problem}` };
}

/** Rejects sector ids the dataset does not know, with the known ones listed as the fix. */
export function unknownSector(dataset: Dataset, sectors: string[]): string | null {
  const known = new Set([
    ...(dataset.sectors ?? []).map((s) => s.id),
    ...dataset.actors.flatMap((a) => a.sectors ?? []),
  ]);
  const missing = sectors.find((id) => !known.has(id));
  if (missing === undefined) return null;
  return `--sector ${JSON.stringify(missing)} is not a sector of this file; known: ${[...known].sort().join(', ') || '(none)'}`;
}

/** The report; `rank` (from --robustness) adds a key to the JSON, columns to the CSV and a section to md. */
export function render(result: AnalysisResult, format: ReportFormat, rank: Robustness | null = null): string {
  if (format === 'csv') return actorsCsv(result, rank);
  if (format === 'md') return markdownReport(result, 10, rank);
  return `${JSON.stringify(rank === null ? result : { ...result, robustness: rank }, null, 2)}\n`;
}

export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** The whole command, without touching process: exit 0 done, 1 invalid file, 2 any other failure. */
export function runAnalyze(
  argv: string[],
  readText: (path: string) => string = readTextFile,
): CliOutcome & {
  output?: { path: string; text: string };
} {
  const args = parseAnalyzeArgs(argv);
  if ('error' in args) return { code: 2, stdout: '', stderr: `analyze: ${args.error}\n` };
  let text: string;
  try {
    text = readText(args.file);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `analyze: ${cannotRead(args.file, error).message}\n` };
  }
  const loaded = parseDatasetText(text);
  if (!loaded.ok) return { code: 1, stdout: '', stderr: loaded.errors.map((p) => `${formatProblem(p)}\n`).join('') };
  const sectorProblem = unknownSector(loaded.dataset, args.sectors);
  if (sectorProblem !== null) return { code: 2, stdout: '', stderr: `analyze: ${sectorProblem}\n` };
  const filters = {
    ...emptyFilters(),
    sectors: args.sectors,
    countries: args.countries,
    year: args.year,
    documentedOnly: args.documentedOnly,
  };
  if (args.explain !== null) return explain(loaded.dataset, filters, args);
  if (args.years !== null) return yearByYear(loaded.dataset, filters, args, args.years);
  const result = analyzeDataset(loaded.dataset, {
    filters,
    projection: args.projection,
    warnings: loaded.warnings.length,
  });
  const notes = (result.notes ?? []).map((note) => `analyze: note: ${note}\n`).join('');
  const empty = emptyCountryNotes(loaded.dataset, args.countries);
  const rank = args.robustness
    ? robustness(applyFilters(loaded.dataset, filters), { metric: args.metric, projection: args.projection })
    : null;
  const restricted =
    rank !== null && !rank.exact
      ? `analyze: note: robustness: ${groupedInteger(rank.passingAgreements)} passing agreements (over 1,000), so only the ${groupedInteger(rank.removed)} that involve one of the top 10 were removed\n`
      : '';
  const report = render(result, args.format, rank);
  const stderr = notes + restricted + empty;
  if (args.out === null) return { code: 0, stdout: report, stderr };
  return { code: 0, stdout: '', stderr, output: { path: args.out, text: report } };
}

/** `--explain ID`: the actor's brokerage by country pair, or exit 2 naming the actor and the fix. */
function explain(
  dataset: Dataset,
  filters: Filters,
  args: AnalyzeArgs,
): CliOutcome & { output?: { path: string; text: string } } {
  const id = args.explain!;
  const filtered = applyFilters(dataset, filters);
  const brokerage = brokerageOf(filtered, id);
  if (brokerage === null) {
    const known = dataset.actors.some((actor) => actor.id === id);
    const reason = known
      ? `actor "${id}" does not pass the filters given; widen them or leave them out`
      : `no actor has the id "${id}"; ids are in the file's "actors" list (for example "${dataset.actors[0]?.id ?? 'fi-cleantech'}")`;
    return { code: 2, stdout: '', stderr: `analyze: --explain: ${reason}\n` };
  }
  const n = filtered.actors.length;
  // Normalised as analyze and NetworkX do for an undirected graph: divided by the (n−1)(n−2)/2 pairs.
  const betweenness = n > 2 ? (2 * brokerage.unnormalised) / ((n - 1) * (n - 2)) : 0;
  const report = {
    actor: id,
    betweenness,
    unnormalised: brokerage.unnormalised,
    byCountryPair: brokerage.byCountryPair,
  };
  const text =
    args.format === 'md'
      ? explainMarkdown(report, (code) => countryName(code, dataset))
      : args.format === 'csv'
        ? explainCsv(report)
        : `${JSON.stringify(report, null, 2)}\n`;
  if (args.out === null) return { code: 0, stdout: text, stderr: '' };
  return { code: 0, stdout: '', stderr: '', output: { path: args.out, text } };
}

/** A note for each --country code no actor of the file has (likely a typo, or a country the file lacks). */
function emptyCountryNotes(dataset: Dataset, countries: string[]): string {
  const known = new Set(dataset.actors.map((a) => a.country));
  return countries
    .filter((code) => !known.has(code))
    .map((code) => `analyze: note: no actor in country ${code}\n`)
    .join('');
}

/** `--years FROM-TO`: the per-actor metrics of each year; notes on stderr name their year. */
function yearByYear(
  dataset: Dataset,
  filters: Filters,
  args: AnalyzeArgs,
  range: { from: number; to: number },
): CliOutcome & { output?: { path: string; text: string } } {
  const result = trajectories(dataset, { filters, projection: args.projection, ...range });
  const stderr = result.years
    .flatMap(({ year, notes }) => (notes ?? []).map((note) => `analyze: note: ${year}: ${note}\n`))
    .join('')
    .concat(emptyCountryNotes(dataset, args.countries));
  const text = renderTrajectories(result, args.format, dataset.title ?? '');
  if (args.out === null) return { code: 0, stdout: text, stderr };
  return { code: 0, stdout: '', stderr, output: { path: args.out, text } };
}

/** Writes the outcome and returns its exit code; a file that cannot be written is exit 2 with the reason. */
function main(argv: string[]): number {
  const outcome = runAnalyze(argv);
  if (outcome.output !== undefined) {
    try {
      writeFileSync(outcome.output.path, outcome.output.text);
    } catch (error) {
      process.stderr.write(`analyze: cannot write ${outcome.output.path}: ${messageOf(error)}\n`);
      return 2;
    }
  }
  process.stderr.write(outcome.stderr);
  process.stdout.write(outcome.stdout);
  return outcome.code;
}

// Run only when called as a script, so tests can import runAnalyze.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runCli(main);
