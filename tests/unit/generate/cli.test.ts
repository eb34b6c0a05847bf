// Runs `src/cli/generate.ts` as the npm script does: it writes a valid file and a one-line summary, or exits 2 with a reason.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/model/validate';

const folder = mkdtempSync(join(tmpdir(), 'generate-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', ...args], { encoding: 'utf8' });

describe('npm run generate', () => {
  it('writes compact JSON that loads, and prints one summary line', () => {
    const out = join(folder, 'small.json');
    const result = run(['--actors', '40', '--agreements', '90', '--seed', '11', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^generated 40 actors, 90 agreements \(seed 11\) -> /);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('\n');
    const loaded = parseDatasetText(text);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  }, 30000);

  it('exits 2 with a reason on bad arguments', () => {
    const result = run(['--actors', 'many', '--agreements', '5', '--out', join(folder, 'x.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--actors must be a whole number, got "many"/);
    expect(result.stderr).toMatch(/usage: npm run generate/);
  }, 30000);
});
