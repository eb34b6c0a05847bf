// The analysis client: the main-thread fallback (node has no Worker), the worker protocol with a stand-in, and cancellation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { CancelledError } from '../../../src/analysis/types';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters } from '../../../src/model/types';
import { createAnalysisClient, type AnalysisClient } from '../../../src/worker/client';
import { emptyMemory, handleJob, handleMessage } from '../../../src/worker/handle-job';
import type { AnalysisJob, AnalysisRequest, JobMessage, WorkerReply } from '../../../src/worker/protocol';
import { FakeWorker, kindsOf } from './fake-analysis-worker';
import { gapland } from './gapland';
import { loadFixtures } from './reference-fixtures';

const request = (dataset = gapland()): AnalysisRequest => ({ kind: 'analyze', dataset, filters: emptyFilters() });
const lesmis = () => loadFixtures().find((fixture) => fixture.name === 'lesmis')!.dataset;

/**
 * Every client a test makes, disposed after it: a client starts its helper worker at the first idle moment,
 * and one left alive would make that worker during the next test, which counts the workers it made.
 */
const clients: AnalysisClient[] = [];
function made(options?: Parameters<typeof createAnalysisClient>[0]): AnalysisClient {
  const client = createAnalysisClient(options);
  clients.push(client);
  return client;
}
beforeEach(() => {
  FakeWorker.made = [];
});
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});

describe('createAnalysisClient without Worker (node)', () => {
  it('falls back to the main thread and gives the same result as analyzeDataset', async () => {
    const client = made();
    expect(client.mode).toBe('main-thread');
    const seen: number[] = [];
    const result = await client.run(request(), { onProgress: (f) => seen.push(f) });
    expect(result).toEqual(analyzeDataset(gapland(), { filters: emptyFilters() }));
    expect(seen.at(-1)).toBe(1);
  });

  it('lets timers run while it works (the page stays responsive)', async () => {
    const client = made();
    const dataset = generateDataset({ actors: 400, agreements: 1500, seed: 7 });
    let started = false;
    let ticksWhileWorking = 0;
    const timer = setInterval(() => {
      if (started) ticksWhileWorking++;
    }, 1);
    await client.run(request(dataset), { onProgress: () => (started = true) });
    clearInterval(timer);
    // Several hundred ms of work in ≤ 12 ms slices: timers get turns in between, not only at the end.
    expect(ticksWhileWorking).toBeGreaterThan(3);
  }, 30_000);

  it('cancels the running job when a new one starts', async () => {
    const client = made();
    const first = client.run(request(lesmis()));
    const second = client.run(request());
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    await expect(second).resolves.toMatchObject({ dataset: { title: 'Gapland' } });
  });

  it('cancels on request, and a later job still runs', async () => {
    const client = made();
    const job = client.run(request());
    client.cancel();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    await expect(client.run(request())).resolves.toMatchObject({ actors: expect.any(Array) });
  });
});

describe('createAnalysisClient with a worker', () => {
  it('posts the job, relays progress and resolves with the result', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: Infinity });
    expect(client.mode).toBe('worker');
    const seen: number[] = [];
    const result = await client.run(request(), { onProgress: (f) => seen.push(f) });
    expect(result).toEqual(analyzeDataset(gapland(), { filters: emptyFilters() }));
    expect(seen.length).toBeGreaterThan(0);
  });

  it('terminates a busy worker to cancel and starts a fresh one for the next job', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: Infinity });
    const first = client.run(request(lesmis()));
    const second = client.run(request());
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    await expect(second).resolves.toMatchObject({ dataset: { title: 'Gapland' } });
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made[1]!.terminated).toBe(false);
  });

  it('reports a failing job as an error that names the analysis', async () => {
    const client = made({ createWorker: () => new FakeWorker() });
    const broken = { ...request(), filters: null } as unknown as AnalysisRequest;
    await expect(client.run(broken)).rejects.toThrow(/^analysis failed: /);
  });

  it('splits betweenness across two workers for large networks and gets the same figures', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: 10 });
    const seen: number[] = [];
    const result = await client.run(request(lesmis()), { onProgress: (f) => seen.push(f) });
    expect(FakeWorker.made).toHaveLength(2);
    const alone = analyzeDataset(lesmis(), { filters: emptyFilters() });
    result.actors.forEach((row, i) => {
      const other = alone.actors[i]!;
      expect(Math.abs(row.betweenness - other.betweenness)).toBeLessThan(1e-12);
      expect({ ...row, betweenness: 0 }).toEqual({ ...other, betweenness: 0 });
    });
    expect({ ...result, actors: [] }).toEqual({ ...alone, actors: [] });
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('cancels a split job in both workers and keeps them: the next job sends no dataset and gets the direct figures', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: 10 });
    const dataset = lesmis();
    const job = client.run(request(dataset));
    await new Promise((resolve) => setTimeout(resolve, 1));
    client.cancel();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    const filters = { ...emptyFilters(), countries: ['FR'] };
    const next = await client.run({ ...request(dataset), filters });
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([false, false]);
    expect(FakeWorker.made.map((worker) => kindsOf(worker).includes('cancel'))).toEqual([true, true]);
    const carried = FakeWorker.made[0]!.posted.filter((m) => 'request' in m && m.request.kind === 'analyze');
    expect(
      carried.map((m) => 'request' in m && m.request.kind === 'analyze' && m.request.dataset !== undefined),
    ).toEqual([true, false]);
    const alone = analyzeDataset(dataset, { filters });
    expect({ ...next, actors: [] }).toEqual({ ...alone, actors: [] });
    next.actors.forEach((row, i) => expect(row.betweenness).toBeCloseTo(alone.actors[i]!.betweenness, 9));
  });

  it('a cancelled split job answers nothing from either worker, and the lead then runs a new job on the kept dataset', async () => {
    const replies: WorkerReply[] = [];
    const post = (reply: WorkerReply): number => replies.push(reply);
    const [leadMemory, helperMemory] = [emptyMemory(), emptyMemory()];
    const dataset = lesmis();
    const pair = (id: number, job: Partial<AnalysisJob>): Array<void | Promise<void>> => {
      const channel = new MessageChannel();
      return [
        handleMessage({ id, request: { kind: 'brandes-helper', port: channel.port2 } }, post, helperMemory),
        handleMessage(
          {
            id,
            request: { kind: 'analyze', datasetVersion: 1, filters: emptyFilters(), helper: channel.port1, ...job },
          },
          post,
          leadMemory,
        ),
      ];
    };
    const first = pair(1, { dataset });
    handleMessage({ id: 1, cancel: true }, post, leadMemory);
    handleMessage({ id: 1, cancel: true }, post, helperMemory);
    await Promise.all(first);
    const settled = (id: number) => replies.filter((r) => r.id === id && r.type !== 'progress' && r.type !== 'blocks');
    expect(settled(1)).toEqual([]);
    await Promise.all(pair(2, {}));
    expect(
      settled(2)
        .map((r) => r.type)
        .sort(),
    ).toEqual(['done', 'result']);
    const result = settled(2).find((r) => r.type === 'result');
    const alone = analyzeDataset(dataset, { filters: emptyFilters() });
    expect(result?.type === 'result' && result.result.actors.map((row) => row.id)).toEqual(
      alone.actors.map((row) => row.id),
    );
  });
});

