// Cytoscape catching up with a new picture over several tasks while the plain layer shows that picture at once.
import type { Collection, Core } from 'cytoscape';
import type { EdgeLayer } from './edge-layer';
import type { PreviewNode } from './node-preview';
import { styleNow } from './style-now';

/**
 * From this many nodes to move or restyle, the work is sliced (docs/performance.md, "Layout switches and
 * filters without long tasks"): below it, today's one batch, whose frame stays short.
 */
export const CATCH_UP_FROM = 1000;
/** Nodes moved or synced per task: ~0.05–0.2 ms each on this loaded machine, moves and cytoscape's frame. */
export const CATCH_UP_SLICE = 250;

/**
 * A job's `step` over [0, count): each call applies the next `size` (`apply(from, to)`), true once all are done.
 */
export function sliceSteps(count: number, size: number, apply: (from: number, to: number) => void): () => boolean {
  let at = 0;
  return () => {
    const to = Math.min(count, at + size);
    apply(at, to);
    at = to;
    return at >= count;
  };
}

/** A sync slice's own time (the frame after it adds cytoscape's bounds and drawing of what the slice changed). */
export const SYNC_BUDGET_MS = 24;
/** The first sync slice, before any pace is known: ~0.1–0.4 ms a restyled node on this machine (profiles). */
export const SYNC_FIRST_SLICE = 80;
/** Fewer units a slice would spend a frame on little; more than the fixed slice before it (250) made 180 ms tasks when a cheap slice (styles cached) was followed by a dear one. */
const SYNC_SLICE_BOUNDS = [20, 250] as const;

/**
 * A job's `step` over [0, count) that does in each call as many units as fit in `budgetMs` at the pace the
 * last call measured (the first does `first`). A filter's restyles cost from 0.1 to 0.4 ms a node with the
 * machine's load, so a fixed slice of 250 made tasks of 60–250 ms; a budget keeps each near it.
 */
export function timedSteps(
  count: number,
  apply: (from: number, to: number) => void,
  { budgetMs = SYNC_BUDGET_MS, first = SYNC_FIRST_SLICE, clock = () => performance.now() } = {},
): () => boolean {
  let at = 0;
  let size = first;
  return () => {
    const to = Math.min(count, at + size);
    const begin = clock();
    apply(at, to);
    const pace = (clock() - begin) / Math.max(1, to - at);
    const fit = pace > 0 ? Math.floor(budgetMs / pace) : SYNC_SLICE_BOUNDS[1];
    // At most twice the last slice: one fast slice (its elements' styles cached) says little about the next.
    size = Math.min(SYNC_SLICE_BOUNDS[1], 2 * size, Math.max(SYNC_SLICE_BOUNDS[0], fit));
    at = to;
    return at >= count;
  };
}

/**
 * timedSteps for changes to cytoscape's elements: each slice changes them in a batch, then styles what it changed in
 * its own task (styleNow), so the slice's time includes the restyle and the next slice is sized to the budget.
 */
export function styledSteps(cy: Core, count: number, apply: (from: number, to: number) => Collection): () => boolean {
  return timedSteps(count, (from, to) => {
    let changed: Collection;
    cy.startBatch();
    try {
      changed = apply(from, to);
    } finally {
      cy.endBatch();
    }
    styleNow(changed);
  });
}

/** Work on cytoscape done a slice per task; `start` (again after another job ran) puts its picture up. */
export interface CatchUpJob {
  /**
   * 'sync' (an update's filter) runs before the others; 'highlight' (a focus's or path's fading) and 'layout' (moves)
   * run in the order they came. A new job drops only the unfinished one of its own kind.
   */
  readonly kind: 'sync' | 'highlight' | 'layout';
  /** The picture drawn on the plain layer until the job ends (null: none), read when the job starts or resumes. */
  start(): readonly PreviewNode[] | null;
  /** Does the next slice; true when nothing is left. */
  step(): boolean;
  /** Runs once, in the last slice's task (or at once when flushed). */
  end(): void;
}

export interface CatchUp {
  /** Whether a job is running or waiting (taps on nodes are ignored, labels wait). */
  readonly busy: boolean;
  /** The running layout job, to merge a later call that moves nothing into it. */
  readonly layout: CatchUpJob | null;
  /**
   * Queues a job: a new sync drops the unfinished one (a sync brings everything to its scene) and runs before the
   * waiting highlight and layout jobs; a new layout job drops the unfinished one (its moves are measured from where
   * nodes are); a new highlight drops the unfinished one (each plans from the classes nodes have when it starts).
   */
  run(job: CatchUpJob): void;
  /** Drops this job or the jobs of this kind, unfinished (what they did so far stays). */
  drop(which: CatchUpJob | CatchUpJob['kind']): void;
  /** Draws the running job's picture again (cytoscape's shown nodes changed under it). */
  refresh(): void;
  /**
   * Runs `run` once the last job has ended, before cytoscape is shown again (at once when nothing runs); a later
   * call replaces a waiting one. For a change of few nodes whose fit must measure the nodes the jobs show and hide.
   */
  after(run: () => void): void;
  /** Called once the last job has ended, with cytoscape shown again. */
  onIdle(listener: () => void): void;
  /** Stops everything left (the renderer is destroyed). */
  cancel(): void;
}

