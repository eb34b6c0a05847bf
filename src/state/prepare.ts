// A large dataset's first render, done beforehand a step per task: each step fills a memo that the render then finds.
import { yieldToInput } from '../threads/idle';
import type { AtlasState } from './store';

/**
 * From this many actors a loaded dataset is prepared in steps before it is stored. Below it (the 192-actor
 * sample) the whole first render is a few tens of milliseconds, and the waits between steps would only delay it.
 */
export const PREPARE_FROM = 1000;

/**
 * What one part of the view computes on its first render of `state`, as steps. Each step calls the same
 * memoised function with the same arguments as the render will, so the render reads the result instead of
 * computing it; a step that does not match (the view changed meanwhile) costs time but changes nothing.
 */
export type Preparer = (state: AtlasState) => ReadonlyArray<() => unknown>;

const preparers: Preparer[] = [];

/**
 * Adds the steps of one part of the view; the module that renders it registers them when it is loaded
 * (state/ cannot import view/, so the view tells the store what its first render needs). Returns its removal.
 */
export function addPreparer(preparer: Preparer): () => void {
  preparers.push(preparer);
  return () => {
    const at = preparers.indexOf(preparer);
    if (at >= 0) preparers.splice(at, 1);
  };
}

/**
 * Work per task before the steps let input and frames through. A step that hits its memo (most of a filter change's
 * steps) costs nothing, and a yield after each made a year click at 5,000 actors wait behind every drawing slice
 * queued meanwhile (filter → repaint 470 → 748 ms in the bench). Small, so that a step that computes (30–170 ms at
 * 5,000 actors) is never joined by the next one that computes.
 */
export const STEP_BUDGET_MS = 10;

export interface PrepareOptions {
  /** How a step lets the page through (tests count the waits). */
  wait?: () => Promise<void>;
  /** Steps run back to back until this much time has gone since the last wait. */
  budgetMs?: number;
}

/**
 * Runs every registered step of `state` while `wanted()` holds (a newer load or filter change stops it), waiting
 * for a later task first and whenever the steps since the last wait took STEP_BUDGET_MS. At 5,000 actors the first
 * render was one 1.4–1.8 s task; in steps each is one memoised function, 30–250 ms.
 * A step that throws is left to the render, which computes it again and reports the error where it belongs.
 */
export async function prepareInTasks(
  state: AtlasState,
  wanted: () => boolean,
  { wait = yieldToInput, budgetMs = STEP_BUDGET_MS }: PrepareOptions = {},
): Promise<void> {
  let since = -Infinity;
  for (const preparer of preparers) {
    for (const step of preparer(state)) {
      if (performance.now() - since >= budgetMs) {
        await wait();
        since = performance.now();
      }
      if (!wanted()) return;
      try {
        step();
      } catch {
        // The render runs it again and shows what went wrong.
      }
    }
  }
  // The caller stores the state next, and the render and the renderer's update run in that task: not after a step
  // that computed (profiles at 5,000 actors: the level of detail, 30 ms, then the render's 60–90 ms, one task).
  if (performance.now() - since >= budgetMs) await wait();
}
