// The one job client (job-client.ts) with each of its options: the dataset inside the job or in parts, one result or per-part results, whole percents, fallback and cancel.
import { describe, expect, it } from 'vitest';
import type { Steps } from '../../../src/analysis/steps';
import { CancelledError } from '../../../src/analysis/types';
import type { Dataset } from '../../../src/model/types';
import type { WorkerLike } from '../../../src/threads/worker-like';
import { PART_SIZE } from '../../../src/worker/dataset-parts';
import { createJobClient, inParts, withJob } from '../../../src/worker/job-client';
import {
  datasetMessages,
  emptyDatasetMemory,
  heldDataset,
  receiveDataset,
  type DatasetMessage,
  type JobReply,
} from '../../../src/worker/job-protocol';
import { createStepsClient, type StepsWorkerLike } from '../../../src/worker/steps-client';
import { defineStepsJob, emptyStepsMemory, type StepsJob, type StepsMessage } from '../../../src/worker/steps-job';

/** A dataset of `n` actors (parts of PART_SIZE each) and no agreements. */
const datasetOf = (n: number): Dataset =>
  ({
    format: 'alliance-atlas/1',
    actors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `A ${i}`, kind: 'cluster' })),
    agreements: [],
  }) as unknown as Dataset;

interface CountRequest {
  dataset: Dataset;
  factor: number;
}

