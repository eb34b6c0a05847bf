// The robustness client: a job in a worker stand-in gives robustness()'s result, a new job cancels the last, and no worker means main-thread slices.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { robustness } from '../../../src/analysis/robustness';
import { CancelledError } from '../../../src/analysis/types';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { createRobustnessClient, type RobustnessWorkerLike } from '../../../src/worker/robustness-client';
import { handleRobustnessJob, type RobustnessJob } from '../../../src/worker/robustness-protocol';
import { emptyStepsMemory } from '../../../src/worker/steps-job';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const request = { dataset: sample, filters: emptyFilters(), projection: 'clique' as const, metric: 'degree' as const };
const expected = robustness(applyFilters(sample, emptyFilters()), { metric: 'degree' });

/** Runs each job on a later turn, as a worker would, and records terminations. */
function fakeWorker(log: string[]): RobustnessWorkerLike {
  const memory = emptyStepsMemory();
  const worker: RobustnessWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(job: RobustnessJob) {
      setTimeout(() => {
        if (log.includes('terminated')) return;
        handleRobustnessJob(job, (reply) => worker.onmessage?.({ data: reply } as MessageEvent), memory);
      }, 0);
    },
    terminate() {
      log.push('terminated');
    },
  };
  return worker;
}

describe('createRobustnessClient', () => {
  it('returns the worker’s result, equal to robustness() on the same filtered data, with progress up to 1', async () => {
    const progress: number[] = [];
    const client = createRobustnessClient(() => fakeWorker([]));
    const result = await client.run(request, (fraction) => progress.push(fraction));
    expect(result).toEqual(expected);
    expect(progress.at(-1)).toBe(1);
    client.dispose();
  });

  it('cancels the running job when a new one starts: the first rejects with CancelledError, its worker is terminated', async () => {
    const logs: string[][] = [];
    const client = createRobustnessClient(() => {
      logs.push([]);
      return fakeWorker(logs.at(-1)!);
    });
    const first = client.run(request);
    const second = client.run({ ...request, metric: 'strength' });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(logs[0]).toEqual(['terminated']);
    expect((await second).metric).toBe('strength');
  });

  it('computes on the main thread where there is no worker, or when the worker script fails to load', async () => {
    expect(await createRobustnessClient(() => null).run(request)).toEqual(expected);
    const broken: RobustnessWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.({ message: 'blocked', preventDefault: () => undefined } as ErrorEvent), 0);
      },
      terminate: () => undefined,
    };
    expect(await createRobustnessClient(() => broken).run(request)).toEqual(expected);
  });

  it('posts an error reply for a job that throws, instead of crashing the worker', () => {
    const replies: unknown[] = [];
    handleRobustnessJob(
      { id: 7, datasetVersion: 1, request: { ...request, dataset: { actors: null } as unknown as Dataset } },
      (reply) => replies.push(reply),
      emptyStepsMemory(),
    );
    expect(replies).toEqual([expect.objectContaining({ id: 7, type: 'error' })]);
  });
});
