// importSheets: which sheets are read, empty sheets, ids made from labels, and the choices of an import preview.
import { describe, expect, it } from 'vitest';
import { formatSheetProblem, importSheets } from '../../../src/model/sheets/import';
import { ACTORS, agreements } from './tables';

describe('importSheets: sheets, ids and choices', () => {
  it('warns about ignored sheets, headerless columns and repeated columns; skips notes quietly', () => {
    const result2 = importSheets([
      { ...ACTORS, rows: ACTORS.rows.map((row, i) => [...row, i === 0 ? 'Label' : 'dup', '', i === 1 ? 'stray' : '']) },
      agreements(['t', 'multilateral', 'cleantech-finland; clean-denmark; latvian-it', '2010', '']),
      {
        name: 'sectors',
        rows: [
          ['id', 'label'],
          ['cleantech', 'Cleantech'],
          ['digital', 'Digital'],
        ],
      },
      { name: 'Notes', rows: [['anything at all']] },
      { name: 'Sheet3', rows: [['foo', 'bar']] },
    ]);
    expect(result2.valid).toBe(true);
    const warnings = result2.problems.filter((p) => p.severity === 'warning').map(formatSheetProblem);
    expect(warnings).toContain(
      "actors row 1, Label: column 'Label' appears twice (columns B and F): this one is ignored (delete it or give it another name)",
    );
    expect(warnings).toContain(
      'actors row 1, column H: column H has values but no header: they are ignored (give the column a name to keep them)',
    );
    expect(warnings.filter((w) => w.startsWith('Sheet3:'))).toHaveLength(1);
    expect(warnings.some((w) => w.startsWith('Notes'))).toBe(false);
    expect(result2.dataset.actors[0]?.label).toBe('Cleantech Finland');
  });

  it('reads an empty sheet (or one with only a header) as an empty list, without complaints', () => {
    const result4 = importSheets([
      ACTORS,
      agreements(['t', 'multilateral', 'cleantech-finland; clean-denmark; latvian-it', '2010', '']),
      {
        name: 'sectors',
        rows: [
          ['id', 'label'],
          ['cleantech', 'Cleantech'],
          ['digital', 'Digital'],
        ],
      },
      { name: 'views', rows: [] },
      { name: 'countries', rows: [['code', 'label']] },
    ]);
    expect(result4.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result4.dataset.views).toEqual([]);
    expect(result4.dataset.countries).toEqual([]);
  });

  it('makes ids from labels (or rows) when none are given, and says so once per sheet', () => {
    const result3 = importSheets([
      {
        name: 'actors',
        rows: [
          ['label', 'kind', 'country'],
          ['Ålands Energi', 'cluster', 'AX'],
          ['Cleantech Finland', 'cluster', 'FI'],
        ],
      },
      {
        name: 'agreements',
        rows: [
          ['kind', 'parties'],
          ['bilateral', 'Ålands Energi; Cleantech Finland'],
        ],
      },
    ]);
    expect(result3.dataset.actors.map((a) => a.id)).toEqual(['alands-energi', 'cleantech-finland']);
    expect(result3.dataset.agreements[0]?.id).toBe('agreement-row-2');
    const made = result3.problems.filter((p) => p.message.startsWith('no id given'));
    expect(made.map(formatSheetProblem)).toEqual([
      "actors row 2: no id given: made 'alands-energi' from the label and 1 more (write ids in an id column to choose them)",
      "agreements row 2: no id given: made 'agreement-row-2' from the row number (write ids in an id column to choose them)",
    ]);
  });

  it('follows the choices made in a preview: a sheet read as some list or left out, columns re-mapped', () => {
    const result5 = importSheets(
      [
        {
          name: 'Sheet1',
          rows: [
            ['Org', 'Category', 'Land', 'Budget (EUR)', 'Label'],
            ['Cleantech Finland', 'cluster', 'FI', '1500', 'old name'],
            ['CLEAN Denmark', 'cluster', 'DK', '', 'old name'],
          ],
        },
        { name: 'actors', rows: [['id'], ['stale']] },
        agreements(['t', 'bilateral', 'Cleantech Finland; CLEAN Denmark', '2011', '']),
      ],
      {
        sheetKinds: { Sheet1: 'actors', actors: null },
        columns: { Sheet1: { Org: 'label', Land: 'country', 'Budget (EUR)': 'budget', Label: null } },
      },
    );
    expect(result5.sheets.map((s) => [s.name, s.kind, s.detectedBy])).toEqual([
      ['Sheet1', 'actors', 'choice'],
      ['actors', null, null],
      ['agreements', 'agreements', 'name'],
    ]);
    expect(result5.sheets[0]?.columns.map((c) => [c.header, c.field, c.known])).toEqual([
      ['Org', 'label', true],
      ['Category', 'kind', true],
      ['Land', 'country', true],
      ['Budget (EUR)', 'budget', false],
    ]);
    expect(result5.valid).toBe(true);
    expect(result5.dataset.actors[0]).toEqual({
      id: 'cleantech-finland',
      label: 'Cleantech Finland',
      kind: 'cluster',
      country: 'FI',
      budget: 1500,
    });
  });

  it('reads the dataset sheet (key, value) and places its problems on its rows', () => {
    const result6 = importSheets([
      ACTORS,
      agreements(['t', 'multilateral', 'cleantech-finland; clean-denmark; latvian-it', '2010', '']),
      {
        name: 'sectors',
        rows: [
          ['id', 'label'],
          ['cleantech', 'Cleantech'],
          ['digital', 'Digital'],
        ],
      },
      {
        name: 'dataset',
        rows: [
          ['key', 'value'],
          ['Title', 'BSR clusters'],
          ['format', 'alliance-graph@2'],
          ['curator', '{"name":"Jane"}'],
        ],
      },
    ]);
    expect(result6.dataset).toMatchObject({ title: 'BSR clusters', curator: { name: 'Jane' } });
    const format = result6.problems.find((p) => p.pointer === '/format');
    expect(format && [format.sheet, format.row, format.column?.letter]).toEqual(['dataset', 3, 'B']);
    expect(result6.skipBadRows.valid).toBe(true);
    expect(result6.skipBadRows.dataset.format).toBe('alliance-graph@1');
  });
});
