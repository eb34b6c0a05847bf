// One decoding rule for every command that reads a dataset: UTF-8 (BOM or not), UTF-16 LE/BE with a BOM; else exit 2, one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/convert';
import { exportHtmlCommand } from '../../../src/cli/export-html';
import { CliFailure, loadDatasetFile, readTextFile } from '../../../src/cli/io';
import { decodeTextBytes, UNDECODABLE_TEXT } from '../../../src/model/text-bytes';

const root = new URL('../../../', import.meta.url).pathname;
const text = readFileSync(join(root, 'tests/fixtures/valid/spec-example.json'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'decoding-'));
const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = Buffer.from(text, 'utf16le').swap16();
const files = {
  utf8Bom: join(dir, 'bom.json'),
  utf16le: join(dir, 'le.json'),
  utf16be: join(dir, 'be.json'),
  random: join(dir, 'random.json'),
};
writeFileSync(files.utf8Bom, `\uFEFF${text}`);
writeFileSync(files.utf16le, le);
writeFileSync(files.utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
// Not UTF-8 (0x80 cannot start a character) and no BOM: random bytes as a binary file has them.
writeFileSync(files.random, Buffer.from([0x80, 0x81, 0xc3, 0x28, 0xfe, 0x00, 0x7b]));

const oneLine = `cannot read ${files.random}: ${UNDECODABLE_TEXT}`;

describe('decodeTextBytes (the app and the CLI alike)', () => {
  it('drops a UTF-8 BOM and decodes UTF-16 by its BOM, both byte orders', () => {
    for (const path of [files.utf8Bom, files.utf16le, files.utf16be])
      expect(decodeTextBytes(readFileSync(path)), path).toEqual({ ok: true, text });
  });

  it('refuses bytes that are not UTF-8 and carry no UTF-16 BOM, and a UTF-16 file cut in half a character', () => {
    expect(decodeTextBytes(readFileSync(files.random))).toEqual({ ok: false, reason: UNDECODABLE_TEXT });
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({ ok: false, reason: UNDECODABLE_TEXT });
  });
});

describe('readTextFile: every command', () => {
  it('reads UTF-16 LE and BE files as the text they hold, so validate finds them valid', () => {
    for (const path of [files.utf16le, files.utf16be]) {
      expect(readTextFile(path)).toBe(text);
      expect(loadDatasetFile(path).ok).toBe(true);
    }
  });

  it('throws one exit-2 line for undecodable bytes', () => {
    const error = (() => {
      try {
        readTextFile(files.random);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CliFailure);
    expect((error as CliFailure).exitCode).toBe(2);
    expect((error as CliFailure).message).toBe(oneLine);
  });

  it('convert: a UTF-16 dataset converts (exit 0), random bytes are exit 2 with the same line', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    expect(runConvert([files.utf16le, '--out', join(dir, 'out.xlsx')], io)).toBe(0);
    expect(runConvert([files.random, '--out', join(dir, 'out2.xlsx')], io)).toBe(2);
    expect(err).toEqual([`error: ${oneLine}`]);
  });

  it('export-html: random bytes fail with the same exit-2 line', async () => {
    const failure = await exportHtmlCommand([files.random, '--out', join(dir, 'x.html')]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CliFailure);
    expect((failure as CliFailure).message).toBe(oneLine);
  });

  it(
    'validate (spawned, as a user runs it): UTF-16 is exit 0, random bytes exit 2 with one line',
    { timeout: 60_000 },
    () => {
      const run = (path: string) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', path], { cwd: root, encoding: 'utf8' });
      expect(run(files.utf16be).status).toBe(0);
      const bad = run(files.random);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe(`error: ${oneLine}\n`);
    },
  );
});
