// The sheets worker's handler and client: the same preview as importSheets, parts, the fallback where there is no worker, and cancelling.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText } from '../../../src/state/actions';
import { loadImport, openSpreadsheetFiles, setSheetsClient, useImport } from '../../../src/state/import';
import { loadDatasetFromFile } from '../../../src/state/load';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { importSheets } from '../../../src/model/sheets';
import { writeXlsx } from '../../../src/model/sheets/xlsx-write';
import { createSheetJobs, tableHeads } from '../../../src/worker/sheets-job';
import { createSheetsClient, type SheetsWorkerLike } from '../../../src/worker/sheets-client';
import {
  collectReplies,
  type SheetOutcome,
  type SheetReply,
  type SheetRequest,
} from '../../../src/worker/sheets-protocol';
import { PART_SIZE } from '../../../src/worker/dataset-parts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const ACTORS = 'id,label,kind,country\nfi,F,cluster,FI\nse,S,cluster,SE\ndk,D,cluster,DK\n';
const GOOD = 'id,kind,parties\nfi-se,bilateral,fi; se\n';
const BAD = 'id,kind,parties\nfi-se,bilateral,fi; se\nfi-xx,bilateral,fi; nobody\n';
const csvFiles = (agreements: string) => [
  { name: 'actors.csv', bytes: bytes(ACTORS) },
  { name: 'agreements.csv', bytes: bytes(agreements) },
];

/** Runs the handler and collects its replies, each structured-cloned as postMessage would. */
function run(handle: ReturnType<typeof createSheetJobs>, request: SheetRequest) {
  const replies: SheetReply[] = [];
  handle(request, (reply) => replies.push(structuredClone(reply)));
  const accept = collectReplies();
  let outcome: SheetOutcome | undefined;
  for (const reply of replies) outcome = accept(reply) ?? outcome;
  return { replies, outcome: outcome! };
}

