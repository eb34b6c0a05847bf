// The trajectories worker's handler and client: whole-percent progress, trajectories()'s result, cancel, a second run, no Worker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trajectories } from '../../../src/analysis/trajectories';
import { CancelledError } from '../../../src/analysis/types';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { datasetMessages } from '../../../src/worker/job-protocol';
import { createTrajectoriesClient, type TrajectoriesWorkerLike } from '../../../src/worker/trajectories-client';
import {
  createTrajectoriesHandler,
  handleTrajectoriesJob,
  type TrajectoriesMessage,
  type TrajectoriesReply,
} from '../../../src/worker/trajectories-protocol';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const request = { dataset: sample, filters: emptyFilters(), projection: 'clique' as const, from: 2004, to: 2012 };
const expected = trajectories(sample, { filters: emptyFilters(), from: 2004, to: 2012 });

/** Runs the real handler on a later turn, as a worker would; `log` records what it got and its termination. */
function fakeWorker(log: string[]): TrajectoriesWorkerLike {
  const worker: TrajectoriesWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: TrajectoriesMessage) {
      log.push(message.type);
      setTimeout(() => {
        if (log.includes('terminated')) return;
        handle(message);
      }, 0);
    },
    terminate() {
      log.push('terminated');
    },
  };
  const handle = createTrajectoriesHandler((reply) => worker.onmessage?.({ data: reply } as MessageEvent));
  return worker;
}

describe('handleTrajectoriesJob', () => {
  it('posts progress in whole, rising percents ending at 100, each year in turn, then done', () => {
    const replies: TrajectoriesReply[] = [];
    handleTrajectoriesJob(3, request, (reply) => replies.push(reply));
    const fractions = replies.flatMap((reply) => (reply.type === 'progress' ? [reply.fraction] : []));
    expect(fractions.length).toBeGreaterThan(5);
    for (const fraction of fractions) expect(Math.round(fraction * 100) / 100).toBe(fraction);
    expect(fractions.every((fraction, i) => i === 0 || fraction > fractions[i - 1]!)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(replies.at(-1)).toEqual({ id: 3, type: 'done' });
    expect(replies.every((reply) => reply.id === 3)).toBe(true);
  });

  it('gives years equal to trajectories() on the sample data/bsr-stars.json', () => {
    const replies: TrajectoriesReply[] = [];
    handleTrajectoriesJob(1, request, (reply) => replies.push(reply));
    const years = replies.flatMap((reply) => (reply.type === 'year' ? [reply.year] : []));
    expect({ years }).toEqual(expected);
  });

  it('posts the range problem as an error reply instead of crashing the worker', () => {
    const replies: TrajectoriesReply[] = [];
    handleTrajectoriesJob(9, { ...request, from: 2012, to: 2004 }, (reply) => replies.push(reply));
    expect(replies).toEqual([
      { id: 9, type: 'error', message: expect.stringContaining('write the earlier year first') },
    ]);
  });

  it('puts the dataset together from its head and parts, and computes on it', () => {
    const big: Dataset = {
      ...sample,
      // Swedish: x1, x2 in the first part and x8500 in the last; the run's country filter keeps it quick.
      actors: Array.from({ length: 9000 }, (_, i) => ({
        id: `x${i}`,
        label: `X ${i}`,
        kind: 'cluster',
        country: [1, 2, 8500].includes(i) ? 'SE' : 'FI',
      })),
      agreements: [{ id: 'a', kind: 'bilateral', parties: ['x1', 'x8500'], since: 2001, until: 2002 }],
    };
    const messages = datasetMessages(5, big);
    expect(messages.map((message) => message.type)).toEqual(['head', 'part', 'part', 'part', 'part']);
    const replies: TrajectoriesReply[] = [];
    const handle = createTrajectoriesHandler((reply) => replies.push(reply));
    for (const message of messages) handle(message);
    const filters = { ...emptyFilters(), countries: ['SE'] };
    handle({ type: 'run', id: 1, version: 5, filters, projection: 'clique', from: 2001, to: 2003 });
    const years = replies.flatMap((reply) => (reply.type === 'year' ? [reply.year] : []));
    expect(years.map((year) => [year.year, year.actors.map((actor) => `${actor.id}:${actor.degree}`)])).toEqual([
      [2001, ['x1:1', 'x2:0', 'x8500:1']],
      [2002, ['x1:1', 'x2:0', 'x8500:1']],
      [2003, ['x1:0', 'x2:0', 'x8500:0']],
    ]);
    handle({ type: 'run', id: 2, version: 6, filters, projection: 'clique', from: 2001, to: 2001 });
    expect(replies.at(-1)).toEqual(expect.objectContaining({ id: 2, type: 'error' }));
  });
});

describe('createTrajectoriesClient', () => {
  it('returns the worker’s years, equal to trajectories(), with whole-percent progress up to 1', async () => {
    const progress: number[] = [];
    const client = createTrajectoriesClient(() => fakeWorker([]));
    expect(await client.run(request, (fraction) => progress.push(fraction))).toEqual(expected);
    expect(progress.at(-1)).toBe(1);
    for (const fraction of progress) expect(Math.round(fraction * 100) / 100).toBe(fraction);
    client.dispose();
  });

  it('sends the dataset to a worker once: a second run on the same dataset posts only the run', async () => {
    const log: string[] = [];
    const client = createTrajectoriesClient(() => fakeWorker(log));
    await client.run(request);
    expect(log).toEqual(['head', 'part', 'part', 'run']);
    log.length = 0;
    await client.run({ ...request, projection: 'hub' });
    expect(log).toEqual(['run']);
    client.dispose();
  });

  it('cancel rejects the running job with CancelledError and terminates its worker', async () => {
    const log: string[] = [];
    const client = createTrajectoriesClient(() => fakeWorker(log));
    const job = client.run(request);
    client.cancel();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(log.at(-1)).toBe('terminated');
  });

  it('a second run cancels the first (CancelledError, worker terminated) and gives its own result', async () => {
    const logs: string[][] = [];
    const client = createTrajectoriesClient(() => {
      logs.push([]);
      return fakeWorker(logs.at(-1)!);
    });
    const first = client.run(request);
    const second = client.run({ ...request, from: 2010, to: 2011 });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(logs[0]).toContain('terminated');
    expect((await second).years.map((year) => year.year)).toEqual([2010, 2011]);
    client.dispose();
  });

  it('computes on the main thread where there is no Worker, or when the worker script fails to load', async () => {
    expect(await createTrajectoriesClient(() => null).run(request)).toEqual(expected);
    const broken: TrajectoriesWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.({ message: 'blocked', preventDefault: () => undefined } as ErrorEvent), 0);
      },
      terminate: () => undefined,
    };
    expect(await createTrajectoriesClient(() => broken).run(request)).toEqual(expected);
    // The default: Node has no Worker.
    expect(await createTrajectoriesClient().run({ ...request, from: 2010, to: 2010 })).toEqual(
      trajectories(sample, { filters: emptyFilters(), from: 2010, to: 2010 }),
    );
  });

  it('cancels a main-thread job too', async () => {
    const client = createTrajectoriesClient(() => null);
    const job = client.run(request);
    client.cancel();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
  });
});
