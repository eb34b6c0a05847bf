// whenIdleAfter: an idle callback asked for only after a delay, and one cancel for both waits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdleAfter } from '../../../src/threads/idle';

const asked: Array<{ task: () => void; timeout: number | undefined }> = [];
beforeEach(() => {
  vi.useFakeTimers();
  asked.length = 0;
  vi.stubGlobal('requestIdleCallback', (task: () => void, options?: { timeout?: number }) => {
    asked.push({ task, timeout: options?.timeout });
    return asked.length;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    asked[handle - 1]!.task = () => undefined;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdleAfter', () => {
  it('asks for the idle moment only once the delay has passed, with the latest time given', () => {
    const task = vi.fn();
    whenIdleAfter(250, task, 1000);
    vi.advanceTimersByTime(249);
    expect(asked).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(asked.map((entry) => entry.timeout)).toEqual([1000]);
    asked[0]!.task();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('asks at once for a delay of 0', () => {
    whenIdleAfter(0, () => undefined, 3000);
    expect(asked.map((entry) => entry.timeout)).toEqual([3000]);
  });

  it('cancels the delay before it ends, or the idle wait after it', () => {
    const early = vi.fn();
    whenIdleAfter(100, early, 500)();
    vi.advanceTimersByTime(200);
    expect(asked).toHaveLength(0);
    const late = vi.fn();
    const stop = whenIdleAfter(100, late, 500);
    vi.advanceTimersByTime(100);
    stop();
    asked[0]!.task();
    expect([early, late].map((task) => task.mock.calls.length)).toEqual([0, 0]);
  });
});
