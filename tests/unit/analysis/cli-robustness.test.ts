// analyze --robustness [--metric NAME]: the robustness key, CSV columns and md section, and exit 2 for bad input.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Robustness } from '../../../src/analysis/robustness';
import { runAnalyze } from '../../../src/cli/analyze';
import type { ExpectedRobustness } from './reference-fixtures';

const root = new URL('../../../', import.meta.url);
const text = (path: string): string => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');
const sample = text('data/bsr-stars.json');
const reference = JSON.parse(text('tests/fixtures/reference/robustness/bsr-stars.json')) as {
  cases: Array<{ filters: { year: number | null }; expected: ExpectedRobustness }>;
};
const many = JSON.parse(text('tests/fixtures/reference/robustness/many-agreements.json')) as { dataset: unknown };
const read = (path: string): string => {
  if (path === 'sample.json') return sample;
  if (path === 'many.json') return JSON.stringify(many.dataset);
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
};
const expectedFor = (metric: string, projection = 'clique', year: number | null = null): ExpectedRobustness =>
  reference.cases.find(
    (c) => c.expected.metric === metric && c.expected.projection === projection && c.filters.year === year,
  )!.expected;

const strip = (rank: Robustness): ExpectedRobustness => ({
  ...rank,
  actors: rank.actors.map(({ actor, rank: at, worstRank, worstAgreement, status }) => ({
    actor,
    rank: at,
    worstRank,
    worstAgreement,
    status,
  })),
});

describe('analyze --robustness', () => {
  it('adds `robustness` (betweenness by default) to the JSON, equal to the NetworkX reference on the sample', () => {
    const outcome = runAnalyze(['sample.json', '--robustness'], read);
    expect(outcome.code, outcome.stderr).toBe(0);
    const report = JSON.parse(outcome.stdout) as { robustness: Robustness; actors: unknown[] };
    expect(report.actors.length).toBeGreaterThan(100);
    expect(strip(report.robustness)).toEqual(expectedFor('betweenness'));
    const fragile = report.robustness.actors.find((entry) => entry.status === 'fragile')!;
    expect(fragile.worstRank).toBeGreaterThan(10);
    expect(fragile.worstAgreementLabel).toBeTruthy();
  });

  it('--metric, --projection and the filters choose what is ranked, as in the reference', () => {
    const degree = JSON.parse(runAnalyze(['sample.json', '--robustness', '--metric', 'degree'], read).stdout) as {
      robustness: Robustness;
    };
    expect(strip(degree.robustness)).toEqual(expectedFor('degree'));
    const hub = JSON.parse(runAnalyze(['sample.json', '--robustness', '--projection', 'hub'], read).stdout) as {
      robustness: Robustness;
    };
    expect(strip(hub.robustness)).toEqual(expectedFor('betweenness', 'hub'));
    const year = JSON.parse(runAnalyze(['sample.json', '--robustness', '--year', '2015'], read).stdout) as {
      robustness: Robustness;
    };
    expect(strip(year.robustness)).toEqual(expectedFor('betweenness', 'clique', 2015));
  });

  it('leaves the JSON without `robustness` when the flag is not given', () => {
    const report = JSON.parse(runAnalyze(['sample.json'], read).stdout) as Record<string, unknown>;
    expect('robustness' in report).toBe(false);
  });

  it('adds status, worst rank and agreement columns to the CSV, filled for the top 10 only', () => {
    const lines = runAnalyze(['sample.json', '--robustness', '--format', 'csv'], read).stdout.trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(-3)).toEqual(['robustness', 'robustnessWorstRank', 'robustnessWorstAgreement']);
    const filled = lines.slice(1).filter((line) => /,(stable|fragile),\d+,[^,]+$/.test(line));
    expect(filled).toHaveLength(10);
    const first = expectedFor('betweenness').actors[0]!;
    expect(lines.find((line) => line.startsWith(`${first.actor},`))).toMatch(
      new RegExp(`,${first.status},${first.worstRank},${first.worstAgreement}$`),
    );
  });

  it('adds a short md section naming the agreement behind each worst rank', () => {
    const md = runAnalyze(['sample.json', '--robustness', '--format', 'md'], read).stdout;
    expect(md).toContain('## Rank robustness (top 10 by betweenness)');
    expect(md).toContain('Each of the 100 passing agreements removed in turn.');
    expect(md).toMatch(
      /\| Latvian IT Cluster \| 1 \| 18 \| Memorandum on Clusters Cooperation: Latvian Clusters Network \| fragile \|/,
    );
  });

  it('past 1,000 agreements says on stderr and in the JSON that only agreements touching the top 10 were removed', () => {
    const outcome = runAnalyze(['many.json', '--robustness', '--metric', 'degree'], read);
    expect(outcome.code).toBe(0);
    const report = JSON.parse(outcome.stdout) as { robustness: Robustness };
    expect(report.robustness.exact).toBe(false);
    expect(outcome.stderr).toContain(
      `analyze: note: robustness: 1,010 passing agreements (over 1,000), so only the ${report.robustness.removed} that involve one of the top 10 were removed`,
    );
  });

  it('exits 2 with the fix for an unknown metric, --metric alone, and --robustness with --explain', () => {
    const unknown = runAnalyze(['sample.json', '--robustness', '--metric', 'fame'], read);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('--metric must be one of degree, strength,');
    expect(unknown.stderr).toContain('got "fame"');
    const alone = runAnalyze(['sample.json', '--metric', 'degree'], read);
    expect(alone).toMatchObject({ code: 2, stdout: '' });
    expect(alone.stderr).toContain('add --robustness');
    const both = runAnalyze(['sample.json', '--robustness', '--explain', 'vinnova'], read);
    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr).toContain('use one at a time');
    const valued = runAnalyze(['sample.json', '--robustness=yes'], read);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toMatch(/^analyze: /);
  });
});
