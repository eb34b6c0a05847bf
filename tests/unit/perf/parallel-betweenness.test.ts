// Parallel betweenness (split by source range over workers) equals the single-threaded Brandes on the same graphs.
import { describe, expect, it } from 'vitest';
import { betweennessCloseness } from '../../../src/analysis/brandes';
import { csrFromEdges, toCsr } from '../../../src/analysis/csr';
import { generateDataset } from '../../../src/model/generate';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import {
  handleBrandesJob,
  parallelBetweennessCloseness,
  splitSources,
  type BrandesJob,
  type BrandesReply,
  type BrandesWorkerLike,
} from '../../../src/worker/parallel-betweenness';

/** An in-process stand-in for a Worker: copies the job as postMessage would and answers on a later task. */
class FakeWorker implements BrandesWorkerLike {
  onmessage: ((event: MessageEvent<BrandesReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  jobs: BrandesJob[] = [];
  constructor(private readonly answer = true) {}
  postMessage(message: BrandesJob): void {
    const job = structuredClone(message);
    this.jobs.push(job);
    if (!this.answer) return;
    setTimeout(() => {
      if (!this.terminated)
        this.onmessage?.({ data: structuredClone(handleBrandesJob(job)) } as MessageEvent<BrandesReply>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function expectClose(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThan(1e-12);
}

describe('splitSources', () => {
  it('covers 0..n once, in order, with ranges that differ by at most one', () => {
    for (const n of [0, 1, 2, 7, 100, 5001]) {
      for (const parts of [1, 2, 3, 4]) {
        const ranges = splitSources(n, parts);
        expect(ranges[0]![0]).toBe(0);
        expect(ranges[ranges.length - 1]![1]).toBe(n);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
        const sizes = ranges.map(([from, to]) => to - from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('parallelBetweennessCloseness', () => {
  it('gives the hand-worked values on a path a-b-c-d', async () => {
    // Betweenness (NetworkX normalised): b and c each lie on 2 of the 3 pairs not involving them = 2/3.
    // Closeness of a: 3 reached nodes at total distance 1+2+3 = 6, so 3/6 = 0.5; of b: 3/(1+1+2) = 0.75.
    const csr = csrFromEdges(
      ['a', 'b', 'c', 'd'],
      [
        [0, 1, 1],
        [1, 2, 1],
        [2, 3, 1],
      ],
    );
    const result = await parallelBetweennessCloseness(csr, { workers: 2, createWorker: () => new FakeWorker() });
    expectClose(result.betweenness, Float64Array.from([0, 2 / 3, 2 / 3, 0]));
    expectClose(result.closeness, Float64Array.from([0.5, 0.75, 0.75, 0.5]));
  });

  it('equals the single-threaded result on a generated alliance network, for 1 to 3 workers', async () => {
    const dataset = generateDataset({ actors: 300, agreements: 1200, seed: 7 });
    const csr = toCsr(buildActorGraph(dataset, emptyFilters(), 'clique'));
    const single = betweennessCloseness(csr);
    for (const workers of [1, 2, 3]) {
      const made: FakeWorker[] = [];
      const result = await parallelBetweennessCloseness(csr, {
        workers,
        createWorker: () => {
          const worker = new FakeWorker();
          made.push(worker);
          return worker;
        },
      });
      expect(made).toHaveLength(workers);
      // Every worker got a disjoint share of the sources, and all were released afterwards.
      expect(made.reduce((sum, worker) => sum + worker.jobs[0]!.to - worker.jobs[0]!.from, 0)).toBe(csr.nodes.length);
      expect(made.every((worker) => worker.terminated)).toBe(true);
      expectClose(result.betweenness, single.betweenness);
      expectClose(result.closeness, single.closeness);
    }
    // The graph is not trivial: some actor brokers a real share of shortest paths.
    expect(Math.max(...single.betweenness)).toBeGreaterThan(0.01);
  });

  it('runs on this thread when no worker can be made, with the same result', async () => {
    const dataset = generateDataset({ actors: 120, agreements: 400, seed: 3 });
    const csr = toCsr(buildActorGraph(dataset, emptyFilters(), 'hub'));
    const single = betweennessCloseness(csr);
    const result = await parallelBetweennessCloseness(csr, { workers: 2, createWorker: () => null });
    expectClose(result.betweenness, single.betweenness);
    expectClose(result.closeness, single.closeness);
  });

  it('rejects and terminates its workers when cancelled', async () => {
    const csr = csrFromEdges(
      ['a', 'b', 'c'],
      [
        [0, 1, 1],
        [1, 2, 1],
      ],
    );
    const made: FakeWorker[] = [];
    const signal = { cancelled: false };
    const running = parallelBetweennessCloseness(csr, {
      workers: 2,
      signal,
      createWorker: () => {
        const worker = new FakeWorker(false);
        made.push(worker);
        return worker;
      },
    });
    signal.cancelled = true;
    await expect(running).rejects.toThrow(/cancelled/);
    expect(made.length).toBe(2);
    expect(made.every((worker) => worker.terminated)).toBe(true);
  });
});
