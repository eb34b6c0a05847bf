// The compare view's worker job: its result equals the comparison the view used to compute during render, the dataset is copied once, and no worker means main-thread slices.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScopes } from '../../../src/analysis/compare';
import { analysedSectors, analysisScope } from '../../../src/analysis/scope';
import { CancelledError } from '../../../src/analysis/types';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { createCompareClient, type CompareWorkerLike } from '../../../src/worker/compare-client';
import { handleCompareJob, type CompareJob } from '../../../src/worker/compare-protocol';
import { emptyStepsMemory } from '../../../src/worker/steps-job';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const filters = emptyFilters();

/** What ComparePanel computed on the main thread before (betweenness up to 1,500 actors; the sample has fewer). */
const inline = (from: number, to: number) =>
  compareScopes(
    analysisScope(sample, { ...filters, year: from }),
    analysisScope(sample, { ...filters, year: to }),
    analysedSectors(sample, filters),
    { metric: 'betweenness' },
  );

/** Runs each job on a later turn, as a worker would (keeping its dataset between jobs), and records what it was sent. */
function fakeWorker(sent: CompareJob[], log: string[] = []): CompareWorkerLike {
  const memory = emptyStepsMemory();
  const worker: CompareWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(job: CompareJob) {
      sent.push(job);
      setTimeout(() => {
        if (log.includes('terminated')) return;
        handleCompareJob(job, (reply) => worker.onmessage?.({ data: reply } as MessageEvent), memory);
      }, 0);
    },
    terminate() {
      log.push('terminated');
    },
  };
  return worker;
}

describe('createCompareClient', () => {
  it('returns the inline betweenness comparison of the sample, with progress up to 1, and copies the dataset only with the first job', async () => {
    expect(sample.actors.length).toBeLessThanOrEqual(1500);
    const sent: CompareJob[] = [];
    const progress: number[] = [];
    const client = createCompareClient(() => fakeWorker(sent));
    const first = await client.run({ dataset: sample, filters, from: 2012, to: 2018 }, (f) => progress.push(f));
    expect(first).toEqual(inline(2012, 2018));
    expect(first.metric).toBe('betweenness');
    expect(first.rankMoves.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    const second = await client.run({ dataset: sample, filters, from: 2014, to: 2024 });
    expect(second).toEqual(inline(2014, 2024));
    expect(sent.map((job) => job.request.dataset !== undefined)).toEqual([true, false]);
    client.dispose();
  });

  it('cancels the running job when the years change: the first rejects with CancelledError, its worker is terminated', async () => {
    const logs: string[][] = [];
    const client = createCompareClient(() => {
      logs.push([]);
      return fakeWorker([], logs.at(-1)!);
    });
    const first = client.run({ dataset: sample, filters, from: 2012, to: 2018 });
    const second = client.run({ dataset: sample, filters, from: 2010, to: 2018 });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(logs[0]).toEqual(['terminated']);
    expect(await second).toEqual(inline(2010, 2018));
    client.dispose();
  });

  it('computes the same comparison on the main thread where there is no worker', async () => {
    const client = createCompareClient(() => null);
    expect(await client.run({ dataset: sample, filters, from: 2012, to: 2018 })).toEqual(inline(2012, 2018));
    client.dispose();
  });

  it('answers a job without its dataset from a worker that does not hold it with an error, not a crash', () => {
    const replies: unknown[] = [];
    const { dataset: _dataset, ...request } = { dataset: sample, filters, from: 2012, to: 2018 };
    handleCompareJob({ id: 3, datasetVersion: 9, request }, (reply) => replies.push(reply), emptyStepsMemory());
    expect(replies).toEqual([{ id: 3, type: 'error', message: 'worker has no dataset 9 (it holds none)' }]);
  });
});
