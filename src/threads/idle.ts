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

/** Resolves in a later task (setTimeout), so frames, input and other tasks run in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
