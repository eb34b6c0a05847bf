// A large dataset's first view prepared while the parse worker still validates it; the dataset is stored only if it passes.
import type { Dataset } from '../model/types';
import { stateAfterLoad } from './actions';
import { prepareInTasks, PREPARE_FROM } from './prepare';
import { useAtlas } from './store';

/** One load's preparation ahead of its verdict: the parse client's `onParsed`, then `settle` with the verdict. */
export interface EarlyPrepare {
  /** Starts preparing the parsed value (ParseOptions.onParsed) where that is safe; otherwise does nothing. */
  onParsed(candidate: Record<string, unknown>): void;
  /**
   * Waits for the preparation to end when `dataset` (the verdict's, null when invalid) is the value prepared, so
   * the store's own prepare then finds every step done; stops it at its next step otherwise, without waiting.
   */
  settle(dataset: Dataset | null): Promise<void>;
}

/**
 * At 5,000 actors the worker validates for 0.4–0.6 s after the last part has arrived, and the first view's steps
 * take ~0.4 s on this thread: run side by side on two cores, the first picture comes that much sooner. The steps
 * read a value not yet validated; each catches its own errors (prepare.ts), and an invalid file's verdict stops
 * them. Nothing is prepared while a large dataset is on screen: the steps fill one-entry memos, and a file that
 * then fails would leave that dataset to compute its view again in one long task.
 */
export function earlyPrepare(name: string, wanted: () => boolean): EarlyPrepare {
  let candidate: Record<string, unknown> | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  return {
    onParsed(value) {
      const actors = value.actors;
      if (!Array.isArray(actors) || actors.length < PREPARE_FROM) return;
      const state = useAtlas.getState();
      if (state.dataset !== null && state.dataset.actors.length >= PREPARE_FROM) return;
      let next;
      try {
        next = stateAfterLoad(state, value as unknown as Dataset, [], name);
      } catch {
        return; // A value this malformed fails validation; the verdict says where.
      }
      candidate = value;
      running = prepareInTasks(next, () => !stopped && wanted());
    },
    async settle(dataset) {
      if (candidate === null) return;
      if (dataset !== (candidate as unknown)) {
        stopped = true;
        return;
      }
      await running;
    },
  };
}