describe('the sheets job (what the worker runs)', () => {
  it('gives importSheets’s preview for CSV files, with only the loadable dataset', () => {
    const { outcome, replies } = run(createSheetJobs(), { id: 1, type: 'read', files: csvFiles(GOOD) });
    const expected = importSheets([
      {
        name: 'actors.csv',
        rows: ACTORS.trim()
          .split('\n')
          .map((l) => l.split(',')),
      },
      {
        name: 'agreements.csv',
        rows: GOOD.trim()
          .split('\n')
          .map((l) => l.split(',')),
      },
    ]);
    expect(replies.map((r) => r.type)).toEqual(['head', 'part', 'part', 'done']);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.valid).toBe(true);
    expect(outcome.result.dataset).toEqual(expected.dataset);
    expect(outcome.result.skipBadRows.dataset).toBe(outcome.result.dataset);
    expect(outcome.result.problems).toEqual(expected.problems);
    expect(outcome.heads?.map((t) => t.name)).toEqual(['actors.csv', 'agreements.csv']);
  });

  it('sends the skip-bad-rows dataset when only that one is valid, and no dataset of every row', () => {
    const { outcome } = run(createSheetJobs(), { id: 1, type: 'read', files: csvFiles(BAD) });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.valid).toBe(false);
    expect(outcome.result.dataset).toBeNull();
    expect(outcome.result.skipBadRows.dataset?.agreements.map((a) => a.id)).toEqual(['fi-se']);
    expect(outcome.result.skipBadRows.skipped).toEqual([{ sheet: 'agreements.csv', row: 3 }]);
  });

  it('sends 10,001 agreements in parts of PART_SIZE and puts them back in order', { timeout: 30_000 }, () => {
    const rows = ['id,kind,parties', ...Array.from({ length: 10_001 }, (_, i) => `t${i},bilateral,fi; se`)];
    const { outcome, replies } = run(createSheetJobs(), {
      id: 1,
      type: 'read',
      files: csvFiles(`${rows.join('\n')}\n`),
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const parts = replies.filter((r) => r.type === 'part' && r.field === 'agreements');
    expect(parts).toHaveLength(Math.ceil(10_001 / PART_SIZE));
    expect(outcome.result.dataset?.agreements.map((a) => a.id)).toEqual(
      Array.from({ length: 10_001 }, (_, i) => `t${i}`),
    );
  });

  it('reads an .xlsx workbook, keeps its tables for a re-import with the user’s choices', () => {
    const workbook = writeXlsx([
      { name: 'Summary', rows: [['actors', 3]] },
      {
        name: 'actors',
        rows: ACTORS.trim()
          .split('\n')
          .map((l) => l.split(',')),
      },
      {
        name: 'agreements',
        rows: GOOD.trim()
          .split('\n')
          .map((l) => l.split(',')),
      },
    ]);
    const handle = createSheetJobs();
    const first = run(handle, { id: 1, type: 'read', files: [{ name: 'book.xlsx', bytes: workbook }] }).outcome;
    if (!first.ok) throw new Error(first.reason);
    expect(first.result.valid).toBe(true);
    expect(first.result.sheets.map((s) => s.kind)).toEqual([null, 'actors', 'agreements']);
    const again = run(handle, { id: 2, type: 'import', options: { sheetKinds: { agreements: null } } }).outcome;
    if (!again.ok) throw new Error(again.reason);
    expect(again.heads).toBeNull();
    expect(again.result.counts.agreements).toBe(0);
  });

  it('answers a reader failure with one reason, and a re-import without files with "open it again"', () => {
    const handle = createSheetJobs();
    expect(run(handle, { id: 1, type: 'import', options: {} }).outcome).toEqual({
      ok: false,
      reason: 'the file is no longer held in memory: open it again',
    });
    const broken = run(handle, { id: 2, type: 'read', files: [{ name: 'b.xlsx', bytes: bytes('not a zip') }] });
    expect(broken.outcome).toEqual({
      ok: false,
      reason: 'not an .xlsx workbook (an .xlsx file is a zip archive; old .xls files must be saved as .xlsx)',
    });
    const unclosed = run(handle, {
      id: 3,
      type: 'read',
      files: [{ name: 'agreements.csv', bytes: bytes('id,kind,parties\n"t,bilateral,a; b\n') }],
    });
    expect(unclosed.outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/never closed/) });
  });

  it('keeps of each sheet only the rows down to its 20th filled row for the preview', () => {
    const rows = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? [`r${i}`] : ['']));
    const [head] = tableHeads([{ name: 's', rows }]);
    expect(head?.rows).toHaveLength(39);
  });
});

/** Runs the real handler a turn later, every message cloned and delivered as its own task, as a worker's are. */
class FakeWorker implements SheetsWorkerLike {
  onmessage: ((event: MessageEvent<SheetReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: SheetRequest['type'][] = [];
  private readonly handle = createSheetJobs();
  constructor(private readonly crash = false) {}
  postMessage(message: SheetRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy.type);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crash) return this.onerror?.(new Event('error') as ErrorEvent);
      this.handle(copy, (reply) => {
        const clone = structuredClone(reply);
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: clone } as MessageEvent<SheetReply>);
        }, 0);
      });
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const hereHandler = async () => createSheetJobs();