/** The computation: progress 0.333 and 0.5, then actors × factor. */
function* countSteps(request: CountRequest): Steps<number> {
  yield 0.333;
  yield 0.5;
  return request.dataset.actors.length * request.factor;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// ---- the dataset inside the job, one result (the robustness, compare and evidence-ranks configuration) ----

const countJob = defineStepsJob('count', countSteps);

/** Runs each message on a later turn with the real handler, as a worker would; records what it was sent. */
function stepsWorker(sent: StepsMessage<CountRequest>[], log: string[] = []): StepsWorkerLike<CountRequest, number> {
  const memory = emptyStepsMemory();
  const worker: StepsWorkerLike<CountRequest, number> = {
    onmessage: null,
    onerror: null,
    postMessage(job) {
      sent.push(job);
      setTimeout(() => {
        if (!log.includes('terminated'))
          countJob.handle(job, (r) => worker.onmessage?.({ data: r } as MessageEvent), memory);
      }, 0);
    },
    terminate: () => log.push('terminated'),
  };
  return worker;
}

describe('createJobClient, dataset inside the job (withJob)', () => {
  it('sends the dataset with the first job only, and again for a new dataset object', async () => {
    const sent: StepsJob<CountRequest>[] = [];
    const client = createStepsClient(countJob, () => stepsWorker(sent as StepsMessage<CountRequest>[]));
    const small = datasetOf(3);
    expect(await client.run({ dataset: small, factor: 2 })).toBe(6);
    expect(await client.run({ dataset: small, factor: 5 })).toBe(15);
    expect(await client.run({ dataset: datasetOf(4), factor: 1 })).toBe(4);
    expect(sent.map((job) => [job.datasetVersion, job.request.dataset !== undefined])).toEqual([
      [1, true],
      [1, false],
      [2, true],
    ]);
    client.dispose();
  });

  it('sends the dataset again to the new worker after a cancel terminated the one that held it', async () => {
    const sent: StepsJob<CountRequest>[] = [];
    const logs: string[][] = [];
    const client = createStepsClient(countJob, () => {
      logs.push([]);
      return stepsWorker(sent as StepsMessage<CountRequest>[], logs.at(-1));
    });
    const dataset = datasetOf(3);
    const first = client.run({ dataset, factor: 1 });
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(logs[0]).toEqual(['terminated']);
    expect(await client.run({ dataset, factor: 1 })).toBe(3);
    expect(logs).toHaveLength(2);
    expect(sent.map((job) => job.request.dataset !== undefined)).toEqual([true, true]);
    client.dispose();
  });

  it('passes progress as computed (no whole-percent rounding) and ends at 1', async () => {
    const progress: number[] = [];
    const client = createStepsClient(countJob, () => stepsWorker([]));
    await client.run({ dataset: datasetOf(1), factor: 1 }, (fraction) => progress.push(fraction));
    expect(progress).toEqual([0.333, 0.5, 1]);
    client.dispose();
  });

  it('rejects with "<name> failed: <message>" when the worker answers an error', async () => {
    const worker: StepsWorkerLike<CountRequest, number> = {
      onmessage: null,
      onerror: null,
      postMessage: (job) =>
        setTimeout(
          () =>
            worker.onmessage?.({
              data: { id: (job as StepsJob<CountRequest>).id, type: 'error', message: 'boom' },
            } as MessageEvent),
          0,
        ),
      terminate: () => undefined,
    };
    const client = createStepsClient(countJob, () => worker);
    await expect(client.run({ dataset: datasetOf(1), factor: 1 })).rejects.toThrow('count failed: boom');
    client.dispose();
  });
});

describe('createStepsClient with the dataset in parts', () => {
  it('posts the dataset as a head and parts before the first job only, and the worker computes on it', async () => {
    const sent: StepsMessage<CountRequest>[] = [];
    const client = createStepsClient(countJob, () => stepsWorker(sent), { parts: true });
    const dataset = datasetOf(PART_SIZE + 3);
    expect(await client.run({ dataset, factor: 2 })).toBe(2 * (PART_SIZE + 3));
    expect(await client.run({ dataset, factor: 1 })).toBe(PART_SIZE + 3);
    const kinds = sent.map((message) => ('type' in message ? message.type : 'job'));
    expect(kinds).toEqual(['head', 'part', 'part', 'job', 'job']);
    // No job carries the dataset.
    expect(
      sent.filter((m) => !('type' in m)).every((m) => (m as StepsJob<CountRequest>).request.dataset === undefined),
    ).toBe(true);
    client.dispose();
  });
});

// ---- the dataset in parts, per-part results (the trajectories configuration) ----

type PartsMessage = DatasetMessage | { type: 'run'; id: number; version: number; factor: number };
type Own = { id: number; type: 'item'; value: number } | { id: number; type: 'done' };
type PartsWorker = WorkerLike<PartsMessage, JobReply<Own>>;

/** Puts the dataset together from its parts; a run answers progress, one item per actor (its index × factor), then done. */
function partsWorker(log: string[], fail = false): PartsWorker {
  const memory = emptyDatasetMemory();
  const worker: PartsWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(message.type);
      const reply = (data: JobReply<Own>): void => worker.onmessage?.({ data } as MessageEvent);
      setTimeout(() => {
        if (log.includes('terminated')) return;
        if (fail) return worker.onerror?.({ message: 'blocked', preventDefault: () => undefined } as ErrorEvent);
        if (message.type !== 'run') receiveDataset(memory, message);
        else {
          const { id } = message;
          const dataset = heldDataset(memory, message.version);
          reply({ id, type: 'progress', fraction: 0.257 });
          dataset.actors.forEach((_, i) => reply({ id, type: 'item', value: i * message.factor }));
          reply({ id, type: 'progress', fraction: 1 });
          reply({ id, type: 'done' });
        }
      }, 0);
    },
    terminate: () => log.push('terminated'),
  };
  return worker;
}

/** The items folded as they arrive, the list on `done`. */
const foldItems = () => {
  const items: number[] = [];
  return (reply: Own): { value: number[] } | undefined => {
    if (reply.type === 'item') items.push(reply.value);
    else return { value: items };
    return undefined;
  };
};

/** The same on the main thread: every index × factor. */
function* itemSteps(request: CountRequest): Steps<number[]> {
  yield 0.5;
  return request.dataset.actors.map((_, i) => i * request.factor);
}

const partsClient = (create: () => PartsWorker | null) =>
  createJobClient({
    create,
    stepsOf: itemSteps,
    name: 'items',
    messages: inParts<CountRequest, PartsMessage>(datasetMessages, (id, version, options) => ({
      type: 'run',
      id,
      version,
      ...options,
    })),
    fold: foldItems,
    wholePercents: true,
  });

const big = datasetOf(2 * PART_SIZE + 1);
const bigItems = big.actors.map((_, i) => i * 2);

