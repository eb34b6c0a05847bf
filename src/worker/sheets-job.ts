// The spreadsheet import the worker runs (and the main thread, where there is no worker): read, resolve, validate, reply in parts.
import { messageOf } from '../model/errors';
import { decodeCsvBytes, importSheets, readCsvFiles } from '../model/sheets';
import { HEADER_SEARCH_ROWS } from '../model/sheets/records';
import type { SheetImport, SheetTable } from '../model/sheets/types';
import { readXlsx } from '../model/sheets/xlsx-read';
import { splitDataset } from './dataset-parts';
import type { SheetFile, SheetReply, SheetRequest } from './sheets-protocol';

const isWorkbook = (name: string): boolean => /\.xlsx$/i.test(name);

/** The sheets of the files: one workbook, or CSV files (UTF-8 or Windows-1252). Throws the reader's error. */
export function readSheetFiles(files: readonly SheetFile[]): SheetTable[] {
  const [first] = files;
  if (first && isWorkbook(first.name)) return readXlsx(first.bytes);
  return readCsvFiles(files.map((file) => ({ name: file.name, text: decodeCsvBytes(file.bytes).text })));
}

/** Each sheet's rows down to the last one the header may be in: all the preview's column table shows. */
export function tableHeads(tables: readonly SheetTable[]): SheetTable[] {
  return tables.map((table) => {
    let filled = 0;
    let end = 0;
    while (end < table.rows.length && filled < HEADER_SEARCH_ROWS) {
      if ((table.rows[end] ?? []).some((cell) => cell.trim() !== '')) filled += 1;
      end += 1;
    }
    return { name: table.name, rows: table.rows.slice(0, end) };
  });
}

/** Posts an import: its loadable dataset (head, then parts), then the rest of the preview. */
function postImport(id: number, result: SheetImport, heads: SheetTable[] | null, post: (r: SheetReply) => void): void {
  const { dataset: all, skipBadRows, ...rest } = result;
  const loadable = result.valid ? all : skipBadRows.valid ? skipBadRows.dataset : null;
  if (loadable) {
    // The key order kept (format first); the two long lists follow in parts.
    const { head, parts } = splitDataset(loadable);
    post({ id, type: 'head', head });
    for (const part of parts) post({ id, type: 'part', ...part });
  }
  const { dataset: _skipped, ...skipRest } = skipBadRows;
  post({ id, type: 'done', heads, result: { ...rest, skipBadRows: skipRest } });
}

/**
 * A handler for requests, holding the last files' tables so a re-import with the user's choices does
 * not send them again. Every failure of the readers is one `failed` reply with its message.
 */
export function createSheetJobs(): (request: SheetRequest, post: (reply: SheetReply) => void) => void {
  let tables: SheetTable[] | null = null;
  return (request, post) => {
    const { id } = request;
    try {
      if (request.type === 'read') {
        tables = null;
        tables = readSheetFiles(request.files);
        postImport(id, importSheets(tables), tableHeads(tables), post);
      } else if (tables === null) {
        post({ id, type: 'failed', reason: 'the file is no longer held in memory: open it again' });
      } else postImport(id, importSheets(tables, request.options), null, post);
    } catch (cause) {
      post({ id, type: 'failed', reason: messageOf(cause) });
    }
  };
}