/** Cytoscape's own canvases (its div inside the container, appended last: the layers go before it). */
function cytoscapeCanvases(container: HTMLElement | null): HTMLElement | null {
  if (container === null) return null;
  for (let child = container.lastElementChild; child !== null; child = child.previousElementSibling) {
    if (child instanceof HTMLElement && child.tagName === 'DIV' && child.querySelector('canvas')) return child;
  }
  return null;
}

/**
 * The catch-up of one cytoscape instance. `wait` schedules the next slice (afterFrame with a screen, so each
 * frame pays for one slice's moved nodes).
 */
export function createCatchUp(cy: Core, edgeLayer: EdgeLayer, wait: (run: () => void) => () => void): CatchUp {
  let queue: CatchUpJob[] = [];
  let cancelNext: (() => void) | null = null;
  let hidden: { element: HTMLElement; visibility: string } | null = null;
  const idle: Array<() => void> = [];
  let afterJobs: (() => void) | null = null;

  const showPicture = (job: CatchUpJob): void => {
    const nodes = job.start();
    edgeLayer.setPreviewNodes(nodes);
    // The old picture must not show through, nor cytoscape's half-moved nodes over the new one.
    if (nodes !== null && hidden === null) {
      const element = cytoscapeCanvases(cy.container());
      if (element) {
        hidden = { element, visibility: element.style.visibility };
        element.style.visibility = 'hidden';
      }
    }
  };
  /**
   * Cytoscape's canvas shown again. It keeps drawing while hidden: pausing its drawing (its renderer's `render`
   * stood in for, 7c3a9e4) halved its frames' total in profiles, but the bench's longest tasks did not settle
   * either way at load 22–24 (docs/performance.md), and it leaned on cytoscape's internals.
   */
  const restore = (): void => {
    if (hidden) hidden.element.style.visibility = hidden.visibility;
    hidden = null;
  };
  const stopIdle = (): void => {
    const run = afterJobs;
    afterJobs = null;
    run?.();
    edgeLayer.setPreviewNodes(null);
    edgeLayer.flush();
    restore();
    for (const listener of idle) listener();
  };
  const tick = (): void => {
    cancelNext = null;
    const job = queue[0];
    if (!job) return;
    if (!job.step()) {
      cancelNext = wait(tick);
      return;
    }
    queue.shift();
    job.end();
    // The end may have queued a job itself (a build's final update that restyles many nodes): it runs already.
    if (cancelNext !== null) return;
    const next = queue[0];
    if (next) {
      showPicture(next);
      cancelNext = wait(tick);
    } else {
      // The hand-over (the layer's full drawing, cytoscape shown) in a task of its own: with the last job's end (a
      // build's final update) it was one 180-380 ms task at 5,000 actors. A job run meanwhile cancels it.
      cancelNext = wait(() => {
        cancelNext = null;
        stopIdle();
      });
    }
  };

  return {
    get busy() {
      return queue.length > 0;
    },
    get layout() {
      return queue.find((job) => job.kind === 'layout') ?? null;
    },
    run(job) {
      const head = queue[0];
      queue = queue.filter((queued) => queued.kind !== job.kind);
      if (job.kind === 'sync') queue.unshift(job);
      else queue.push(job);
      if (queue[0] !== head) {
        showPicture(queue[0]!);
        cancelNext?.();
        cancelNext = wait(tick);
      }
    },
    drop(which) {
      const head = queue[0];
      queue = queue.filter((queued) => queued !== which && queued.kind !== which);
      if (queue[0] === head) return;
      cancelNext?.();
      cancelNext = null;
      const next = queue[0];
      if (next) {
        showPicture(next);
        cancelNext = wait(tick);
      } else stopIdle();
    },
    refresh() {
      const head = queue[0];
      if (head) edgeLayer.setPreviewNodes(head.start());
    },
    after(run) {
      if (queue.length === 0) run();
      else afterJobs = run;
    },
    onIdle(listener) {
      idle.push(listener);
    },
    cancel() {
      cancelNext?.();
      cancelNext = null;
      queue = [];
      afterJobs = null;
      restore();
    },
  };
}