describe('the sheets client', () => {
  it('reads in the worker and re-imports there; reimportNow leaves it to the worker', async () => {
    const worker = new FakeWorker();
    const client = createSheetsClient({ createWorker: () => worker, loadHandler: hereHandler });
    const outcome = await client.read(csvFiles(GOOD));
    expect(outcome).toMatchObject({ ok: true, result: { valid: true, counts: { actors: 3, agreements: 1 } } });
    expect(client.reimportNow({ sheetKinds: { 'agreements.csv': null } })).toBeUndefined();
    const again = await client.reimport({ sheetKinds: { 'agreements.csv': null } });
    expect(again).toMatchObject({ ok: true, result: { counts: { agreements: 0 } } });
    expect(worker.received).toEqual(['read', 'import']);
  });

  it('runs on this thread where there is no worker, and re-imports at once (synchronously)', async () => {
    const client = createSheetsClient({ createWorker: () => null, loadHandler: hereHandler });
    const outcome = await client.read(csvFiles(BAD));
    expect(outcome).toMatchObject({ ok: true, result: { valid: false } });
    const now = client.reimportNow({ columns: { 'agreements.csv': { parties: null } } });
    expect(now).toMatchObject({ ok: true, result: { valid: false } });
  });

  it('falls back to this thread when the worker fails to load, for the read in flight', async () => {
    let made = 0;
    const client = createSheetsClient({
      createWorker: () => (made++, new FakeWorker(true)),
      loadHandler: hereHandler,
    });
    expect(await client.read(csvFiles(GOOD))).toMatchObject({ ok: true, result: { valid: true } });
    expect(await client.read(csvFiles(GOOD))).toMatchObject({ ok: true });
    expect(made).toBe(1);
  });

  it('cancel: the read in flight gives null, its worker is stopped, and the next read starts a new one', async () => {
    const workers: FakeWorker[] = [];
    const client = createSheetsClient({
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      loadHandler: hereHandler,
    });
    const first = client.read(csvFiles(GOOD));
    client.cancel();
    expect(await first).toBeNull();
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.read(csvFiles(BAD))).toMatchObject({ ok: true, result: { valid: false } });
    expect(workers).toHaveLength(2);
    // Nothing in flight: cancel keeps the worker (and the tables it holds for re-imports).
    client.cancel();
    expect(workers[1]?.terminated).toBe(false);
    expect(await client.reimport({})).toMatchObject({ ok: true });
  });
});

describe('the latest load wins over a spreadsheet read in the worker', () => {
  beforeEach(() => {
    resetAtlas();
    useImport.setState({ preview: null });
  });
  afterEach(() => setSheetsClient(null));

  const picked = (name: string, text: string) => ({
    name,
    arrayBuffer: async () => bytes(text).buffer as ArrayBuffer,
  });
  const json = JSON.stringify({
    format: 'alliance-graph@1',
    title: 'Chosen later',
    actors: [
      { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
      { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
    ],
    agreements: [{ id: 'ab', kind: 'bilateral', parties: ['a', 'b'] }],
  });

  it('a JSON file opened while the workbook is read stops the worker; no preview opens and the JSON stays', async () => {
    const worker = new FakeWorker();
    setSheetsClient(createSheetsClient({ createWorker: () => worker, loadHandler: hereHandler }));
    const sheets = openSpreadsheetFiles([picked('actors.csv', ACTORS), picked('agreements.csv', GOOD)]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await loadDatasetFromFile({ name: 'later.json', text: async () => json })).toBe(true);
    expect(await sheets).toBe(false);
    expect(worker.terminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(useImport.getState().preview).toBeNull();
    expect(useAtlas.getState().dataset?.title).toBe('Chosen later');
    expect(useAtlas.getState().failure).toBeNull();
  });

  it('the previous dataset stays on screen while the preview of a workbook read in the worker is open', async () => {
    loadDatasetFromText(json, 'before.json');
    setSheetsClient(createSheetsClient({ createWorker: () => new FakeWorker(), loadHandler: hereHandler }));
    expect(await openSpreadsheetFiles([picked('actors.csv', ACTORS), picked('agreements.csv', GOOD)])).toBe(true);
    expect(useAtlas.getState().source).toBe('before.json');
    expect(loadImport('all')).toBe(true);
    expect(useAtlas.getState().source).toBe('actors.csv + agreements.csv');
    expect(useAtlas.getState().dataset?.agreements.map((a) => a.id)).toEqual(['fi-se']);
  });
});
