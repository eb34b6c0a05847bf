// Long computations written once as generators of progress fractions, run either straight through or in slices.
import { throwIfCancelled, type RunControl } from './types';

/** A computation that yields its progress (0..1) between chunks of work and returns its result. */
export type Steps<T> = Generator<number, T, void>;

/** Maps a sub-computation's progress into [from, to] of the whole. */
export function* scaled<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  let step = steps.next();
  while (!step.done) {
    yield from + (to - from) * step.value;
    step = steps.next();
  }
  return step.value;
}

/** Runs to the end in one go (CLI, worker): reports progress and checks cancellation at every yield. */
export function runSteps<T>(steps: Steps<T>, control: RunControl = {}): T {
  throwIfCancelled(control.signal);
  let step = steps.next();
  while (!step.done) {
    control.onProgress?.(step.value);
    throwIfCancelled(control.signal);
    step = steps.next();
  }
  control.onProgress?.(1);
  return step.value;
}

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs on the main thread without freezing it: after each time slice of `sliceMs` it gives the
 * event loop a turn (setTimeout, or `turn`), so clicks and paints get through, and then checks cancellation.
 * A worker passes a turn without the timers' 4 ms clamp, and reads its cancel messages in those turns.
 */
export async function runStepsAsync<T>(
  steps: Steps<T>,
  control: RunControl = {},
  sliceMs = 12,
  turn: () => Promise<void> = nextMacrotask,
): Promise<T> {
  // Start on a later turn, so a job replaced at once (the user still moving a slider) never runs.
  await turn();
  throwIfCancelled(control.signal);
  let sliceStart = Date.now();
  let step = steps.next();
  while (!step.done) {
    control.onProgress?.(step.value);
    if (Date.now() - sliceStart >= sliceMs) {
      await turn();
      sliceStart = Date.now();
    }
    throwIfCancelled(control.signal);
    step = steps.next();
  }
  control.onProgress?.(1);
  return step.value;
}
