// Sheets known by their header row, not by one cell: a summary sheet holding "actors" is skipped, and `convert --skip-sheet` leaves sheets out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/convert';
import { sheetKindFromHeader } from '../../../src/model/sheets/columns';
import { formatSheetProblem, importSheets } from '../../../src/model/sheets/import';
import { writeXlsx, type WorkbookSheet } from '../../../src/model/sheets/xlsx-write';
import type { Dataset } from '../../../src/model/types';
import { ACTORS, agreements, errors } from './tables';

/** A sheet many real workbooks open with: counts per list, its A1 reading "actors". */
export const SUMMARY: WorkbookSheet = {
  name: 'Summary',
  rows: [
    ['actors', 3],
    ['agreements', 1],
    ['partners', 'see the agreements sheet'],
  ],
};
const AGREEMENTS = agreements(['fi-dk', 'bilateral', 'cleantech-finland; clean-denmark', '2011', '']);
const asSheet = (table: { name: string; rows: string[][] }): WorkbookSheet => table;

describe('a sheet is known by its header row, not by one cell', () => {
  it('needs parties and kind for agreements, label and country for actors', () => {
    expect(sheetKindFromHeader(['actors', '3'])).toBeUndefined();
    expect(sheetKindFromHeader(['partners'])).toBeUndefined();
    expect(sheetKindFromHeader(['Agreement', 'Type', 'Partners'])).toBe('agreements');
    expect(sheetKindFromHeader(['Name', 'Country'])).toBe('actors');
  });

  it('skips a summary sheet whose A1 is "actors" with one warning naming it, and reads the workbook', () => {
    const summary = { name: 'Summary', rows: SUMMARY.rows.map((row) => row.map(String)) };
    const result = importSheets([summary, ACTORS, AGREEMENTS]);
    expect(errors(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.counts.agreements).toBe(1);
    expect(result.sheets[0]).toMatchObject({ name: 'Summary', kind: null });
    const about = result.problems.filter((p) => p.sheet === 'Summary').map(formatSheetProblem);
    expect(about).toEqual([
      'Summary: this sheet is ignored: to read it, name it actors, agreements, sectors, sources, countries, views or dataset',
    ]);
  });

  it('still reads an unnamed agreements sheet by its header under a title row', () => {
    const ties = { name: 'Sheet2', rows: [['Ties 2024'], ...AGREEMENTS.rows] };
    const result = importSheets([ACTORS, ties]);
    expect(errors(result)).toEqual([]);
    expect(result.sheets[1]).toMatchObject({ name: 'Sheet2', kind: 'agreements', detectedBy: 'header', headerRow: 2 });
  });
});

describe('convert: the summary sheet and --skip-sheet', () => {
  let dir = '';
  let workbook = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'skip-sheet-'));
    workbook = join(dir, 'clusters.xlsx');
    // A draft copy of the agreements: read by its header as more agreements (its id repeats) unless left out.
    const draft = { name: 'agreements draft', rows: AGREEMENTS.rows };
    writeFileSync(workbook, writeXlsx([SUMMARY, asSheet(ACTORS), asSheet(AGREEMENTS), asSheet(draft)]));
  });
  const run = (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runConvert(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  it('converts a workbook with a summary sheet when the draft sheet is left out with --skip-sheet', () => {
    const target = join(dir, 'out.json');
    const result = run(workbook, '--skip-sheet', 'agreements draft', '--out', target);
    expect(result.code, [...result.out, ...result.err].join('\n')).toBe(0);
    expect(result.out).toContain(
      'Summary: warning: this sheet is ignored: to read it, name it actors, agreements, sectors, sources, countries, views or dataset',
    );
    const dataset = JSON.parse(readFileSync(target, 'utf8')) as Dataset;
    expect(dataset.agreements.map((a) => a.id)).toEqual(['fi-dk']);
    expect(dataset.actors).toHaveLength(3);
  });

  it('reads the draft sheet too without --skip-sheet (its repeated id is then an error, exit 1)', () => {
    const result = run(workbook, '--out', join(dir, 'draft.json'));
    expect(result.code).toBe(1);
    expect(result.out.join('\n')).toMatch(/agreements draft row 2/);
  });

  it('repeats: two --skip-sheet options leave both sheets out', () => {
    const target = join(dir, 'two.json');
    const result = run(workbook, '--skip-sheet', 'agreements draft', '--skip-sheet', 'Summary', '--out', target);
    expect(result.code).toBe(0);
    expect(result.out.some((line) => line.startsWith('Summary:'))).toBe(false);
  });

  it('exits 2 with one line naming the sheets there are when a --skip-sheet name is no sheet', () => {
    const result = run(workbook, '--skip-sheet', 'Sumary', '--out', join(dir, 'none.json'));
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      'error: --skip-sheet Sumary: there is no such sheet; the sheets are: Summary, actors, agreements, agreements draft',
    ]);
  });

  it('names a CSV file with or without its extension', () => {
    const csv = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const actors = csv('actors.csv', 'id,label,kind,country\na,A,cluster,FI\nb,B,cluster,SE\n');
    const ties = csv('agreements.csv', 'id,kind,parties\nab,bilateral,a; b\n');
    const extra = csv('ties-old.csv', 'id,kind,parties\nab,bilateral,a; b\n');
    expect(run(actors, ties, extra, '--skip-sheet', 'ties-old', '--out', join(dir, 'c1.json')).code).toBe(0);
    expect(run(actors, ties, extra, '--skip-sheet', 'ties-old.csv', '--out', join(dir, 'c2.json')).code).toBe(0);
    expect(run(actors, ties, extra, '--out', join(dir, 'c3.json')).code).toBe(1);
  });

  it('refuses --skip-sheet for a .json input (exit 2), and --help lists the option (exit 0)', () => {
    const json = join(dir, 'out.json');
    expect(run(json, '--skip-sheet', 'x', '--out', join(dir, 'j.json')).err).toEqual([
      'error: --skip-sheet reads .xlsx and .csv input; a .json file has no sheets',
    ]);
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.out.join('\n')).toMatch(/--skip-sheet NAME {2}leave the sheet \(or CSV file\) NAME out/);
  });
});
