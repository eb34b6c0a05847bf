// The analysis client sends a large dataset in parts, each in a task of its own: put together equal, analysed, stopped when replaced, resent after a crash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { CancelledError } from '../../../src/analysis/types';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { createAnalysisClient, type AnalysisClient } from '../../../src/worker/client';
import { PART_SIZE } from '../../../src/worker/dataset-parts';
import { emptyMemory, handleMessage } from '../../../src/worker/handle-job';
import { datasetMessages } from '../../../src/worker/job-protocol';
import type { AnalysisRequest, WorkerReply } from '../../../src/worker/protocol';
import { gapland } from './gapland';
import { FakeWorker, kindsOf } from './fake-analysis-worker';

/** 150 actors and 4,100 agreements: more than one part, so it goes in parts (one of actors, two of agreements). */
const big: Dataset = generateDataset({ actors: 150, agreements: 4100, seed: 5 });
const BIG_KINDS = ['head', 'part', 'part', 'part', 'analyze'];
const request = (dataset: Dataset, year: number | null = null): AnalysisRequest => ({
  kind: 'analyze',
  dataset,
  filters: { ...emptyFilters(), year },
  recommendations: 0,
});
const direct = (dataset: Dataset, year: number | null = null) =>
  analyzeDataset(dataset, { filters: { ...emptyFilters(), year }, recommendations: 0 });
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const clients: AnalysisClient[] = [];
function made(parallelFrom: number): AnalysisClient {
  const client = createAnalysisClient({ createWorker: () => new FakeWorker(), parallelFrom });
  clients.push(client);
  return client;
}
beforeEach(() => {
  FakeWorker.made = [];
});
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});

describe('a large dataset goes to the analysis worker in parts', () => {
  it('posts the head at once, then each part and the job in a task of its own', async () => {
    const client = made(Infinity);
    const job = client.run(request(big));
    const worker = FakeWorker.made[0]!;
    const counts = [worker.posted.length];
    for (let turn = 0; turn < 5; turn++) {
      await nextTurn();
      counts.push(worker.posted.length);
    }
    expect(counts).toEqual([1, 2, 3, 4, 5, 5]);
    expect(kindsOf(worker)).toEqual(BIG_KINDS);
    for (const message of worker.posted) {
      if ('type' in message && message.type === 'part') expect(message.items.length).toBeLessThanOrEqual(PART_SIZE);
    }
    expect(await job).toEqual(direct(big));
  });

  it('puts the dataset together in the worker equal to the original, and runs the next job on it with nothing resent', async () => {
    const client = made(Infinity);
    await client.run(request(big));
    const worker = FakeWorker.made[0]!;
    expect(worker.memory.dataset?.dataset).toEqual(big);
    // Another year's figures: the job ran under its own filters on the kept dataset.
    expect(direct(big, 2015)).not.toEqual(direct(big));
    expect(await client.run(request(big, 2015))).toEqual(direct(big, 2015));
    expect(kindsOf(worker)).toEqual([...BIG_KINDS, 'analyze']);
    expect(worker.posted.at(-1)).not.toHaveProperty('request.dataset');
  });

  it('keeps a dataset of at most one part inside its job: one message', async () => {
    const client = made(Infinity);
    await client.run(request(gapland()));
    expect(FakeWorker.made[0]!.posted).toEqual([
      { id: 1, request: expect.objectContaining({ kind: 'analyze', dataset: gapland() }) },
    ]);
  });

  it('sends the parts to the lead of a split job and the helper only its port, with the same figures', async () => {
    const client = made(10);
    const result = await client.run(request(big));
    // Betweenness summed block by block differs from one pass in the last bits only.
    const alone = direct(big);
    result.actors.forEach((row, i) => {
      expect(Math.abs(row.betweenness - alone.actors[i]!.betweenness)).toBeLessThan(1e-12);
      expect({ ...row, betweenness: 0 }).toEqual({ ...alone.actors[i]!, betweenness: 0 });
    });
    expect({ ...result, actors: [] }).toEqual({ ...alone, actors: [] });
    const [lead, helper] = FakeWorker.made;
    expect(kindsOf(lead!)).toEqual(BIG_KINDS);
    expect(kindsOf(helper!)).toEqual(['brandes-helper']);
  });
});

describe('sending parts when jobs change', () => {
  it('stops sending once a newer job replaces it: the old worker gets no more parts and no job', async () => {
    const client = made(Infinity);
    const first = client.run(request(big));
    await nextTurn();
    await nextTurn();
    expect(kindsOf(FakeWorker.made[0]!)).toEqual(['head', 'part', 'part']);
    const second = client.run(request(big, 2015));
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(await second).toEqual(direct(big, 2015));
    const [old, fresh] = FakeWorker.made;
    expect(old!.terminated).toBe(true);
    expect(kindsOf(old!)).toEqual(['head', 'part', 'part']);
    expect(kindsOf(fresh!)).toEqual(BIG_KINDS);
    expect(fresh!.memory.dataset?.dataset).toEqual(big);
  });

  it('sends the whole dataset again to a kept lead whose parts a cancel of a split job stopped midway', async () => {
    const client = made(10);
    const first = client.run(request(big));
    await nextTurn();
    await nextTurn();
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    const [lead] = FakeWorker.made;
    const sentBeforeCancel = kindsOf(lead!).filter((kind) => kind === 'head' || kind === 'part').length;
    expect(sentBeforeCancel).toBeLessThan(4);
    const second = await client.run(request(big, 2015));
    expect(FakeWorker.made.every((worker) => !worker.terminated)).toBe(true);
    // After the cancel: the head and every part again, then the job, on the same worker.
    const afterCancel = kindsOf(lead!).slice(kindsOf(lead!).indexOf('cancel') + 1);
    expect(afterCancel).toEqual(BIG_KINDS);
    expect(lead!.memory.dataset?.dataset).toEqual(big);
    const alone = direct(big, 2015);
    expect({ ...second, actors: [] }).toEqual({ ...alone, actors: [] });
    second.actors.forEach((row, i) => expect(row.betweenness).toBeCloseTo(alone.actors[i]!.betweenness, 9));
  });

  it('sends the whole dataset again, in parts, to the worker started after a crash', async () => {
    const client = made(Infinity);
    await client.run(request(big));
    FakeWorker.made[0]!.crash();
    expect(await client.run(request(big, 2015))).toEqual(direct(big, 2015));
    expect(FakeWorker.made).toHaveLength(2);
    expect(kindsOf(FakeWorker.made[1]!)).toEqual(BIG_KINDS);
  });
});

describe('the analysis worker receiving parts', () => {
  it('joins only the parts of the version its head came with, and runs a job naming that version', () => {
    const memory = emptyMemory();
    const replies: WorkerReply[] = [];
    const [head, ...parts] = datasetMessages(7, big);
    const stale = datasetMessages(6, gapland())[1]!;
    for (const message of [head!, stale, ...parts]) void handleMessage(message, () => undefined, memory);
    expect(memory.dataset).toEqual({ version: 7, dataset: big });
    const job = { kind: 'analyze', datasetVersion: 7, filters: emptyFilters(), recommendations: 0 } as const;
    void handleMessage({ id: 3, request: job }, (reply) => replies.push(reply), memory);
    expect(replies.at(-1)).toEqual({ id: 3, type: 'result', result: direct(big) });
  });
});
