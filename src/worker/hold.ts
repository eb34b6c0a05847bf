// A worker's analysis held between its steps while the page draws: on a 2-core machine the two workers otherwise take the drawing's core.

/**
 * Until when this worker's jobs wait (Date.now() ms; 0: not held), and who waits. The page sets it with a
 * HoldMessage when the reader changes the view and releases it once the page is idle (state/analysis.ts); the
 * time limit is the page's promise that a lost release never stalls the analysis for longer.
 */
export interface HoldState {
  until: number;
  waiting: Array<() => void>;
}

export const emptyHold = (): HoldState => ({ until: 0, waiting: [] });

/** Holds for `ms` from `now` (a later hold replaces an earlier one); 0 or less releases at once. */
export function setHold(state: HoldState, ms: number, now = Date.now()): void {
  state.until = ms > 0 ? now + ms : 0;
  if (ms <= 0) wakeHeld(state);
}

/** Lets every waiting job look again (a release, or a cancel: a cancelled job then stops at once). */
export function wakeHeld(state: HoldState): void {
  for (const wake of state.waiting.splice(0)) wake();
}

/** Resolves once the hold is released or has run out, or `stopped()` holds after a wake (at once when not held). */
export async function whileHeld(state: HoldState, stopped: () => boolean = () => false): Promise<void> {
  for (let left = state.until - Date.now(); left > 0 && !stopped(); left = state.until - Date.now()) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        const at = state.waiting.indexOf(done);
        if (at >= 0) state.waiting.splice(at, 1);
        resolve();
      };
      const timer = setTimeout(done, left);
      state.waiting.push(done);
    });
  }
}
