// Spreadsheet import/export without the .xlsx code: CSV, the import preview, and a lazy loader for the .xlsx module.
export { importSheets, formatSheetProblem } from './import';
export { readCsvFiles, decodeCsvBytes, datasetToCsvFiles, makeTemplateCsvFiles, CsvError, type TextFile } from './csv';
export type * from './types';

/** Loads the .xlsx reader/writer on demand; bundlers split it (and fflate) into its own chunk. */
export const loadXlsx = (): Promise<typeof import('./xlsx')> => import('./xlsx');
