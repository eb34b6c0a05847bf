// Control characters from the data (ESC sequences in key, sheet or header names) reach the terminal escaped, never raw.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/convert';

const root = new URL('../../../', import.meta.url).pathname;
const SPEC_EXAMPLE = new URL('../../fixtures/valid/spec-example.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'escapes-'));
const ESC = '\u001b';
// Erases the current line and turns text red: what a hostile key could do to a terminal.
const HOSTILE = `${ESC}[2K${ESC}[31mevil`;

describe('control characters in printed problems', { timeout: 60_000 }, () => {
  it('validate prints an unknown key holding ESC as \\u001b in its pointer', () => {
    const dataset = JSON.parse(readFileSync(SPEC_EXAMPLE, 'utf8')) as { actors: Record<string, unknown>[] };
    const first = dataset.actors[0];
    if (first) first[HOSTILE] = 1;
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify(dataset));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', path], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain('\\u001b[2K\\u001b[31mevil');
  });

  it('convert prints a CSV header holding ESC as \\u001b', () => {
    const folder = join(dir, 'csv');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'actors.csv'), `id,label,kind,country,${HOSTILE},${HOSTILE}\na,A,cluster,FI,1,2\n`);
    writeFileSync(join(folder, 'agreements.csv'), 'id,kind,parties\n');
    const lines: string[] = [];
    const code = runConvert([folder, '--out', join(dir, 'out.json')], {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines.join('\n')).not.toContain(ESC);
    expect(lines.some((line) => line.includes('\\u001b[2K\\u001b[31mevil'))).toBe(true);
  });
});