describe('createJobClient, dataset in parts (inParts) with per-part results', () => {
  it('posts the head at once and each further part and the run in a task of its own', async () => {
    const log: string[] = [];
    const client = partsClient(() => partsWorker(log));
    const job = client.run({ dataset: big, factor: 2 });
    const counts = [log.length];
    for (let turn = 0; turn < 4; turn++) {
      await nextTurn();
      counts.push(log.filter((type) => type !== 'terminated').length);
    }
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(log).toEqual(['head', 'part', 'part', 'part', 'run']);
    expect(await job).toEqual(bigItems);
    client.dispose();
  });

  it('folds the per-part replies into the result and reports whole, rising percents ending at 1', async () => {
    const progress: number[] = [];
    const client = partsClient(() => partsWorker([]));
    expect(await client.run({ dataset: big, factor: 2 }, (fraction) => progress.push(fraction))).toEqual(bigItems);
    expect(progress).toEqual([0.25, 1]);
    client.dispose();
  });

  it('does not resend the dataset to a worker that holds it: a second run posts only the run', async () => {
    const log: string[] = [];
    const client = partsClient(() => partsWorker(log));
    await client.run({ dataset: big, factor: 2 });
    log.length = 0;
    expect(await client.run({ dataset: big, factor: 3 })).toEqual(big.actors.map((_, i) => i * 3));
    expect(log).toEqual(['run']);
    client.dispose();
  });

  it('resends every part to the worker started after a cancel, and the cancelled job rejects with CancelledError', async () => {
    const logs: string[][] = [];
    const client = partsClient(() => {
      logs.push([]);
      return partsWorker(logs.at(-1)!);
    });
    await client.run({ dataset: big, factor: 2 });
    const cancelled = client.run({ dataset: big, factor: 1 });
    client.cancel();
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    expect(logs[0]).toEqual(['head', 'part', 'part', 'part', 'run', 'run', 'terminated']);
    expect(await client.run({ dataset: big, factor: 2 })).toEqual(bigItems);
    expect(logs[1]).toEqual(['head', 'part', 'part', 'part', 'run']);
    client.dispose();
  });

  it('stops posting parts once its job is replaced: the next run’s worker gets the whole dataset', async () => {
    const logs: string[][] = [];
    const client = partsClient(() => {
      logs.push([]);
      return partsWorker(logs.at(-1)!);
    });
    const first = client.run({ dataset: big, factor: 2 });
    const second = client.run({ dataset: big, factor: 3 });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(await second).toEqual(big.actors.map((_, i) => i * 3));
    expect(logs[0]).toEqual(['head', 'terminated']);
    expect(logs[1]).toEqual(['head', 'part', 'part', 'part', 'run']);
    client.dispose();
  });

  it('computes on the main thread after a worker error, and starts no worker for the next job', async () => {
    let made = 0;
    const client = partsClient(() => {
      made += 1;
      return partsWorker([], true);
    });
    const progress: number[] = [];
    expect(await client.run({ dataset: big, factor: 2 }, (fraction) => progress.push(fraction))).toEqual(bigItems);
    expect(progress).toEqual([0.5, 1]);
    expect(await client.run({ dataset: big, factor: 1 })).toEqual(big.actors.map((_, i) => i));
    expect(made).toBe(1);
    client.dispose();
  });

  it('computes on the main thread where there is no worker, and a cancel there rejects with CancelledError', async () => {
    const client = partsClient(() => null);
    expect(await client.run({ dataset: datasetOf(3), factor: 2 })).toEqual([0, 2, 4]);
    const job = client.run({ dataset: datasetOf(3), factor: 2 });
    client.cancel();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('withJob and inParts', () => {
  it('withJob leaves the dataset out of the job message unless the worker lacks its version', () => {
    const dataset = datasetOf(1);
    const messages = withJob<CountRequest>();
    expect(messages(4, 2, { dataset, factor: 1 }, true)).toEqual([
      { id: 4, datasetVersion: 2, request: { dataset, factor: 1 } },
    ]);
    expect(messages(5, 2, { dataset, factor: 1 }, false)).toEqual([
      { id: 5, datasetVersion: 2, request: { factor: 1 } },
    ]);
  });
});
