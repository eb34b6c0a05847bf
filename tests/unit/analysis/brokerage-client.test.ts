// The brokerage job: its steps report rising progress and end in brokerageOf's split; the client gives that split from a worker or from main-thread slices.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokerageOf, brokerageSteps } from '../../../src/analysis/brokerage';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { createBrokerageClient, type BrokerageWorkerLike } from '../../../src/worker/brokerage-client';
import { brokerageJob, type BrokerageJob } from '../../../src/worker/brokerage-protocol';
import { emptyStepsMemory } from '../../../src/worker/steps-job';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const filtered = applyFilters(sample, emptyFilters());
// The sample's largest broker by betweenness.
const actor = sample.actors.find((a) => a.label === 'Latvian IT Cluster')!.id;
const expected = brokerageOf(filtered, actor)!;

/** Runs each job on a later turn, as a worker would. */
function fakeWorker(): BrokerageWorkerLike {
  const memory = emptyStepsMemory();
  const worker: BrokerageWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(job: BrokerageJob) {
      setTimeout(
        () => brokerageJob.handle(job, (reply) => worker.onmessage?.({ data: reply } as MessageEvent), memory),
        0,
      );
    },
    terminate() {},
  };
  return worker;
}

describe('brokerageSteps', () => {
  it('yields rising fractions below 1 (one per 25 breadth-first passes) and returns the split brokerageOf gives', () => {
    const steps = brokerageSteps(filtered, actor);
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value);
      step = steps.next();
    }
    expect(fractions.length).toBe(Math.floor(filtered.actors.length / 25));
    expect(fractions.every((f, i) => f > 0 && f < 1 && (i === 0 || f > fractions[i - 1]!))).toBe(true);
    expect(step.value).toEqual(expected);
    expect(expected.byCountryPair.length).toBeGreaterThan(0);
  });
});

describe('createBrokerageClient', () => {
  const request = { dataset: sample, filters: emptyFilters(), actor };

  it('returns the worker’s split, equal to brokerageOf on the same filtered data, with progress up to 1', async () => {
    const progress: number[] = [];
    const client = createBrokerageClient(fakeWorker);
    expect(await client.run(request, (fraction) => progress.push(fraction))).toEqual(expected);
    expect(progress.at(-1)).toBe(1);
    client.dispose();
  });

  it('computes the same split on the main thread where no worker can start', async () => {
    expect(await createBrokerageClient(() => null).run(request)).toEqual(expected);
  });
});