describe('the dataset travels once per worker', () => {
  /** The messages of all workers made so far that carried a dataset. */
  const datasetPayloads = (): JobMessage[] =>
    FakeWorker.made
      .flatMap((worker) => worker.posted)
      .filter(
        (m): m is JobMessage => 'request' in m && m.request.kind === 'analyze' && m.request.dataset !== undefined,
      );

  it('posts the dataset once for two jobs with different filters, and again for a new dataset', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: Infinity });
    const dataset = gapland();
    const all = await client.run(request(dataset));
    const filters = { ...emptyFilters(), year: 2015 };
    const since2015 = await client.run({ kind: 'analyze', dataset, filters });
    expect(datasetPayloads()).toHaveLength(1);
    expect(FakeWorker.made[0]!.posted.filter((m) => 'request' in m && m.request.kind === 'analyze')).toHaveLength(2);
    // The second job ran on the kept dataset under its own filters: the figures of a direct analysis.
    expect(all).toEqual(analyzeDataset(dataset, { filters: emptyFilters() }));
    expect(since2015).toEqual(analyzeDataset(dataset, { filters }));
    expect(since2015).not.toEqual(all);
    await client.run(request(lesmis()));
    expect(datasetPayloads()).toHaveLength(2);
  });

  it('posts the dataset again to the worker started after a cancel', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: Infinity });
    const dataset = lesmis();
    const first = client.run(request(dataset));
    const second = client.run({ ...request(dataset), filters: { ...emptyFilters(), documentedOnly: true } });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    await expect(second).resolves.toMatchObject({ actors: expect.any(Array) });
    expect(FakeWorker.made).toHaveLength(2);
    expect(
      FakeWorker.made.map(
        (worker) =>
          worker.posted.filter((m) => 'request' in m && m.request.kind === 'analyze' && m.request.dataset !== undefined)
            .length,
      ),
    ).toEqual([1, 1]);
  });

  it('sends the lead of a split job the dataset once and the helper never', async () => {
    const client = made({ createWorker: () => new FakeWorker(), parallelFrom: 10 });
    const dataset = lesmis();
    await client.run(request(dataset));
    await client.run({ ...request(dataset), filters: { ...emptyFilters(), documentedOnly: true } });
    expect(FakeWorker.made).toHaveLength(2);
    expect(datasetPayloads()).toHaveLength(1);
    expect(FakeWorker.made[1]!.posted.every((m) => 'request' in m && m.request.kind !== 'analyze')).toBe(true);
  });

  it('answers a job for a dataset the worker does not hold with an error, not a wrong result', () => {
    const replies: WorkerReply[] = [];
    const job = { kind: 'analyze', datasetVersion: 3, filters: emptyFilters() } as const;
    void handleJob({ id: 1, request: job }, (reply) => replies.push(reply), emptyMemory());
    expect(replies).toEqual([{ id: 1, type: 'error', message: 'worker has no dataset 3 (it holds none)' }]);
  });
});
