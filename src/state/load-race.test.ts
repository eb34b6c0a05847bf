// Loads that overlap (the last one started wins), a Cancel that keeps the dataset, and failures tagged by kind.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LoadResult } from '../model/types';
import { parseDatasetText } from '../model/validate';
import type { ParseClient } from '../worker/parse-client';
import { loadDatasetFromText } from './actions';
import { cancelDownload, useDownload } from './download';
import { loadImport, openSpreadsheetFiles, useImport } from './import';
import { loadBundledSample, loadDatasetFromFile, loadDatasetFromUrl, type Fetcher } from './load';
import { resetAtlas, useAtlas } from './store';

const PAGE = 'https://host.example/app/';
const datasetText = (title: string) =>
  JSON.stringify({
    format: 'alliance-graph@1',
    title,
    actors: [
      { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
      { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
    ],
    agreements: [{ id: 'ab', kind: 'bilateral', parties: ['a', 'b'] }],
  });

/** A parser whose results the test releases one by one, in any order. */
function heldParser() {
  const held: Array<() => void> = [];
  const parser: ParseClient = {
    parse: (text) =>
      new Promise<LoadResult>((resolve) => {
        held.push(() => resolve(parseDatasetText(text)));
      }),
    warm: () => undefined,
    dispose: () => undefined,
  };
  return { parser, held };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const ok = (body: string) => ({ ok: true, status: 200, statusText: 'OK', text: async () => body });

/** A fetcher that answers only when the test says, honouring the abort signal like fetch. */
function heldFetcher() {
  const answers = new Map<string, (body: string) => void>();
  const fetcher: Fetcher = (url, init) =>
    new Promise((resolve, reject) => {
      answers.set(url, (body) => resolve(ok(body)));
      init?.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { fetcher, answers };
}

beforeEach(() => {
  resetAtlas();
  useImport.setState({ preview: null });
  useDownload.setState({ active: null });
  loadDatasetFromText(datasetText('Before'), 'before.json');
});

describe('overlapping loads: the last one started wins', () => {
  it('a JSON file whose parse finishes after a second JSON file started is dropped', async () => {
    const { parser, held } = heldParser();
    const first = loadDatasetFromFile({ name: 'big.json', text: async () => datasetText('Big') }, parser);
    await flush();
    const second = loadDatasetFromFile({ name: 'small.json', text: async () => datasetText('Small') }, parser);
    await flush();
    held[1]?.();
    expect(await second).toBe(true);
    held[0]?.();
    expect(await first).toBe(false);
    expect(useAtlas.getState().dataset?.title).toBe('Small');
    expect(useAtlas.getState().source).toBe('small.json');
  });

  it('a spreadsheet import opened while a big JSON parses keeps its preview, and the JSON never replaces the dataset', async () => {
    const { parser, held } = heldParser();
    const json = loadDatasetFromFile({ name: 'big.json', text: async () => datasetText('Big') }, parser);
    await flush();
    const csv = (name: string, text: string) => ({
      name,
      arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    });
    const opened = await openSpreadsheetFiles([
      csv('actors.csv', 'id,label,kind,country\nfi,F,cluster,FI\nse,S,cluster,SE'),
      csv('agreements.csv', 'id,kind,parties\nfi-se,bilateral,fi; se'),
    ]);
    expect(opened).toBe(true);
    held[0]?.();
    expect(await json).toBe(false);
    expect(useAtlas.getState().dataset?.title).toBe('Before');
    expect(useAtlas.getState().failure).toBeNull();
    expect(useImport.getState().preview?.source).toBe('actors.csv + agreements.csv');
  });

  it('loading the spreadsheet preview after opening a JSON file: the preview is kept, the JSON dropped', async () => {
    const csv = (name: string, text: string) => ({
      name,
      arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    });
    await openSpreadsheetFiles([
      csv('actors.csv', 'id,label,kind,country\nfi,F,cluster,FI\nse,S,cluster,SE'),
      csv('agreements.csv', 'id,kind,parties\nfi-se,bilateral,fi; se'),
    ]);
    const { parser, held } = heldParser();
    const json = loadDatasetFromFile({ name: 'big.json', text: async () => datasetText('Big') }, parser);
    await flush();
    expect(loadImport('all')).toBe(true);
    held[0]?.();
    expect(await json).toBe(false);
    expect(useAtlas.getState().source).toBe('actors.csv + agreements.csv');
  });

  it('a ?data= download still running is cancelled by a newer load, silently (no failure shown)', async () => {
    const { fetcher, answers } = heldFetcher();
    const url = loadDatasetFromUrl('slow.json', { base: PAGE, fetcher, parser: heldParser().parser });
    await flush();
    expect(useDownload.getState().active?.source).toBe('slow.json');
    expect(await loadDatasetFromFile({ name: 'mine.json', text: async () => datasetText('Mine') })).toBe(true);
    expect(await url).toBe(false);
    answers.get(`${PAGE}slow.json`)?.(datasetText('Slow'));
    await flush();
    expect(useAtlas.getState().dataset?.title).toBe('Mine');
    expect(useAtlas.getState().failure).toBeNull();
    expect(useDownload.getState().active).toBeNull();
  });

  it('two ?data= answers arriving out of order: the later load is kept', async () => {
    const { fetcher, answers } = heldFetcher();
    const first = loadDatasetFromUrl('one.json', { base: PAGE, fetcher });
    await flush();
    const second = loadDatasetFromUrl('two.json', { base: PAGE, fetcher });
    await flush();
    answers.get(`${PAGE}two.json`)?.(datasetText('Two'));
    answers.get(`${PAGE}one.json`)?.(datasetText('One'));
    expect(await second).toBe(true);
    expect(await first).toBe(false);
    expect(useAtlas.getState().dataset?.title).toBe('Two');
  });
});

describe('Cancel and failure kinds', () => {
  it('Cancel stops the download, keeps the dataset shown and says it was cancelled', async () => {
    const { fetcher } = heldFetcher();
    const url = loadDatasetFromUrl('slow.json', { base: PAGE, fetcher });
    await flush();
    cancelDownload();
    expect(await url).toBe(false);
    const { dataset, failure, loading } = useAtlas.getState();
    expect(dataset?.title).toBe('Before');
    expect(loading).toBeNull();
    expect(failure?.kind).toBe('stopped');
    expect(failure?.problems[0]?.message).toBe(`The download of ${PAGE}slow.json was cancelled.`);
    expect(useDownload.getState().active).toBeNull();
  });

  it('shows no progress bar for the bundled sample, which arrives at once', async () => {
    const { fetcher, answers } = heldFetcher();
    const sample = loadBundledSample(PAGE, fetcher);
    await flush();
    expect(useDownload.getState().active).toBeNull();
    for (const answer of answers.values()) answer(datasetText('Sample'));
    expect(await sample).toBe(true);
  });

  it('tags each failure with its kind: address, network, server, contents', async () => {
    const kindOf = async (raw: string, fetcher: Fetcher) => {
      await loadDatasetFromUrl(raw, { base: PAGE, fetcher });
      return useAtlas.getState().failure?.kind;
    };
    const good = async () => ok(datasetText('x'));
    expect(await kindOf('javascript:alert(1)', good)).toBe('address');
    expect(
      await kindOf('d.json', async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe('network');
    expect(
      await kindOf('d.json', async () => ({ ok: false, status: 404, statusText: 'Not Found', text: async () => '' })),
    ).toBe('server');
    expect(await kindOf('d.json', async () => ok('{"format": 1}'))).toBe('contents');
    expect(useAtlas.getState().dataset?.title).toBe('Before');
  });

  it('loads a UTF-16 download (BOM) and refuses bytes that are no text with one reason', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...datasetText('Wide')].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const bytesAnswer =
      (bytes: Uint8Array<ArrayBuffer>): Fetcher =>
      async () => ({
        ...ok(''),
        body: new Blob([bytes]).stream(),
      });
    expect(await loadDatasetFromUrl('wide.json', { base: PAGE, fetcher: bytesAnswer(utf16) })).toBe(true);
    expect(useAtlas.getState().dataset?.title).toBe('Wide');
    expect(
      await loadDatasetFromUrl('junk.bin', {
        base: PAGE,
        fetcher: bytesAnswer(new Uint8Array([0x80, 0xff, 0x00, 0xc3])),
      }),
    ).toBe(false);
    expect(useAtlas.getState().failure?.problems[0]?.message).toBe(
      `${PAGE}junk.bin: it is not UTF-8 or UTF-16 text (a spreadsheet or a binary file? convert it first with npm run convert, or save it as UTF-8).`,
    );
  });
});
