// The analyze command: argument forms, exit codes, and the three output formats (analysis.md, "The command line").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { parseAnalyzeArgs, runAnalyze } from '../../../src/cli/analyze';
import { csvCell } from '../../../src/cli/report-csv';
import { mdText } from '../../../src/cli/report-md';
import { emptyFilters } from '../../../src/model/types';
import { gapland } from './gapland';

const files = (text: Record<string, string>) => (path: string) => {
  const value = text[path];
  if (value === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return value;
};
const read = files({ 'g.json': JSON.stringify(gapland()), 'bad.json': '{"format": "alliance-graph@1", "actors": 3}' });

describe('analyze command', () => {
  it('reads repeatable --sector and --country, --year and --projection', () => {
    expect(
      parseAnalyzeArgs([
        'f.json',
        '--country',
        'fi',
        '--country',
        'EE',
        '--sector',
        'a',
        '--sector',
        'b',
        '--year',
        '2012',
        '--projection',
        'hub',
      ]),
    ).toEqual({
      file: 'f.json',
      sectors: ['a', 'b'],
      countries: ['FI', 'EE'],
      year: 2012,
      documentedOnly: false,
      explain: null,
      robustness: false,
      metric: 'betweenness',
      years: null,
      projection: 'hub',
      format: 'json',
      out: null,
    });
  });

  it('--documented-only leaves illustrative actors and agreements out of the numbers', () => {
    const dataset = {
      format: 'alliance-graph@1',
      actors: [
        { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
        { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
        { id: 'c', label: 'C', kind: 'cluster', country: 'EE' },
        { id: 'd', label: 'D', kind: 'cluster', country: 'LV', evidence: 'illustrative' },
      ],
      agreements: [
        { id: 'ab', kind: 'bilateral', parties: ['a', 'b'] },
        { id: 'bc', kind: 'bilateral', parties: ['b', 'c'], evidence: 'illustrative' },
        { id: 'ad', kind: 'bilateral', parties: ['a', 'd'] },
      ],
    };
    const local = files({ 'e.json': JSON.stringify(dataset) });
    const ids = (argv: string[]): string[] => {
      const outcome = runAnalyze(argv, local);
      expect(outcome.code, outcome.stderr).toBe(0);
      const report = JSON.parse(outcome.stdout) as { actors: Array<{ id: string; degree: number }> };
      return report.actors
        .filter((actor) => actor.degree > 0)
        .map((actor) => actor.id)
        .sort();
    };
    expect(ids(['e.json'])).toEqual(['a', 'b', 'c', 'd']);
    // Without the illustrative tie b–c and the illustrative actor d (and so its tie a–d), only a–b remains.
    expect(ids(['e.json', '--documented-only'])).toEqual(['a', 'b']);
  });

  it('refuses bad arguments with exit 2 and a reason naming the fix', () => {
    for (const argv of [
      [],
      ['f.json', '--year', '12'],
      ['f.json', '--format', 'xml'],
      ['f.json', '--projection', 'star'],
      ['f.json', '--country', 'Finland'],
      ['f.json', '--bogus'],
    ]) {
      const outcome = runAnalyze(argv, read);
      expect(outcome.code, argv.join(' ')).toBe(2);
      expect(outcome.stderr).toMatch(/^analyze: /);
    }
    expect(runAnalyze(['g.json', '--sector', 'cleantek'], read).stderr).toContain('known: cleantech, health, ict');
  });

  it('exits 2 for a missing file and 1 with POINTER: message lines for an invalid one', () => {
    expect(runAnalyze(['nope.json'], read)).toMatchObject({
      code: 2,
      stderr: 'analyze: cannot read nope.json: no such file\n',
    });
    const invalid = runAnalyze(['bad.json'], read);
    expect(invalid.code).toBe(1);
    expect(
      invalid.stderr
        .trim()
        .split('\n')
        .every((line) => /^(\/\S*|\(file\)): \S/.test(line)),
    ).toBe(true);
    expect(invalid.stderr).toMatch(/^\/actors: /m);
  });

  it('prints the analysis as JSON by default, under the given filters', () => {
    const outcome = runAnalyze(['g.json', '--sector', 'health', '--country', 'FI', '--country', 'LV'], read);
    expect(outcome.code).toBe(0);
    const filters = { ...emptyFilters(), sectors: ['health'], countries: ['FI', 'LV'] };
    // Gapland has one load warning: a3 is a domestic tie.
    expect(JSON.parse(outcome.stdout)).toEqual(
      JSON.parse(JSON.stringify(analyzeDataset(gapland(), { filters, warnings: 1 }))),
    );
  });

  it('prints the actors table as CSV and a Markdown report', () => {
    const csv = runAnalyze(['g.json', '--format', 'csv'], read).stdout.split('\r\n');
    // Starts with the UTF-8 BOM so that Excel reads accents right (docs/spreadsheets.md).
    expect(csv[0]).toBe(
      '\uFEFFid,label,country,degree,strength,degreeCentrality,betweenness,closeness,eigenvector,pagerank,constraint,community,crossBorderPartners',
    );
    expect(csv[1]).toMatch(/^fi1,FI fi1,FI,2,2,0\.4,/);
    const md = runAnalyze(['g.json', '--format', 'md'], read).stdout;
    expect(md).toMatch(/^# Gapland: analysis/);
    expect(md).toContain('| cleantech | EE – LV | 1 |');
    expect(md).toContain('shares 1 partner: FI fi1; both in Cleantech');
  });

  it('keeps data text as text in both formats', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(mdText('<img src=x> | *bold*')).toBe('\\<img src=x\\> \\| \\*bold\\*');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
  });

  it('runs as `npm run --silent analyze` with real exit codes and --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'g.json');
    writeFileSync(file, JSON.stringify(gapland()));
    const out = join(dir, 'report.csv');
    execFileSync('npm', ['run', '--silent', 'analyze', '--', file, '--format', 'csv', '--out', out]);
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(8);
    expect(spawnSync('npm', ['run', '--silent', 'analyze', '--', join(dir, 'missing.json')]).status).toBe(2);
  }, 30_000);
});

describe('analyze --explain', () => {
  const analysed = JSON.parse(runAnalyze(['g.json'], read).stdout) as {
    actors: Array<{ id: string; betweenness: number }>;
  };
  const broker = [...analysed.actors].sort((a, b) => b.betweenness - a.betweenness)[0]!;

  it('prints the actor, its betweenness as analyze reports it, and the split by country pair adding up to it', () => {
    const outcome = runAnalyze(['g.json', '--explain', broker.id], read);
    expect(outcome.code, outcome.stderr).toBe(0);
    const report = JSON.parse(outcome.stdout) as {
      actor: string;
      betweenness: number;
      unnormalised: number;
      byCountryPair: Array<{ countries: [string, string]; pairs: number; share: number }>;
    };
    expect(Object.keys(report)).toEqual(['actor', 'betweenness', 'unnormalised', 'byCountryPair']);
    expect(report.actor).toBe(broker.id);
    expect(report.betweenness).toBeCloseTo(broker.betweenness, 12);
    expect(report.byCountryPair.length).toBeGreaterThan(0);
    expect(report.byCountryPair.reduce((sum, entry) => sum + entry.pairs, 0)).toBeCloseTo(report.unnormalised, 9);
    for (const entry of report.byCountryPair) {
      expect(entry.countries[0] <= entry.countries[1]).toBe(true);
      expect(entry.share).toBeCloseTo(entry.pairs / report.unnormalised, 12);
    }
  });

  it('says the same in words with --format md, and as rows with --format csv', () => {
    const md = runAnalyze(['g.json', '--explain', broker.id, '--format', 'md'], read);
    expect(md.stdout).toMatch(/^# Where .+ brokers/);
    expect(md.stdout).toMatch(/^- \d+(\.\d)? % (between|within) /m);
    const csv = runAnalyze(['g.json', '--explain', broker.id, '--format', 'csv'], read);
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFactor,country_a,country_b,pairs,share');
  });

  it('refuses an unknown actor, an actor the filters drop and the hub projection with exit 2 and the fix', () => {
    const unknown = runAnalyze(['g.json', '--explain', 'nobody'], read);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no actor has the id "nobody"');
    const dropped = runAnalyze(['g.json', '--explain', broker.id, '--country', 'ZZ'], read);
    expect(dropped.code).toBe(2);
    expect(dropped.stderr).toContain('does not pass the filters');
    const hub = runAnalyze(['g.json', '--explain', broker.id, '--projection', 'hub'], read);
    expect(hub.code).toBe(2);
    expect(hub.stderr).toContain('clique projection');
  });
});
