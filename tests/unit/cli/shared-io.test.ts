// analyze and generate go through cli/io.ts like the other commands: the same read reasons, exit codes and one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/analyze';
import { cannotRead, CliFailure } from '../../../src/cli/io';
import { firstLineOf, messageOf } from '../../../src/model/errors';

const folder = mkdtempSync(join(tmpdir(), 'shared-io-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const script = (name: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], { encoding: 'utf8' });

describe('messageOf and firstLineOf', () => {
  it('give an Error its message, anything else as text, and the first line only when asked', () => {
    expect(messageOf(new Error('broken\nat line 2'))).toBe('broken\nat line 2');
    expect(messageOf('plain')).toBe('plain');
    expect(messageOf(42)).toBe('42');
    expect(firstLineOf(new Error('broken\nat line 2'))).toBe('broken');
  });
});

describe('cannotRead', () => {
  it('names the file and says the errno in words, and passes a CliFailure through unchanged', () => {
    const missing = cannotRead('x.json', Object.assign(new Error('ENOENT: raw'), { code: 'ENOENT' }));
    expect(missing).toBeInstanceOf(CliFailure);
    expect(missing.message).toBe('cannot read x.json: no such file');
    expect(cannotRead('x.json', new Error('odd\nstack')).message).toBe('cannot read x.json: odd');
    const already = new CliFailure('cannot read y.json: it is a folder, not a file');
    expect(cannotRead('x.json', already)).toBe(already);
  });
});

describe('analyze reads through readTextFile', () => {
  it('exits 2 naming a folder given as FILE, in the words validate uses', () => {
    expect(runAnalyze([folder])).toEqual({
      code: 2,
      stdout: '',
      stderr: `analyze: cannot read ${folder}: it is a folder, not a file\n`,
    });
  });

  it('exits 2 on a file that is neither UTF-8 nor UTF-16 text (a spreadsheet) with the hint to convert it', () => {
    const binary = join(folder, 'book.xlsx');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x9f]));
    const outcome = runAnalyze([binary]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(
      `analyze: cannot read ${binary}: it is not UTF-8 or UTF-16 text (a spreadsheet or a binary file? convert it first with npm run convert, or save it as UTF-8)\n`,
    );
  });

  it("as a script: a missing file is exit 2 with the analyze: prefix, not runCli's error: prefix", () => {
    const result = script('analyze', [join(folder, 'missing.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`analyze: cannot read ${join(folder, 'missing.json')}: no such file\n`);
  }, 30_000);
});

describe('generate through runCli', () => {
  it('keeps exit 1 and its message when the output cannot be written', () => {
    const out = join(folder, 'no-such-folder', 'g.json');
    const result = script('generate', ['--actors', '3', '--agreements', '2', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^generate: cannot write ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ENOENT`),
    );
    expect(result.stdout).toBe('');
  }, 30_000);
});
