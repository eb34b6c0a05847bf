// Keeps the analysis in step with the store: whenever the filtered graph changes, one worker job recomputes the metrics.
import { CancelledError, type AnalysisResult } from '../analysis/types';
import { createAnalysisClient, type AnalysisClient } from '../worker/client';
import { useAtlas, type AtlasState } from './store';
import { messageOf } from '../model/errors';
import { whenIdleAfter } from '../threads/idle';

/** Waits this long after a change before starting a job, so dragging a year slider runs one job, not twenty. */
export const ANALYSIS_DELAY_MS = 120;

/**
 * Then waits for the page to be idle, at most this long: a change's job starts once the change is drawn. A large
 * network's job keeps two workers busy, and started during the redraw it took the redraw's core (sector filter at
 * 5,000 actors 178 -> 220 ms to repaint once the workers were kept between jobs, so a job started at once).
 */
export const ANALYSIS_IDLE_LATEST_MS = 1000;

/**
 * A change of the view that keeps the graph (a layout, the country view, a selection) holds a running analysis
 * until the page is idle again, at least this long after the change (ms): its drawing takes a few frames after
 * the click. At 5,000 actors the two workers' job took the cores of the countries switch (its click's task
 * 90-100 ms with the analysis done, 190-330 ms beside it).
 */
export const HOLD_RELEASE_AFTER_MS = 250;

/** The workers end a hold by themselves this long (ms) after its release was due, should the release never come. */
export const HOLD_MARGIN_MS = 500;

/**
 * A new dataset's job is posted at once (its dataset then travels while the page draws) but held until the page is
 * first idle, at the latest after this long (ms): on 2 cores the two workers took the drawing's cores. 5,000 actors,
 * alternating loads (medians of 6 and 8): interactive 4,440 -> 3,910 and 4,956 -> 4,387 ms, the load's longest task
 * 157 -> 100 and 171 -> 114 ms, metrics in 5,653 -> 5,522 and 6,199 -> 6,107 ms (no later: the held workers then run
 * on free cores).
 */
export const LOAD_HOLD_LATEST_MS = 3000;

/** Whether the view changed in more than the camera (a settled pan or zoom draws nothing new). */
function viewChanged(state: AtlasState, previous: AtlasState): boolean {
  if (state.view === previous.view) return false;
  const keys = Object.keys(state.view) as Array<keyof AtlasState['view']>;
  return keys.some((key) => key !== 'camera' && state.view[key] !== previous.view[key]);
}

/**
 * While `until` is set, a finished job's result waits for it before it reaches the store. Only the
 * perf hook sets it (view/perf-hook.ts `holdAnalysis`), so a browser test can click while an analysis
 * is surely still pending instead of racing the workers.
 */
export const analysisHold: { until: Promise<void> | null } = { until: null };

/**
 * Subscribes to the store and runs the analysis of the current dataset, filters and projection
 * (a new job cancels the last). Results land in `metrics`, tagged with the graph version they
 * belong to; progress and failures in `analysis`. Returns the function that stops it.
 */
export function startAnalysisSync(client: AnalysisClient = createAnalysisClient()): () => void {
  /** Stops the wait of the last filter change's job (its delay, then the idle moment). */
  let stopJobWait = (): void => undefined;
  let requested = -1;

  const run = (state: AtlasState): void => {
    const { dataset, graphVersion, view } = state;
    if (dataset === null) return;
    useAtlas.setState({ analysis: { status: 'running', progress: 0, message: null } });
    client
      .run(
        // No recommendations for every actor: nothing in the app reads them; the panel computes the
        // selected actor's with the same function (recommendFor, view/gaps/RecommendationsPanel.tsx), so no number changes.
        { kind: 'analyze', dataset, filters: view.filters, projection: view.projection, recommendations: 0 },
        {
          onProgress: (progress) => useAtlas.setState({ analysis: { status: 'running', progress, message: null } }),
        },
      )
      .then(async (result: AnalysisResult) => {
        if (analysisHold.until !== null) await analysisHold.until;
        if (useAtlas.getState().graphVersion !== graphVersion) return;
        useAtlas.setState({
          metrics: { graphVersion, byActor: new Map(result.actors.map((row) => [row.id, row])), result },
          analysis: { status: 'done', progress: 1, message: null },
        });
      })
      .catch((error: unknown) => {
        if (error instanceof CancelledError) return;
        const message = messageOf(error);
        useAtlas.setState({ analysis: { status: 'failed', progress: 0, message } });
      });
  };

  let lastDataset: AtlasState['dataset'] = null;
  let ticket = 0;
  let immediate = false;
  /** Stops the wait for the last hold's release. */
  let stopReleaseWait = (): void => undefined;
  /** Holds the workers now and releases them at the page's first idle moment `afterMs` from now (or `latestMs` after). */
  const holdUntilIdle = (afterMs: number, latestMs: number): void => {
    client.hold(afterMs + latestMs + HOLD_MARGIN_MS);
    stopReleaseWait();
    stopReleaseWait = whenIdleAfter(afterMs, () => client.hold(0), latestMs);
  };
  /** Holds the running job while the page draws a change of the view that keeps the graph (the job stays valid). */
  const holdWhileDrawing = (state: AtlasState, previous: AtlasState): void => {
    if (state.graphVersion !== previous.graphVersion || !viewChanged(state, previous)) return;
    holdUntilIdle(HOLD_RELEASE_AFTER_MS, ANALYSIS_IDLE_LATEST_MS);
  };
  const schedule = (state: AtlasState, previous: AtlasState = state): void => {
    holdWhileDrawing(state, previous);
    if (state.dataset === null || state.graphVersion === requested) return;
    // The running job's result would be dropped (it belongs to an older graph): stop it now, so the workers leave
    // the cores to drawing the change instead of finishing a job nobody will see.
    if (requested !== -1) client.cancel();
    requested = state.graphVersion;
    stopJobWait();
    const mine = ++ticket;
    if (state.dataset !== lastDataset || immediate) {
      // A new dataset starts at once (after this task's synchronous updates): the main thread is
      // about to be busy drawing it for a second or more, and a timer would only fire after that;
      // posted now, the worker computes while the graph is drawn (sample: ~1.2 s sooner in the app bench).
      lastDataset = state.dataset;
      immediate = true;
      queueMicrotask(() => {
        if (mine !== ticket) return;
        immediate = false;
        holdUntilIdle(0, LOAD_HOLD_LATEST_MS);
        run(useAtlas.getState());
      });
      return;
    }
    stopJobWait = whenIdleAfter(
      ANALYSIS_DELAY_MS,
      () => {
        if (mine === ticket) run(useAtlas.getState());
      },
      ANALYSIS_IDLE_LATEST_MS,
    );
  };

  schedule(useAtlas.getState());
  const unsubscribe = useAtlas.subscribe(schedule);
  return () => {
    unsubscribe();
    ticket++;
    stopJobWait();
    stopReleaseWait();
    client.dispose();
  };
}
