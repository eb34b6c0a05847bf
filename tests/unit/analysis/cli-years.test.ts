// analyze --years FROM-TO: the per-year JSON, CSV rows and md tables, notes per year, and exit 2 for bad ranges.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import type { Trajectories } from '../../../src/analysis/trajectories';
import { parseYears, runAnalyze } from '../../../src/cli/analyze';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { loadFixtures } from './reference-fixtures';

const root = new URL('../../../', import.meta.url);
const text = (path: string): string => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');
const drifting = (
  JSON.parse(text('tests/fixtures/reference/trajectories/drifting-components.json')) as { dataset: Dataset }
).dataset;
const chains = loadFixtures().find((fixture) => fixture.name === 'two-chains')!.dataset;
const files: Record<string, string> = {
  'drift.json': JSON.stringify(drifting),
  'chains.json': JSON.stringify(chains),
};
const read = (path: string): string => {
  const value = files[path];
  if (value === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return value;
};

describe('analyze --years', () => {
  it('prints {"years": [{year, actors}]} with, each year, the actors of analyze --year', () => {
    const outcome = runAnalyze(['drift.json', '--years', '2010-2014', '--sector', 'health'], read);
    expect(outcome.code, outcome.stderr).toBe(0);
    const report = JSON.parse(outcome.stdout) as Trajectories;
    expect(Object.keys(report)).toEqual(['years']);
    expect(report.years.map((entry) => entry.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
    for (const entry of report.years) {
      expect(Object.keys(entry)).toEqual(['year', 'actors']);
      const filters = { ...emptyFilters(), sectors: ['health'], year: entry.year };
      expect(entry.actors).toEqual(analyzeDataset(drifting, { filters }).actors);
    }
  });

  it('takes one year, or a range written with an en dash', () => {
    expect(parseYears('2012')).toEqual({ from: 2012, to: 2012 });
    expect(parseYears('2005–2020')).toEqual({ from: 2005, to: 2020 });
    const one = JSON.parse(runAnalyze(['drift.json', '--years', '2012'], read).stdout) as Trajectories;
    expect(one.years.map((entry) => entry.year)).toEqual([2012]);
  });

  it('prints one CSV row per actor and year, the year first and then the columns of analyze --format csv', () => {
    const lines = runAnalyze(['drift.json', '--years', '2007-2009', '--format', 'csv'], read)
      .stdout.trim()
      .split('\r\n');
    const plain = runAnalyze(['drift.json', '--format', 'csv'], read).stdout.trim().split('\r\n');
    // trim() also drops the BOM (U+FEFF counts as white space), so the headers compare without it.
    expect(lines[0]).toBe(`year,${plain[0]}`);
    expect(lines).toHaveLength(1 + 3 * drifting.actors.length);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      [2007, 2008, 2009].flatMap((year) => drifting.actors.map(() => String(year))),
    );
  });

  it('prints md with the top 5 by betweenness per year, and says so for a year with no agreement', () => {
    const md = runAnalyze(['drift.json', '--years', '2007-2011', '--format', 'md'], read).stdout;
    expect(md).toMatch(/^# Drifting components: trajectories 2007–2011\n/);
    expect(md).toContain('## 2007\n\n_No passing agreement in 2007_ (14 actors, all isolated).');
    const section2011 = md.split('## 2011')[1]!;
    const rows = section2011.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Actor'));
    expect(rows.filter((row) => !row.startsWith('| ---'))).toHaveLength(5);
    expect(rows[1]).toMatch(/^\| Label of (s-hub|p2) \|/);
  });

  it('prints a non-convergence note on stderr naming its year, and keeps the JSON notes per year', () => {
    const outcome = runAnalyze(['chains.json', '--years', '2010-2011'], read);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toMatch(/^analyze: note: 2010: eigenvector: .*\nanalyze: note: 2011: eigenvector: /);
    const report = JSON.parse(outcome.stdout) as Trajectories;
    expect(report.years.every((entry) => entry.notes?.length === 1)).toBe(true);
  });

  it('refuses a bad range, and --years with --year, --explain or --robustness, with exit 2 and the fix', () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['--years', '2020-2005'],
        /--years: the range starts after it ends \(2020-2005\); write the earlier year first, like 2005-2020/,
      ],
      [
        ['--years', 'soon'],
        /--years takes FROM-TO or one year, each between 1800 and 2200, like 2005-2020 or 2012; got "soon"/,
      ],
      [['--years', '2005-'], /--years takes FROM-TO/],
      [['--years', '1700-1750'], /between 1800 and 2200/],
      [['--years', '1800-2100'], /--years: 1800-2100 spans 301 years; at most 200 are computed, narrow the range/],
      [
        ['--years', '2010-2012', '--year', '2011'],
        /--years sets the year filter to each year in turn: leave out --year/,
      ],
      [['--years', '2010-2012', '--explain', 's-hub'], /--years replaces the whole analysis, as --explain does/],
      [['--years', '2010-2012', '--robustness'], /--years replaces the whole analysis, as --robustness does/],
    ];
    for (const [args, message] of cases) {
      const outcome = runAnalyze(['drift.json', ...args], read);
      expect(outcome.code, args.join(' ')).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(message);
    }
  });

  it('notes a --country without actors on stderr and lists nobody for it', () => {
    const outcome = runAnalyze(['drift.json', '--years', '2012', '--country', 'NO'], read);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('analyze: note: no actor in country NO\n');
    expect(JSON.parse(outcome.stdout)).toEqual({ years: [{ year: 2012, actors: [] }] });
  });

  it('writes the report to --out instead of stdout', () => {
    const outcome = runAnalyze(['drift.json', '--years', '2015', '--out', 'x.json'], read);
    expect(outcome.stdout).toBe('');
    expect(outcome.output?.path).toBe('x.json');
    expect((JSON.parse(outcome.output!.text) as Trajectories).years[0]!.year).toBe(2015);
  });
});
