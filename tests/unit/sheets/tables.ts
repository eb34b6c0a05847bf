// Small sheets shared by the import tests.
import type { SheetImport, SheetProblem, SheetTable } from '../../../src/model/sheets/types';

export const ACTORS: SheetTable = {
  name: 'actors',
  rows: [
    ['id', 'label', 'kind', 'country', 'sectors'],
    ['cleantech-finland', 'Cleantech Finland', 'cluster', 'FI', 'cleantech'],
    ['clean-denmark', 'CLEAN Denmark', 'cluster', 'DK', 'cleantech'],
    ['latvian-it', 'Latvian IT Cluster', 'cluster', 'LV', 'digital'],
  ],
};
export const agreements = (...rows: string[][]): SheetTable => ({
  name: 'agreements',
  rows: [['id', 'kind', 'parties', 'since', 'until'], ...rows],
});
export const errors = (result: SheetImport): SheetProblem[] => result.problems.filter((p) => p.severity === 'error');
