// The .xlsx side of spreadsheets, kept in its own module so the app loads it (and fflate) only when a workbook is opened.
import type { Dataset } from '../types';
import { datasetToTables, templateTables } from './export';
import { writeXlsx } from './xlsx-write';

export { readXlsx, WorkbookError } from './xlsx-read';
export { writeXlsx, type CellValue, type WorkbookSheet } from './xlsx-write';

/** A dataset as an .xlsx workbook in the import layout (actors, agreements, then the optional lists). */
export const datasetToWorkbook = (dataset: Dataset): Uint8Array => writeXlsx(datasetToTables(dataset));

/** An empty, documented workbook: actors, agreements, sectors and sources with headers and an example, and notes. */
export const makeTemplateWorkbook = (): Uint8Array => writeXlsx(templateTables());
