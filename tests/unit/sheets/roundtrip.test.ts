// JSON → XLSX → JSON and JSON → CSV → JSON give the same dataset, on the sample and on awkward values.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToCsvFiles, readCsvFiles } from '../../../src/model/sheets/csv';
import { importSheets } from '../../../src/model/sheets/import';
import { datasetToWorkbook, readXlsx } from '../../../src/model/sheets/xlsx';
import type { Dataset } from '../../../src/model/types';
import { excelRead } from './workbooks';

/** Whole-sample conversions and exceljs are slow on a busy 2-core machine: room beyond the 5 s default. */
const SLOW = 60_000;

const sample = JSON.parse(readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8')) as Dataset;
const viaXlsx = (dataset: Dataset): Dataset => importSheets(readXlsx(datasetToWorkbook(dataset))).dataset;
const viaCsv = (dataset: Dataset): Dataset => importSheets(readCsvFiles(datasetToCsvFiles(dataset))).dataset;
const viaCsvSemicolon = (dataset: Dataset): Dataset =>
  importSheets(readCsvFiles(datasetToCsvFiles(dataset, ';'))).dataset;

/** Values a spreadsheet could easily get wrong: extras, empty lists, open ends, dates, formula-like text, odd ids. */
const AWKWARD = {
  format: 'alliance-graph@1',
  title: 'Awkward',
  description: 'Two lines\nand "quotes", <b>markup</b>',
  asOf: '2012-06',
  license: 'CC-BY-4.0',
  curator: { name: 'Jane', since: 2020 },
  sources: [{ id: 's1', title: '=HYPERLINK("http://evil.example","x")', accessed: '2012-06-01' }],
  sectors: [
    { id: 'cleantech', label: 'Cleantech', target: true, color: '#1b9e77' },
    { id: 'health', label: 'Health & well-being', target: false },
    { id: 'ids;with;semicolons', label: 'Semicolons' },
  ],
  countries: [{ code: 'XK', label: 'Kosovo', lat: 42.6, lon: 20.9, region: 'Balkans' }],
  actors: [
    {
      id: '__proto__',
      label: '-minus first',
      kind: 'cluster',
      country: 'FI',
      sectors: ['cleantech', 'ids;with;semicolons'],
      lat: 60.17,
      lon: -0.000001,
      founded: 2004,
      members: 1200,
      x: 12.5,
      y: -7,
      notes: '@mention\r\nsecond line _x0041_',
      budget: '123',
      tags: ['a', 'b'],
      flag: true,
      empty: '',
      nothing: null,
      website: 'kept as an extra key',
    },
    { id: '007', label: 'TRUE', kind: 'agency', country: 'XK', sectors: [], sources: ['s1'], evidence: 'documented' },
    { id: 'constructor', label: '+46 Sweden', kind: 'network', country: 'SE', url: 'https://example.org/?a=1&b=2' },
  ],
  agreements: [
    { id: 'a1', kind: 'bilateral', parties: ['__proto__', '007'], since: '2011-05-01', until: null, weight: 2.5 },
    {
      id: 'a2',
      kind: 'multilateral',
      parties: ['__proto__', '007', 'constructor'],
      since: 2010,
      until: '2015-12-31',
      status: 'ended',
    },
    {
      id: 'a3',
      kind: 'soft-landing',
      parties: ['007', 'constructor'],
      sectors: ['health'],
      until: 2020,
      sources: ['s1'],
      notes: 'ok',
      evidence: 'illustrative',
    },
  ],
  views: [{ id: 'v1', title: 'Gaps', state: 'view=matrix&sector=cleantech', caption: 'Where ties are missing' }],
} as unknown as Dataset;

describe('round trips', { timeout: SLOW }, () => {
  it('keeps the BSR Stars sample exactly, through XLSX and through CSV (, and ;)', () => {
    expect(sample.actors.length).toBeGreaterThan(100);
    expect(viaXlsx(sample)).toStrictEqual(sample);
    expect(viaCsv(sample)).toStrictEqual(sample);
    expect(viaCsvSemicolon(sample)).toStrictEqual(sample);
  });

  it('keeps awkward values exactly: extras, empty lists, until null, dates, formula-like text, odd ids, evidence levels', () => {
    expect(viaXlsx(AWKWARD)).toEqual(AWKWARD);
    expect(viaCsv(AWKWARD)).toEqual(AWKWARD);
    const imported = importSheets(readXlsx(datasetToWorkbook(AWKWARD)));
    expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('trims spaces around text in format fields (documented), but not inside it', () => {
    const padded = { ...AWKWARD, actors: [{ ...AWKWARD.actors[1], label: '  CLEAN  Denmark ' }] } as unknown as Dataset;
    expect(viaXlsx(padded).actors[0]?.label).toBe('CLEAN  Denmark');
    expect(viaCsv(padded).actors[0]?.label).toBe('CLEAN  Denmark');
  });

  it('keeps any text in notes and extra columns (property test)', () => {
    const base = AWKWARD.actors[1] as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'binary' }), fc.jsonValue(), (notes, extra) => {
        const note = notes.trim();
        fc.pre(note !== '' && !/[\uD800-\uDFFF]/.test(note));
        const dataset = { ...AWKWARD, actors: [{ ...base, notes: note, extra }] } as unknown as Dataset;
        const normalised = JSON.parse(JSON.stringify(dataset)) as Dataset;
        expect(viaXlsx(dataset)).toEqual(normalised);
        expect(viaCsv(dataset)).toEqual(normalised);
      }),
      { numRuns: 60 },
    );
  });

  it('writes numbers, booleans and text as those cell types, as an independent reader (exceljs) sees them', async () => {
    const sheets = await excelRead(datasetToWorkbook(AWKWARD));
    const actors = sheets.get('actors') ?? [];
    const header = actors[0] as string[];
    const cell = (row: number, field: string): unknown => actors[row]?.[header.indexOf(field)];
    expect(cell(1, 'lat')).toBe(60.17);
    expect(cell(1, 'flag')).toBe(true);
    expect(cell(1, 'label')).toBe('-minus first');
    expect(cell(2, 'label')).toBe('TRUE');
    expect(cell(2, 'id')).toBe('007');
    const sources = sheets.get('sources') ?? [];
    // Text that looks like a formula is a plain string cell, not a formula object.
    expect(sources[1]?.[1]).toBe('=HYPERLINK("http://evil.example","x")');
    expect([...sheets.keys()]).toEqual(['actors', 'agreements', 'sectors', 'sources', 'countries', 'views', 'dataset']);
  });
});
