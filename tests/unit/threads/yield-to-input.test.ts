// yieldToInput: the browser's scheduler.yield() where it has one (ahead of queued tasks), else a later task.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToInput } from '../../../src/threads/idle';

const global = globalThis as { scheduler?: unknown };
afterEach(() => {
  delete global.scheduler;
  vi.useRealTimers();
});

describe('yieldToInput', () => {
  it('resolves through scheduler.yield() where the browser has it, queueing no timer', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    global.scheduler = { yield: yielded };
    const timers = vi.spyOn(globalThis, 'setTimeout');
    await yieldToInput();
    expect(yielded).toHaveBeenCalledTimes(1);
    expect(timers).not.toHaveBeenCalled();
    timers.mockRestore();
  });

  it('waits for a later task (a zero timer) where there is no scheduler.yield()', async () => {
    global.scheduler = { postTask: () => undefined };
    vi.useFakeTimers();
    let done = false;
    const pending = yieldToInput().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await pending;
    expect(done).toBe(true);
  });
});
