// Runs a task when the main thread is next idle: the one idle helper of the worker clients and the views.

/**
 * Runs `task` at the next idle moment, at the latest after `latestMs`; where there is no
 * requestIdleCallback (Safari, Node), after `withoutIdleMs` instead. Returns the cancel function.
 */
export function whenIdle(task: () => void, latestMs: number, withoutIdleMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: latestMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, withoutIdleMs);
  return () => clearTimeout(timer);
}

/**
 * whenIdle, asked only `delayMs` from now (at once for 0), so the idle moment found is one after what the caller
 * expects to happen meanwhile (a change drawn). Returns the cancel function for both waits.
 */
export function whenIdleAfter(delayMs: number, task: () => void, latestMs: number, withoutIdleMs = 0): () => void {
  if (delayMs <= 0) return whenIdle(task, latestMs, withoutIdleMs);
  let stopIdle: (() => void) | null = null;
  const timer = setTimeout(() => {
    stopIdle = whenIdle(task, latestMs, withoutIdleMs);
  }, delayMs);
  return () => {
    clearTimeout(timer);
    stopIdle?.();
  };
}

/** Resolves in a later task (setTimeout), so frames, input and other tasks run in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The part of the Prioritized Task Scheduling API used here (Chromium 129+; not yet in TypeScript's DOM types). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Lets input and a frame through, then goes on ahead of the tasks queued meanwhile where the browser has
 * `scheduler.yield()` (Chromium): work split into steps for the page's sake then does not also wait behind every
 * drawing slice queued before it. Elsewhere (Firefox, Safari, Node) a later task, as nextTask.
 */
export function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
}
