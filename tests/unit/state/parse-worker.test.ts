// The worker path of dataset loading: the same dataset and problems as parseDatasetText, fallbacks, and the store left alone on errors.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { parseDatasetText } from '../../../src/model/validate';
import { loadDatasetFromFile, loadDatasetFromUrl, type Fetcher } from '../../../src/state/load';
import { DEFAULT_DATASET_URL } from '../../../src/state/default-dataset';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { createParseClient, type ParseWorkerLike } from '../../../src/worker/parse-client';
import { createParseHandler } from '../../../src/worker/parse-handler';
import type { ParseReply, ParseRequest } from '../../../src/worker/parse-protocol';

/** Runs the real handler on a later turn, every message structured-cloned and delivered as its own task, as a worker's are. */
class FakeWorker implements ParseWorkerLike {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ParseRequest[] = [];
  replies: ParseReply['type'][] = [];
  terminated = false;
  private readonly handle = createParseHandler();
  constructor(private readonly crash = false) {}
  postMessage(message: ParseRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crash) this.onerror?.(new Event('error') as ErrorEvent);
      else {
        void this.handle(copy, (reply) => {
          const clone = structuredClone(reply);
          this.replies.push(clone.type);
          setTimeout(() => {
            if (!this.terminated) this.onmessage?.({ data: clone } as MessageEvent<ParseReply>);
          }, 0);
        });
      }
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const invalidFixtures = readdirSync(new URL('../../fixtures/invalid/', import.meta.url)).map(
  (name) => `invalid/${name}`,
);
const validFixtures = readdirSync(new URL('../../fixtures/valid/', import.meta.url)).map((name) => `valid/${name}`);

/** Texts that exercise every kind of outcome: valid, warnings, syntax errors, shape and reference errors, a BOM. */
function texts(): [string, string][] {
  const generated = JSON.stringify(generateDataset({ actors: 200, agreements: 800, seed: 3 }));
  return [
    ...[...validFixtures, ...invalidFixtures].map((path): [string, string] => [path, fixture(path)]),
    ['bundled sample', readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8')],
    ['generated 200/800', generated],
    ['byte-order mark', `\uFEFF${fixture('valid/minimal.json')}`],
    ['a key written twice', fixture('valid/minimal.json').replace('"actors": []', '"actors": [], "actors": []')],
    ['truncated', generated.slice(0, 5000)],
    ['empty', ''],
  ];
}

beforeEach(resetAtlas);

describe('createParseClient with a worker', () => {
  for (const [name, text] of texts()) {
    it(`gives parseDatasetText's result for ${name}`, async () => {
      const worker = new FakeWorker();
      const client = createParseClient({ createWorker: () => worker, workerFrom: 0 });
      expect(await client.parse(text)).toEqual(parseDatasetText(text));
      expect(worker.received).toHaveLength(1);
    });
  }

  it('sends a large dataset in parts and puts it back together key for key', async () => {
    const text = JSON.stringify(generateDataset({ actors: 300, agreements: 9000, seed: 5 }));
    const worker = new FakeWorker();
    const client = createParseClient({ createWorker: () => worker, workerFrom: 0 });
    const result = await client.parse(text);
    expect(worker.replies).toEqual(['head', 'part', 'part', 'part', 'part', 'sent', 'done']);
    expect(result).toEqual(parseDatasetText(text));
    expect(result.ok && Object.keys(result.dataset)).toEqual(Object.keys(JSON.parse(text)));
  });

  it('hands the whole parsed value to onParsed before the verdict, the same object a valid verdict gives', async () => {
    const text = JSON.stringify(generateDataset({ actors: 300, agreements: 9000, seed: 5 }));
    const worker = new FakeWorker();
    const client = createParseClient({ createWorker: () => worker, workerFrom: 0 });
    const seen: Array<{ candidate: Record<string, unknown>; agreements: number; settled: boolean }> = [];
    let settled = false;
    const result = await client
      .parse(text, {
        onParsed: (candidate) =>
          seen.push({ candidate, agreements: (candidate.agreements as unknown[]).length, settled }),
      })
      .finally(() => (settled = true));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.agreements).toBe(9000);
    expect(seen[0]?.settled).toBe(false);
    expect(result.ok && result.dataset).toBe(seen[0]?.candidate);
  });

  it('hands an invalid dataset to onParsed too, and its verdict is still invalid', async () => {
    const data = generateDataset({ actors: 300, agreements: 9000, seed: 5 });
    data.agreements[7]!.parties = ['nobody-1', 'nobody-2'];
    const text = JSON.stringify(data);
    const client = createParseClient({ createWorker: () => new FakeWorker(), workerFrom: 0 });
    let parsed = 0;
    const result = await client.parse(text, { onParsed: () => parsed++ });
    expect(parsed).toBe(1);
    expect(result).toEqual(parseDatasetText(text));
    expect(result.ok).toBe(false);
  });

  it('keeps what JSON.parse keeps: a negative zero and an own "__proto__" key', async () => {
    const data = JSON.parse(fixture('valid/spec-example.json'));
    const text = JSON.stringify(data).replace('"actors":[{', '"actors":[{"x":-0,"y":0,"__proto__":{"note":1},');
    expect(text).toContain('"__proto__"');
    const client = createParseClient({ createWorker: () => new FakeWorker(), workerFrom: 0 });
    const result = await client.parse(text);
    const expected = parseDatasetText(text);
    expect(expected.ok).toBe(true);
    expect(result).toEqual(expected);
    const actor = result.ok ? (result.dataset.actors[0] as unknown as Record<string, unknown>) : {};
    expect(Object.is(actor.x, -0)).toBe(true);
    expect(Object.hasOwn(actor, '__proto__')).toBe(true);
  });

  it('keeps small texts on the main thread and starts no worker for them', async () => {
    let made = 0;
    const client = createParseClient({ createWorker: () => (made++, new FakeWorker()) });
    const text = fixture('valid/spec-example.json');
    expect(await client.parse(text)).toEqual(parseDatasetText(text));
    expect(made).toBe(0);
  });

  it('answers parses in flight by id, and reuses one worker', async () => {
    let made = 0;
    const client = createParseClient({ createWorker: () => (made++, new FakeWorker()), workerFrom: 0 });
    const [good, bad] = [fixture('valid/with-warnings.json'), fixture('invalid/references.json')];
    const [a, b] = await Promise.all([client.parse(good), client.parse(bad)]);
    expect(a).toEqual(parseDatasetText(good));
    expect(b).toEqual(parseDatasetText(bad));
    expect(made).toBe(1);
  });

  it('falls back to the main thread when the worker fails, for the pending parse and the next ones', async () => {
    const crashing = new FakeWorker(true);
    let made = 0;
    const client = createParseClient({ createWorker: () => (made++, crashing), workerFrom: 0 });
    const text = fixture('valid/spec-example.json');
    expect(await client.parse(text)).toEqual(parseDatasetText(text));
    expect(crashing.terminated).toBe(true);
    expect(await client.parse(text)).toEqual(parseDatasetText(text));
    expect(made).toBe(1);
  });

  it('parses on the main thread where there is no Worker (node, jsdom)', async () => {
    const client = createParseClient({ workerFrom: 0 });
    const text = fixture('invalid/wrong-types.json');
    expect(await client.parse(text)).toEqual(parseDatasetText(text));
  });
});

describe('loading through the worker', () => {
  const good = fixture('valid/spec-example.json');
  const bad = fixture('invalid/references.json');
  const serve =
    (body: string): Fetcher =>
    async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => body });
  const parser = () => createParseClient({ createWorker: () => new FakeWorker(), workerFrom: 0 });

