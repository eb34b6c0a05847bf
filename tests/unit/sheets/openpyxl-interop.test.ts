// Interoperability: a workbook written by openpyxl (real Excel dates, a merged title row, formulas with and without a saved result, a summary sheet, a notes sheet) converts as a user expects.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/convert';
import type { Dataset } from '../../../src/model/types';

/** Debian's python3-openpyxl installs for /usr/bin/python3; elsewhere the python3 on the PATH is tried. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
/** CI installs python3-openpyxl (.ci/run) and must run this; a machine without it (the README asks only for Node.js) skips it. */
const runOpenpyxl = hasOpenpyxl || process.env.CI === 'true';

const WRITER = `
import sys, datetime, zipfile, openpyxl
wb = openpyxl.Workbook()
summary = wb.active
summary.title = 'Summary'
summary.append(['actors', '=COUNTA(actors!A3:A4)'])
summary.append(['agreements', 1])
ws = wb.create_sheet('actors')
ws['A1'] = 'Cluster list 2024'
ws.merge_cells('A1:E1')
ws.append(['id', 'Name', 'Type', 'Country', 'Founded'])
ws.append(['fi-clean', 'Cleantech Finland', 'cluster', 'FI', 2008])
ws.append(['se-ict', 'Stockholm ICT', 'cluster', 'SE', '=2000+5'])
ag = wb.create_sheet('agreements')
ag.append(['id', 'kind', 'parties', 'since', 'weight'])
ag.append(['fi-se', 'bilateral', 'fi-clean; se-ict', datetime.date(2012, 6, 20), '=1+1'])
wb.create_sheet('notes')['A1'] = 'Compiled by hand; ask Jane'
wb.save(sys.argv[1])
# openpyxl never calculates: give the weight formula the result Excel would have saved (<v>2</v>).
with zipfile.ZipFile(sys.argv[1]) as book:
    parts = {name: book.read(name) for name in book.namelist()}
sheet = 'xl/worksheets/sheet3.xml'
assert b'<f>1+1</f><v></v>' in parts[sheet], parts[sheet]
parts[sheet] = parts[sheet].replace(b'<f>1+1</f><v></v>', b'<f>1+1</f><v>2</v>')
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as book:
    for name, data in parts.items():
        book.writestr(name, data)
`;

describe.skipIf(!runOpenpyxl)('a workbook written by openpyxl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openpyxl-'));
  const workbook = join(dir, 'clusters.xlsx');
  const written = spawnSync(PYTHON, ['-c', WRITER, workbook], { encoding: 'utf8' });
  const out: string[] = [];
  const code = runConvert([workbook, '--out', join(dir, 'clusters.json')], {
    out: (line) => out.push(line),
    err: (line) => out.push(line),
  });

  it('is written by openpyxl and converts with exit 0', () => {
    expect(written.status, written.stderr).toBe(0);
    expect(code, out.join('\n')).toBe(0);
  });

  it('finds the header under the merged title row, reads the Excel date as a date and skips the notes sheet', () => {
    const dataset = JSON.parse(readFileSync(join(dir, 'clusters.json'), 'utf8')) as Dataset;
    expect(dataset.actors.map((a) => [a.id, a.label, a.country])).toEqual([
      ['fi-clean', 'Cleantech Finland', 'FI'],
      ['se-ict', 'Stockholm ICT', 'SE'],
    ]);
    expect(dataset.actors[0]?.founded).toBe(2008);
    expect(dataset.agreements).toMatchObject([{ id: 'fi-se', parties: ['fi-clean', 'se-ict'], since: '2012-06-20' }]);
  });

  it('warns at the formula openpyxl saved without a result (actors row 4, column E, Founded)', () => {
    const line = out.find((l) => /formula with no saved result/.test(l));
    expect(line).toMatch(/actors row 4, (column )?E|actors row 4.*Founded/);
  });

  it('reads the saved result of a formula (agreements weight =1+1 saved as 2) without a warning', () => {
    const dataset = JSON.parse(readFileSync(join(dir, 'clusters.json'), 'utf8')) as Dataset;
    expect(dataset.agreements[0]?.weight).toBe(2);
    expect(out.filter((l) => /formula with no saved result/.test(l))).toHaveLength(1);
  });

  it('skips the summary sheet whose A1 is "actors" with one line naming it, instead of failing the workbook', () => {
    expect(out.filter((l) => l.startsWith('Summary'))).toEqual([
      'Summary: warning: this sheet is ignored: to read it, name it actors, agreements, sectors, sources, countries, views or dataset',
    ]);
  });

  it('leaves the summary sheet out without a word with --skip-sheet Summary', () => {
    const quiet: string[] = [];
    const log = (line: string) => quiet.push(line);
    expect(
      runConvert([workbook, '--skip-sheet', 'Summary', '--out', join(dir, 'q.json')], { out: log, err: log }),
    ).toBe(0);
    expect(quiet.some((l) => l.startsWith('Summary'))).toBe(false);
  });
});
