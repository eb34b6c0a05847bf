// convert on workbooks it cannot read: one line naming the file and the problem, exit 2, never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/convert';
import { handWorkbook } from './workbooks';

const dir = mkdtempSync(join(tmpdir(), 'convert-bad-'));

function convertWorkbook(name: string, bytes: Uint8Array): { code: number; out: string[]; err: string[] } {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const code = runConvert([path, '--out', join(dir, `${name}.json`)], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const DATE_STYLES = {
  'xl/styles.xml':
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
};

const BROKEN: [string, Uint8Array][] = [
  [
    'malformed sheet XML',
    handWorkbook([['actors', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></c>']]),
  ],
  [
    'a date-formatted cell holding 1e20',
    handWorkbook(
      [
        [
          'actors',
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>founded</t></is></c></row><row r="2"><c r="A2" s="1"><v>1e20</v></c></row></sheetData>',
        ],
      ],
      DATE_STYLES,
    ),
  ],
  ['not a zip at all', new TextEncoder().encode('this is not a workbook')],
];

describe('convert on unreadable workbooks', () => {
  it.each(BROKEN)('%s: exit 2 and one line naming the file', (name, bytes) => {
    const result = convertWorkbook(name.replace(/\W+/g, '-'), bytes);
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain(name.replace(/\W+/g, '-'));
    expect(result.err[0]).not.toMatch(/\n|\bat .+:\d+:\d+/);
  });
});
