// Header rows people actually write: a column typed twice, a sheet with no header, a title row above the header.
import { describe, expect, it } from 'vitest';
import { formatSheetProblem, importSheets } from '../../../src/model/sheets/import';
import { ACTORS } from './tables';

describe('a header typed twice', () => {
  it("reports a repeated synonym ('partners, partners') as a column that appears twice, naming both columns", () => {
    const result = importSheets([
      ACTORS,
      {
        name: 'agreements',
        rows: [
          ['id', 'kind', 'partners', 'partners'],
          ['t', 'bilateral', 'cleantech-finland; clean-denmark', 'latvian-it'],
        ],
      },
    ]);
    const messages = result.problems.map(formatSheetProblem);
    expect(messages).toContain(
      "agreements row 1, partners: column 'partners' appears twice (columns C and D): this one is ignored (delete it or give it another name)",
    );
    expect(result.dataset.agreements[0]).not.toHaveProperty('partners');
    expect(result.dataset.agreements[0]?.parties).toEqual(['cleantech-finland', 'clean-denmark']);
  });
});
