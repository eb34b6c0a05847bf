// The messages between the spreadsheet client and its Web Worker: files in; the preview, and the one loadable dataset in parts, out.
import type { ImportOptions, SheetImport, SheetTable, SkippedImport } from '../model/sheets/types';
import type { Dataset } from '../model/types';
import { joinPart, type DatasetPart } from './dataset-parts';

/** One picked file: its name (which says .xlsx or .csv, and names a CSV sheet) and its bytes. */
export interface SheetFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * `read`: one .xlsx workbook or CSV files, read, resolved and validated as the preview shows them.
 * `import`: the files of the last `read` again, with the user's choices from the preview (a column or
 * sheet read as another); the worker keeps those tables, so they never cross to the main thread.
 */
export type SheetRequest =
  { id: number; type: 'read'; files: SheetFile[] } | { id: number; type: 'import'; options: ImportOptions };

/**
 * The import as the main thread keeps it: without the dataset of every row (errors included), which
 * cannot be loaded; `dataset` is the loadable one, set where the result (or its skip-bad-rows version) is valid.
 */
export type PreviewResult = Omit<SheetImport, 'dataset' | 'skipBadRows'> & {
  dataset: Dataset | null;
  skipBadRows: Omit<SkippedImport, 'dataset'> & { dataset: Dataset | null };
};

/** What a request gives: the preview (with each sheet's first rows, where the header is, after a `read`), or one reason. */
export type SheetOutcome =
  { ok: true; heads: SheetTable[] | null; result: PreviewResult } | { ok: false; reason: string };

/**
 * The answer to a request, in order: the loadable dataset with empty `actors` and `agreements` (`head`,
 * when there is one), those lists in parts, then `done` with the rest of the preview; or `failed`.
 * Parts keep each message a short task on the main thread, as for JSON (dataset-parts.ts).
 */
export type SheetReply =
  | { id: number; type: 'head'; head: Record<string, unknown> }
  | ({ id: number; type: 'part' } & DatasetPart)
  | {
      id: number;
      type: 'done';
      heads: SheetTable[] | null;
      result: Omit<PreviewResult, 'dataset' | 'skipBadRows'> & {
        skipBadRows: Omit<PreviewResult['skipBadRows'], 'dataset'>;
      };
    }
  | { id: number; type: 'failed'; reason: string };

/** Puts one request's replies back together; `accept` gives the outcome on the last one. */
export function collectReplies(): (reply: SheetReply) => SheetOutcome | undefined {
  let dataset: Record<string, unknown> | null = null;
  return (reply) => {
    if (reply.type === 'head') dataset = reply.head;
    else if (reply.type === 'part') joinPart(dataset, reply);
    else if (reply.type === 'failed') return { ok: false, reason: reply.reason };
    else {
      const loadable = dataset as unknown as Dataset | null;
      const { result } = reply;
      return {
        ok: true,
        heads: reply.heads,
        result: {
          ...result,
          dataset: result.valid ? loadable : null,
          skipBadRows: { ...result.skipBadRows, dataset: result.skipBadRows.valid ? loadable : null },
        },
      };
    }
    return undefined;
  };
}
