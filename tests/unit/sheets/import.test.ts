// importSheets: header synonyms, names for ids, every row-level problem with its sheet, row and column, and skipping bad rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvFiles } from '../../../src/model/sheets/csv';
import { formatSheetProblem, importSheets } from '../../../src/model/sheets/import';
import type { SheetProblem } from '../../../src/model/sheets/types';
import { agreements, errors } from './tables';

const place = (p: SheetProblem): string => `${p.sheet}!${p.column?.letter ?? ''}${p.row ?? ''}`;

describe('importSheets: reading what people write', () => {
  it('maps header synonyms regardless of case and spaces, and keeps other columns as extra keys', () => {
    const result = importSheets([
      {
        name: 'Organisations',
        rows: [
          ['Name', 'TYPE', 'Country Code', 'Latitude', 'Start year', 'Member firms', 'Budget (EUR)'],
          ['Cleantech Finland', 'Cluster', 'fi', '60,17', '', '120', '1500'],
        ],
      },
    ]);
    const [sheet] = result.sheets;
    expect(sheet?.kind).toBe('actors');
    expect(sheet?.columns.map((c) => [c.letter, c.header, c.field, c.known])).toEqual([
      ['A', 'Name', 'label', true],
      ['B', 'TYPE', 'kind', true],
      ['C', 'Country Code', 'country', true],
      ['D', 'Latitude', 'lat', true],
      ['E', 'Start year', 'Start year', false],
      ['F', 'Member firms', 'members', true],
      ['G', 'Budget (EUR)', 'Budget (EUR)', false],
    ]);
    expect(sheet?.unmapped).toEqual(['Start year', 'Budget (EUR)']);
    expect(result.dataset.actors).toEqual([
      {
        id: 'cleantech-finland',
        label: 'Cleantech Finland',
        kind: 'cluster',
        country: 'FI',
        lat: 60.17,
        members: 120,
        'Budget (EUR)': 1500,
      },
    ]);
  });

  it('accepts English country names as well as codes, and party names where they are unambiguous', () => {
    const result = importSheets([
      {
        name: 'actors',
        rows: [
          ['id', 'name', 'type', 'country'],
          ['a', 'Cleantech Finland', 'cluster', 'Finland'],
          ['b', 'CLEAN Denmark', 'cluster', 'denmark'],
          ['c', 'Swedish Agency', 'agency', 'se'],
        ],
      },
      {
        name: 'agreements',
        rows: [
          ['type', 'partners', 'start year', 'end year'],
          ['multilateral', 'Cleantech Finland; clean denmark; c', '2011', 'ongoing'],
        ],
      },
    ]);
    expect(result.valid).toBe(true);
    expect(result.dataset.actors.map((a) => a.country)).toEqual(['FI', 'DK', 'SE']);
    expect(result.dataset.agreements[0]).toMatchObject({ parties: ['a', 'b', 'c'], since: 2011, until: null });
  });

  it('recognises a single CSV by its header, and reads the Excel-locale fixtures end to end', () => {
    const read = (name: string): { name: string; text: string } => ({
      name: name.replace('-semicolon-bom', '-export').replace('agreements-comma', 'ties'),
      text: readFileSync(new URL(`../../fixtures/sheets/${name}`, import.meta.url), 'utf8'),
    });
    const tables = readCsvFiles([read('actors-semicolon-bom.csv'), read('agreements-comma.csv')]);
    const result = importSheets(tables);
    expect(result.sheets.map((s) => [s.name, s.kind, s.detectedBy])).toEqual([
      ['actors-export.csv', 'actors', 'header'],
      ['ties.csv', 'agreements', 'name'],
    ]);
    expect(errors(result)).toEqual([]);
    expect(result.dataset.actors[0]).toMatchObject({ id: 'cleantech-finland', country: 'FI', lat: 60.17 });
    expect(result.dataset.actors[0]?.notes).toBe('Helsinki; founded\r\nin 2010');
    expect(result.dataset.agreements[0]).toMatchObject({
      parties: ['cleantech-finland', 'clean-denmark'],
      until: null,
      notes: 'spaces around',
    });
  });

  it('treats ids such as __proto__ and constructor, and such headers, as plain data', () => {
    const result = importSheets([
      {
        name: 'actors',
        rows: [
          ['id', 'label', 'kind', 'country', '__proto__', 'constructor'],
          ['__proto__', 'Proto', 'cluster', 'FI', '{"polluted":true}', 'x'],
          ['constructor', 'Ctor', 'cluster', 'SE', '', ''],
        ],
      },
      agreements(['toString', 'bilateral', 'Proto; constructor', '2011', '']),
    ]);
    expect(result.valid).toBe(true);
    expect(result.dataset.agreements[0]?.parties).toEqual(['__proto__', 'constructor']);
    const first = result.dataset.actors[0] as unknown as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(first, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importSheets: problems placed in the sheet', () => {
  const result = importSheets([
    {
      name: 'actors',
      rows: [
        ['id', 'label', 'kind', 'country', 'lat', 'founded'],
        ['cleantech-finland', 'Cleantech Finland', 'cluster', 'FI', '60.2', ''],
        ['clean-denmark', 'CLEAN Denmark', 'clustr', 'DK', '95', 'long ago'],
        ['atlantis', 'Atlantis Cluster', 'cluster', 'Atlantis', '', ''],
        ['cleantech-finland', '', 'cluster', 'FI', '', ''],
      ],
    },
    agreements(
      ['fi-dk', 'bilateral', 'Cleantech Finland; Clean Denmrk', '2011', 'ongoing'],
      ['three', 'bilateral', 'cleantech-finland; clean-denmark; atlantis', '2012', '2010'],
      ['odd-year', 'multilateral', 'cleantech-finland; clean-denmark', '2012.5', 'soon'],
    ),
  ]);
  const byPlace = new Map(errors(result).map((p) => [place(p), p.message]));

  it('reports each bad cell once, with its sheet, spreadsheet row and column letter', () => {
    expect([...byPlace.keys()].sort()).toEqual(
      [
        'actors!C3', // kind typo
        'actors!F3', // founded not a year
        'actors!E3', // latitude out of range (validator)
        'actors!D4', // unknown country (validator)
        'actors!B5', // empty label
        'actors!A5', // duplicate id (validator)
        'agreements!C2', // party typo
        'agreements!C3', // bilateral with three parties (validator)
        'agreements!D3', // since after until (validator)
        'agreements!D4', // not a year
        'agreements!E4', // not a year or "ongoing"
      ].sort(),
    );
  });

  it('words the problems with a suggestion where one is obvious', () => {
    expect(byPlace.get('agreements!C2')).toBe("no actor called 'Clean Denmrk' — did you mean 'CLEAN Denmark'?");
    expect(byPlace.get('actors!C3')).toMatch(/^'clustr' is not a kind of actor — did you mean 'cluster'\?/);
    expect(byPlace.get('actors!F3')).toBe("'long ago' is not a year (write e.g. 2004)");
    expect(byPlace.get('agreements!E4')).toMatch(/'soon' is not a year or date .*'ongoing'/);
    expect(byPlace.get('actors!B5')).toBe('label is empty: every row of actors needs one');
  });

  it('formats a problem as "sheet row N, column: message", keeping the validator pointer', () => {
    const party = errors(result).find((p) => place(p) === 'agreements!C2');
    expect(party && formatSheetProblem(party)).toBe(
      "agreements row 2, parties: no actor called 'Clean Denmrk' — did you mean 'CLEAN Denmark'?",
    );
    const lat = errors(result).find((p) => place(p) === 'actors!E3');
    expect(lat?.pointer).toBe('/actors/1/lat');
    expect(lat?.column).toEqual({ header: 'lat', letter: 'E' });
  });

  it('skips bad rows and the rows that depend on them, leaving a valid dataset', () => {
    const kept = result.skipBadRows;
    expect(result.valid).toBe(false);
    expect(kept.valid).toBe(true);
    expect(kept.skipped.map((s) => `${s.sheet}!${s.row}`).sort()).toEqual(
      ['actors!3', 'actors!4', 'actors!5', 'agreements!2', 'agreements!3', 'agreements!4'].sort(),
    );
    expect(kept.dataset.actors.map((a) => a.id)).toEqual(['cleantech-finland']);
    expect(kept.counts).toMatchObject({ actors: 1, agreements: 0 });
  });

  it('reports a missing required column once, for the whole sheet', () => {
    const missing = importSheets([
      {
        name: 'actors',
        rows: [
          ['id', 'label', 'kind'],
          ['a', 'A', 'cluster'],
        ],
      },
    ]);
    const [problem] = errors(missing);
    expect(problem && formatSheetProblem(problem)).toMatch(
      /^actors: no 'country' column: add a column headed 'country'/,
    );
    expect(missing.skipBadRows.valid).toBe(false);
  });
});
