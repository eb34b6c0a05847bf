// The shared Worker handle of the three worker clients: start-up that never throws, and the wiring of answers and failures.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listen, startWorker, type WorkerLike } from '../../../src/threads/worker-like';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startWorker', () => {
  it('gives null where there is no Worker, without calling make', () => {
    const make = vi.fn(() => ({}) as Worker);
    expect(typeof Worker).toBe('undefined');
    expect(startWorker(make)).toBeNull();
    expect(make).not.toHaveBeenCalled();
  });

  it('gives null when the Worker constructor throws (file://, sandbox)', () => {
    vi.stubGlobal('Worker', class {});
    expect(
      startWorker(() => {
        throw new Error('SecurityError');
      }),
    ).toBeNull();
  });

  it('gives the worker make starts where Worker exists', () => {
    vi.stubGlobal('Worker', class {});
    const worker = { terminate: () => undefined } as unknown as Worker;
    expect(startWorker(() => worker)).toBe(worker);
  });
});

describe('listen', () => {
  it("sends the worker's answers to reply and its failure to failed", () => {
    const worker: WorkerLike<string, number> = {
      postMessage: () => undefined,
      terminate: () => undefined,
      onmessage: null,
      onerror: null,
    };
    const replies: number[] = [];
    const failures: string[] = [];
    listen(
      worker,
      (data) => replies.push(data),
      (event) => failures.push(event.message),
    );
    worker.onmessage?.({ data: 42 } as MessageEvent<number>);
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(replies).toEqual([42]);
    expect(failures).toEqual(['boom']);
  });
});
