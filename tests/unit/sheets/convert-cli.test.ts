// The convert command: formats by extension, CSV folders and name prefixes, messages, and exit codes 0/1/2.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/convert';

/** Whole-sample conversions and exceljs are slow on a busy 2-core machine: room beyond the 5 s default. */
const SLOW = 60_000;

const SAMPLE = new URL('../../../data/bsr-stars.json', import.meta.url).pathname;
const counts = (): string => {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { actors: unknown[]; agreements: unknown[] };
  return `${sample.actors.length} actors, ${sample.agreements.length} agreements`;
};
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'convert-'));
});

function run(...args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runConvert(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('convert', { timeout: SLOW }, () => {
  it('goes JSON → XLSX → CSV folder → JSON and back to the same dataset (exit 0)', () => {
    const xlsx = join(dir, 'sample.xlsx');
    expect(run(SAMPLE, '--out', xlsx).code).toBe(0);
    expect(run(xlsx, '--out', join(dir, 'csv')).code).toBe(0);
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(
      ['actors.csv', 'agreements.csv', 'dataset.csv', 'sectors.csv', 'sources.csv', 'views.csv'].sort(),
    );
    const back = run(join(dir, 'csv'), '--out', join(dir, 'back.json'));
    expect(back.code).toBe(0);
    expect(back.out.at(-1)).toBe(`wrote ${join(dir, 'back.json')}: ${counts()}`);
    expect(json(join(dir, 'back.json'))).toEqual(json(SAMPLE));
  });

  it('writes NAME-actors.csv … next to --out NAME.csv, and reads those files back', () => {
    expect(run(SAMPLE, '--out', join(dir, 'pair', 'bsr.csv')).code).toBe(0);
    const files = readdirSync(join(dir, 'pair')).sort();
    expect(files).toContain('bsr-actors.csv');
    expect(run(...files.map((f) => join(dir, 'pair', f)), '--out', join(dir, 'pair.json')).code).toBe(0);
    expect(json(join(dir, 'pair.json'))).toEqual(json(SAMPLE));
  });

  it('exits 1 on invalid sheets, printing "sheet row N, column: message" lines and writing nothing', () => {
    const actors = join(dir, 'actors.csv');
    const agreements = join(dir, 'agreements.csv');
    writeFileSync(actors, 'id,label,kind,country\na,Cleantech Finland,cluster,FI\nb,CLEAN Denmark,cluster,DK\n');
    writeFileSync(agreements, 'id,kind,parties\nt,bilateral,a; Clean Denmrk\n');
    const result = run(actors, agreements, '--out', join(dir, 'bad.json'));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "agreements.csv row 2, parties: no actor called 'Clean Denmrk' — did you mean 'CLEAN Denmark'?",
    );
    expect(result.err.at(-1)).toMatch(/: not valid — 1 error; nothing written$/);
    expect(() => readFileSync(join(dir, 'bad.json'))).toThrow();
  });

  it('with --skip-bad-rows writes the rest and names each skipped row (exit 0)', () => {
    const result = run(
      join(dir, 'actors.csv'),
      join(dir, 'agreements.csv'),
      '--skip-bad-rows',
      '--out',
      join(dir, 'kept.json'),
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('agreements.csv row 2: warning: skipped (--skip-bad-rows)');
    expect((json(join(dir, 'kept.json')) as { agreements: unknown[] }).agreements).toEqual([]);
  });

  it('exits 1 on an invalid JSON file with POINTER: message lines', () => {
    const bad = join(dir, 'bad-in.json');
    writeFileSync(bad, JSON.stringify({ format: 'alliance-graph@1', actors: [{ id: 'a' }], agreements: [] }));
    const result = run(bad, '--out', join(dir, 'x.xlsx'));
    expect(result.code).toBe(1);
    expect(result.out.some((line) => line.startsWith('/actors/0: '))).toBe(true);
  });

  it('exits 2 with one line for a missing file, a non-workbook .xlsx, a wrong extension or no --out', () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'id,label\n');
    for (const args of [
      [join(dir, 'missing.json'), '--out', join(dir, 'o.xlsx')],
      [fake, '--out', join(dir, 'o.json')],
      [SAMPLE, '--out', join(dir, 'o.pdf')],
      [SAMPLE],
      [SAMPLE, fake, '--out', join(dir, 'o.json')],
    ]) {
      const result = run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err[0]).toMatch(/^error: /);
    }
  });

  it('writes ;-separated CSV for decimal-comma locales with --separator ";"', () => {
    expect(run(SAMPLE, '--separator', ';', '--out', join(dir, 'semi')).code).toBe(0);
    expect(readFileSync(join(dir, 'semi', 'actors.csv'), 'utf8')).toMatch(/^\uFEFFid;label;kind;country/);
    expect(run(join(dir, 'semi'), '--out', join(dir, 'semi.json')).code).toBe(0);
    expect(json(join(dir, 'semi.json'))).toEqual(json(SAMPLE));
    expect(run(SAMPLE, '--separator', '|', '--out', join(dir, 'bar')).code).toBe(2);
  });

  it('writes the templates', () => {
    expect(run('--template', '--out', join(dir, 't.xlsx')).code).toBe(0);
    expect(run('--template', '--out', join(dir, 'tpl')).code).toBe(0);
    expect(readdirSync(join(dir, 'tpl')).sort()).toEqual(['actors.csv', 'agreements.csv']);
  });

  it('runs as npm run convert does (tsx), with the exit code on the process', () => {
    const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
    const script = new URL('../../../src/cli/convert.ts', import.meta.url).pathname;
    expect(() =>
      execFileSync(tsx, [script, join(dir, 'missing.csv'), '--out', join(dir, 'o.json')], { stdio: 'pipe' }),
    ).toThrow(expect.objectContaining({ status: 2 }));
    const ok = execFileSync(tsx, [script, SAMPLE, '--out', join(dir, 'spawned.xlsx')], { encoding: 'utf8' });
    expect(ok).toContain(`wrote ${join(dir, 'spawned.xlsx')}: ${counts()}\n`);
  });
});
