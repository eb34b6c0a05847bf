// The force layout client: answers from the worker, and falls back to the main thread when there is none or it fails.
import { describe, expect, it } from 'vitest';
import { forcePositionsAsync, type ForceWorkerLike } from '../../../src/render/layouts/force-client';
import type { ForceReply, ForceRequest } from '../../../src/render/layouts/force.worker';

const nodes = [{ id: 'a' }, { id: 'b' }, { id: '__proto__' }];
const edges = [
  { source: 'a', target: 'b' },
  { source: 'b', target: '__proto__' },
];

function standIn(answer: (request: ForceRequest) => ForceReply | 'crash'): ForceWorkerLike & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null as ForceWorkerLike['onmessage'],
    onerror: null as ForceWorkerLike['onerror'],
    postMessage(request: ForceRequest) {
      const reply = answer(request);
      setTimeout(() => {
        if (reply === 'crash') worker.onerror?.({ message: 'boom' } as ErrorEvent);
        else worker.onmessage?.({ data: reply } as MessageEvent<ForceReply>);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('forcePositionsAsync', () => {
  it('uses the worker answer and terminates the worker', async () => {
    const worker = standIn((request) => ({
      ok: true,
      positions: request.nodes.map((n, i) => [n.id, i * 10, -i] as [string, number, number]),
    }));
    const positions = await forcePositionsAsync(nodes, edges, () => worker);
    expect(positions.get('__proto__')).toEqual({ x: 20, y: -2 });
    expect(worker.terminated).toBe(true);
  });

  // fcose itself is quick on three nodes; the generous timeout is for a cold start on a busy machine.
  it('computes on the main thread without a worker, or when the worker fails', { timeout: 60_000 }, async () => {
    for (const create of [
      () => null,
      () => standIn(() => 'crash'),
      () => standIn(() => ({ ok: false, message: 'x' })),
    ]) {
      const positions = await forcePositionsAsync(nodes, edges, create);
      expect([...positions.keys()].sort()).toEqual(['__proto__', 'a', 'b']);
      for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });
});