  it('stores the dataset a URL load validated in the worker', async () => {
    const base = 'https://host.example/';
    expect(await loadDatasetFromUrl('d.json', { base, fetcher: serve(good), parser: parser() })).toBe(true);
    expect(useAtlas.getState().dataset).toEqual(JSON.parse(good));
    expect(useAtlas.getState().view.data).toBe('d.json');
  });

  it('keeps the loaded dataset when the next file is bad, and lists its problems', async () => {
    expect(await loadDatasetFromFile({ name: 'good.json', text: async () => good }, parser())).toBe(true);
    const before = useAtlas.getState().dataset;
    expect(await loadDatasetFromFile({ name: 'bad.json', text: async () => bad }, parser())).toBe(false);
    const state = useAtlas.getState();
    expect(state.dataset).toBe(before);
    expect(state.source).toBe('good.json');
    expect(state.failure?.source).toBe('bad.json');
    expect(state.failure?.problems).toEqual((parseDatasetText(bad) as { errors: unknown }).errors);
    expect(state.loading).toBeNull();
  });

  it('lets the newest load win when an older one finishes later', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const older = loadDatasetFromFile(
      { name: 'older.json', text: async () => (await slow, fixture('valid/minimal.json')) },
      parser(),
    );
    expect(await loadDatasetFromFile({ name: 'newer.json', text: async () => good }, parser())).toBe(true);
    release();
    expect(await older).toBe(false);
    expect(useAtlas.getState().source).toBe('newer.json');
  });

  it('starts the worker before the download ends, except for the bundled sample', async () => {
    let made = 0;
    const counting = () => createParseClient({ createWorker: () => (made++, new FakeWorker()) });
    let madeAtFetch = -1;
    const fetcher: Fetcher = async () => {
      madeAtFetch = made;
      return { ok: true, status: 200, statusText: 'OK', text: async () => good };
    };
    await loadDatasetFromUrl('d.json', { base: 'https://host.example/', fetcher, parser: counting() });
    expect(madeAtFetch).toBe(1);
    made = 0;
    const sample = { base: 'https://host.example/', fetcher, parser: counting(), allowData: true, dataRef: null };
    expect(await loadDatasetFromUrl(DEFAULT_DATASET_URL, sample)).toBe(true);
    expect(made).toBe(0);
  });
});
