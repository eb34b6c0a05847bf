// The one request client (request-client.ts) of the parse and sheets workers: answers folded by id, cancel by drop, and this thread's run of what is pending when the worker fails.
import { describe, expect, it } from 'vitest';
import type { WorkerLike } from '../../../src/threads/worker-like';
import { createRequestClient } from '../../../src/worker/request-client';

type Request = { id: number; n: number };
type Reply = { id: number; type: 'piece'; value: number } | { id: number; type: 'end' };
type Worker = WorkerLike<Request, Reply>;

/** Answers each request a turn later with pieces n, n+1 and an end; `fail` makes it fail instead; records what happens. */
function fakeWorker(log: string[], fail = false): Worker {
  const worker: Worker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      log.push(`post ${request.id}`);
      setTimeout(() => {
        if (log.includes('terminated')) return;
        if (fail) return worker.onerror?.({ message: 'crash', preventDefault: () => undefined } as ErrorEvent);
        const reply = (data: Reply): void => worker.onmessage?.({ data } as MessageEvent);
        reply({ id: request.id, type: 'piece', value: request.n });
        reply({ id: request.id, type: 'piece', value: request.n + 1 });
        reply({ id: request.id, type: 'end' });
      }, 0);
    },
    terminate: () => log.push('terminated'),
  };
  return worker;
}

const options = (create: () => Worker | null) => ({
  create,
  fold: () => {
    const pieces: number[] = [];
    return (reply: Reply): string | undefined => {
      if (reply.type === 'piece') pieces.push(reply.value);
      else return `worker ${pieces.join(',')}`;
      return undefined;
    };
  },
  here: (request: Request) => `here ${request.n}`,
});

describe('createRequestClient', () => {
  it('folds each request’s replies by id, with requests in flight together on one worker', async () => {
    let made = 0;
    const client = createRequestClient(
      options(() => {
        made += 1;
        return fakeWorker([]);
      }),
    );
    const target = client.worker()!;
    const outcomes = await Promise.all([
      client.send(target, { id: client.nextId(), n: 1 }),
      client.send(target, { id: client.nextId(), n: 10 }),
    ]);
    expect(outcomes).toEqual(['worker 1,2', 'worker 10,11']);
    expect(made).toBe(1);
  });

  it('drop gives every pending request the outcome, stops the worker and starts a fresh one next', async () => {
    const logs: string[][] = [];
    const client = createRequestClient(
      options(() => {
        logs.push([]);
        return fakeWorker(logs.at(-1)!);
      }),
    );
    expect(client.drop('none')).toBe(false);
    const pending = client.send(client.worker()!, { id: client.nextId(), n: 1 });
    expect(client.drop('dropped')).toBe(true);
    expect(await pending).toBe('dropped');
    expect(logs[0]).toEqual(['post 1', 'terminated']);
    expect(await client.send(client.worker()!, { id: client.nextId(), n: 5 })).toBe('worker 5,6');
    expect(logs).toHaveLength(2);
  });

  it('runs what is pending here when the worker fails, and gives no worker from then on', async () => {
    let made = 0;
    const client = createRequestClient(
      options(() => {
        made += 1;
        return fakeWorker([], true);
      }),
    );
    expect(await client.send(client.worker()!, { id: client.nextId(), n: 7 })).toBe('here 7');
    expect(client.worker()).toBeNull();
    expect(made).toBe(1);
  });

  it('gives no worker where there is none (create gives null or throws)', () => {
    expect(createRequestClient(options(() => null)).worker()).toBeNull();
    const throwing = createRequestClient(
      options(() => {
        throw new Error('no Worker');
      }),
    );
    expect(throwing.worker()).toBeNull();
  });
});
