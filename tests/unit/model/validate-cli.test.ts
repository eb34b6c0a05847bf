// The `validate` command as a user runs it: exit codes 0/1/2 and the `POINTER: message` lines of analysis.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './helpers';

const root = new URL('../../../', import.meta.url).pathname;

function run(args: string[], viaNpm = false): { code: number | null; out: string[]; err: string[] } {
  const result = viaNpm
    ? spawnSync('npm', ['run', '--silent', 'validate', '--', ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], { cwd: root, encoding: 'utf8' });
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return { code: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

// Each test spawns Node (and one npm), which takes seconds on a busy machine.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('exits 0 with one summary line for a valid file (through npm, as documented)', () => {
    const path = fixturePath('valid', 'spec-example.json');
    expect(run([path], true)).toEqual({
      code: 0,
      out: [`${path}: valid alliance-graph@1 — 3 actors, 2 agreements, 2 sectors, 1 source; 0 warnings`],
      err: [],
    });
  });

  it('lists warnings above the summary, as POINTER: warning: message', () => {
    const { code, out, err } = run([fixturePath('valid', 'with-warnings.json')]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(7);
    expect(out.slice(0, 6).map((line) => line.split(': ')[0])).toEqual([
      '/owner',
      '/actors/0/employees',
      '/actors/1/__proto__',
      '/agreements/0',
      '/agreements/2',
      '/actors/3',
    ]);
    for (const line of out.slice(0, 6)) expect(line).toMatch(/^\/\S*: warning: /);
    expect(out[6]).toMatch(/valid alliance-graph@1 — 4 actors, 3 agreements, 1 sector, 0 sources; 6 warnings$/);
  });

  it('exits 1 and prints every error as POINTER: message, one a line', () => {
    const { code, out, err } = run([fixturePath('invalid', 'references.json')]);
    expect(code).toBe(1);
    expect(out).toHaveLength(10);
    for (const line of out) expect(line).toMatch(/^\/(actors|agreements)\/\d+\S*: \S/);
    expect(out).toContain(
      '/agreements/0/parties/0: agreement "a" refers to unknown actor "clean-dk" (did you mean "clean-denmark"?) — add it to "actors" or fix the id',
    );
    expect(err).toEqual([`${fixturePath('invalid', 'references.json')}: not valid — 10 errors`]);
  });

  it('exits 1 for a JSON syntax error, naming line and column, with (file) as the place', () => {
    const { code, out } = run([fixturePath('invalid', 'not-json.json')]);
    expect(code).toBe(1);
    expect(out).toEqual([
      '(file): this is not valid JSON, at line 4, column 19: this comma has nothing after it before the "}": remove it',
    ]);
  });

  it('exits 2 with a one-line reason when the file is missing, a folder, not text, or not given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const binary = join(dir, 'book.xlsx');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81]));
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.json')], /^error: cannot read .*missing\.json: no such file$/],
      [[dir], /^error: cannot read .*: it is a folder, not a file$/],
      [[binary], /^error: cannot read .*book\.xlsx: it is not UTF-8 or UTF-16 text/],
      [[], /^error: no file given; usage: npm run --silent validate -- FILE$/],
      [['a.json', 'b.json'], /^error: expected one file; usage:/],
    ];
    for (const [args, reason] of cases) {
      const { code, out, err } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(reason);
    }
  });
});
