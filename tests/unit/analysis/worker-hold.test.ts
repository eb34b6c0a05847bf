// Holding a two-worker analysis while the page draws: the hold itself, a held pair of workers, and the client's message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { emptyFilters } from '../../../src/model/types';
import { createAnalysisClient } from '../../../src/worker/client';
import { emptyMemory, handleMessage, type WorkerMemory } from '../../../src/worker/handle-job';
import { emptyHold, setHold, wakeHeld, whileHeld } from '../../../src/worker/hold';
import type { WorkerReply } from '../../../src/worker/protocol';
import { FakeWorker, kindsOf } from './fake-analysis-worker';
import { loadFixtures } from './reference-fixtures';

const lesmis = () => loadFixtures().find((fixture) => fixture.name === 'lesmis')!.dataset;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => vi.useRealTimers());

describe('whileHeld', () => {
  it('resolves at once when not held', async () => {
    const state = emptyHold();
    let done = false;
    void whileHeld(state).then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('waits until the release, or until the hold runs out by itself', async () => {
    vi.useFakeTimers();
    const state = emptyHold();
    setHold(state, 1000);
    let released = false;
    void whileHeld(state).then(() => (released = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(released).toBe(false);
    setHold(state, 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toBe(true);

    setHold(state, 1000);
    let ranOut = false;
    void whileHeld(state).then(() => (ranOut = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(ranOut).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ranOut).toBe(true);
    expect(state.waiting).toHaveLength(0);
  });

  it('keeps waiting after a wake while still held, unless the job was stopped', async () => {
    vi.useFakeTimers();
    const state = emptyHold();
    setHold(state, 1000);
    let stopped = false;
    let kept = false;
    let ended = false;
    void whileHeld(state).then(() => (kept = true));
    void whileHeld(state, () => stopped).then(() => (ended = true));
    stopped = true;
    wakeHeld(state);
    await vi.advanceTimersByTimeAsync(0);
    expect([kept, ended]).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(kept).toBe(true);
  });
});

/** Starts job `id` on a lead and a helper joined by a channel, as the client does; resolves when both settle. */
function startPair(id: number, memories: [WorkerMemory, WorkerMemory], post: (reply: WorkerReply) => void) {
  const channel = new MessageChannel();
  const [lead, helper] = memories;
  return Promise.all([
    handleMessage({ id, request: { kind: 'brandes-helper', port: channel.port2 } }, post, helper),
    handleMessage(
      {
        id,
        request: {
          kind: 'analyze',
          datasetVersion: 1,
          dataset: lesmis(),
          filters: emptyFilters(),
          helper: channel.port1,
        },
      },
      post,
      lead,
    ),
  ]);
}

/** A pair told to hold for `ms`, then started on job 1: its replies, what settles when both end, and a way to message both. */
function heldPair(ms: number) {
  const replies: WorkerReply[] = [];
  const memories: [WorkerMemory, WorkerMemory] = [emptyMemory(), emptyMemory()];
  const tellBoth = (message: Parameters<typeof handleMessage>[0]): void => {
    for (const memory of memories) void handleMessage(message, () => undefined, memory);
  };
  tellBoth({ hold: ms });
  return { replies, both: startPair(1, memories, (reply) => replies.push(reply)), tellBoth };
}

describe('a held two-worker job', () => {
  it('answers nothing while held and the same figures once released', async () => {
    const { replies, both, tellBoth } = heldPair(10_000);
    await sleep(150);
    expect(replies.filter((reply) => reply.type === 'result' || reply.type === 'done')).toEqual([]);
    tellBoth({ hold: 0 });
    await both;
    const result = replies.find((reply) => reply.type === 'result');
    if (result?.type !== 'result') throw new Error('the released pair answered no result');
    const alone = analyzeDataset(lesmis(), { filters: emptyFilters() });
    expect(result.result.actors.map((row) => [row.id, row.degree])).toEqual(
      alone.actors.map((row) => [row.id, row.degree]),
    );
    result.result.actors.forEach((row, i) => expect(row.betweenness).toBeCloseTo(alone.actors[i]!.betweenness, 9));
  });

  it('stops at once when cancelled while held, without waiting for the hold to end', async () => {
    const { replies, both, tellBoth } = heldPair(60_000);
    await sleep(50);
    const started = Date.now();
    tellBoth({ id: 1, cancel: true });
    await both;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(replies.filter((reply) => reply.type !== 'progress' && reply.type !== 'blocks')).toEqual([]);
  });
});

describe('AnalysisClient.hold', () => {
  it('posts the hold and its release to both workers of a split client', async () => {
    FakeWorker.made = [];
    const client = createAnalysisClient({ createWorker: () => new FakeWorker(), parallelFrom: 10 });
    try {
      await client.run({ kind: 'analyze', dataset: lesmis(), filters: emptyFilters() });
      client.hold(2000);
      client.hold(0);
      expect(FakeWorker.made).toHaveLength(2);
      for (const worker of FakeWorker.made) {
        expect(kindsOf(worker).slice(-2)).toEqual(['hold', 'hold']);
        expect(worker.posted.slice(-2)).toEqual([{ hold: 2000 }, { hold: 0 }]);
      }
    } finally {
      client.dispose();
    }
  });
});
