// The analysis sync: one job per graph change, results tagged with their graph version, stale results dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeDataset } from '../analysis/analyze';
import { CancelledError, type AnalysisResult } from '../analysis/types';
import type { AnalysisClient } from '../worker/client';
import type { AnalysisRequest } from '../worker/protocol';
import { loadDatasetFromText, patchView, setFilters, setLayout } from './actions';
import {
  ANALYSIS_DELAY_MS,
  ANALYSIS_IDLE_LATEST_MS,
  HOLD_MARGIN_MS,
  HOLD_RELEASE_AFTER_MS,
  LOAD_HOLD_LATEST_MS,
  startAnalysisSync,
} from './analysis';
import { resetAtlas, useAtlas } from './store';

const text = JSON.stringify({
  format: 'alliance-graph@1',
  actors: [
    { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
    { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
    { id: 'c', label: 'C', kind: 'agency', country: 'SE' },
  ],
  agreements: [
    { id: 'ab', kind: 'bilateral', parties: ['a', 'b'] },
    { id: 'bc', kind: 'bilateral', parties: ['b', 'c'] },
  ],
});

interface ManualJob {
  request: AnalysisRequest;
  resolve: (r: AnalysisResult) => void;
  reject: (e: Error) => void;
  cancelled: boolean;
}

/**
 * A client that runs the real analysis but only when the test says so. A cancel rejects the jobs not yet finished
 * (they stay in `jobs`, marked); with `ignoresCancel`, it does nothing, as a result already on its way would.
 */
function manualClient({ ignoresCancel = false } = {}) {
  const jobs: ManualJob[] = [];
  const client: AnalysisClient = {
    mode: 'main-thread',
    run: vi.fn(
      (request: AnalysisRequest) =>
        new Promise<AnalysisResult>(
          (resolve, reject) => void jobs.push({ request, resolve, reject, cancelled: false }),
        ),
    ),
    cancel: vi.fn(() => {
      if (ignoresCancel) return;
      for (const job of jobs.filter((each) => !each.cancelled)) {
        job.cancelled = true;
        job.reject(new CancelledError());
      }
    }),
    hold: vi.fn(),
    dispose: vi.fn(),
  };
  const finish = (index: number) => {
    const job = jobs[index];
    if (!job) throw new Error(`no job ${index}`);
    const { dataset, filters, projection } = job.request;
    job.resolve(analyzeDataset(dataset, { filters, projection }));
  };
  return { client, jobs, finish };
}

/** A sync on a manual client with the test's dataset loaded, a microtask on: a new dataset's job is posted by then. */
async function loadedSync() {
  const manual = manualClient();
  const stop = startAnalysisSync(manual.client);
  loadDatasetFromText(text, 't.json');
  await Promise.resolve();
  return { ...manual, stop };
}

beforeEach(() => {
  resetAtlas();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The idle callbacks the sync asks for, kept for the test to run (requestIdleCallback stubbed until the test ends). */
function stubIdle(): Array<() => void> {
  const idle: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  return idle;
}

describe('startAnalysisSync', () => {
  it('computes the metrics of the loaded graph and tags them with its version', async () => {
    const { client, jobs, finish } = manualClient();
    const stop = startAnalysisSync(client);
    loadDatasetFromText(text, 't.json');
    await vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS);
    expect(jobs).toHaveLength(1);
    expect(useAtlas.getState().analysis.status).toBe('running');
    finish(0);
    await vi.runAllTimersAsync();
    const { metrics, graphVersion, analysis } = useAtlas.getState();
    expect(analysis.status).toBe('done');
    expect(metrics?.graphVersion).toBe(graphVersion);
    // b sits on the only path between a and c: betweenness 1 (normalised), a and c 0.
    expect(metrics?.byActor.get('b')?.betweenness).toBe(1);
    expect(metrics?.byActor.get('a')?.betweenness).toBe(0);
    stop();
    expect(client.dispose).toHaveBeenCalled();
  });

  it('runs one job for a burst of changes and ignores a result that arrives for an older graph', async () => {
    const { client, jobs, finish } = manualClient({ ignoresCancel: true });
    const stop = startAnalysisSync(client);
    loadDatasetFromText(text, 't.json');
    setFilters({ countries: ['SE'] });
    setFilters({ countries: ['SE', 'FI'] });
    await vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS);
    expect(jobs).toHaveLength(1);
    setFilters({ countries: ['SE'] });
    finish(0);
    await vi.runAllTimersAsync();
    expect(useAtlas.getState().metrics).toBeNull();
    expect(jobs).toHaveLength(2);
    finish(1);
    await vi.runAllTimersAsync();
    expect([...(useAtlas.getState().metrics?.byActor.keys() ?? [])].sort()).toEqual(['b', 'c']);
    stop();
  });

  it('cancels the running job as soon as the graph changes, before the next job’s delay', async () => {
    const { jobs, finish, stop } = await loadedSync();
    expect(jobs).toHaveLength(1);
    setFilters({ countries: ['SE'] });
    // At once: the job's result belongs to the older graph, and its workers would take the redraw's cores.
    expect(jobs[0]?.cancelled).toBe(true);
    expect(jobs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS + 1);
    expect(jobs).toHaveLength(2);
    finish(1);
    await vi.runAllTimersAsync();
    expect([...(useAtlas.getState().metrics?.byActor.keys() ?? [])].sort()).toEqual(['b', 'c']);
    stop();
  });

  it('holds a new dataset’s job from its start until the page is first idle', async () => {
    const idle = stubIdle();
    const { client, jobs, stop } = await loadedSync();
    // Held before the job is posted, so the workers never take the first drawing's cores.
    expect(jobs).toHaveLength(1);
    expect(vi.mocked(client.hold).mock.invocationCallOrder[0]!).toBeLessThan(
      vi.mocked(client.run).mock.invocationCallOrder[0]!,
    );
    expect(vi.mocked(client.hold).mock.calls).toEqual([[LOAD_HOLD_LATEST_MS + HOLD_MARGIN_MS]]);
    expect(idle).toHaveLength(1);
    idle[0]?.();
    expect(vi.mocked(client.hold).mock.calls).toEqual([[LOAD_HOLD_LATEST_MS + HOLD_MARGIN_MS], [0]]);
    stop();
  });

  it('holds the running job while a change that keeps the graph is drawn, and releases it once the page is idle', async () => {
    const idle = stubIdle();
    const { client, jobs, stop } = await loadedSync();
    expect(jobs).toHaveLength(1);
    idle.splice(0).forEach((callback) => callback());
    const hold = vi.mocked(client.hold);
    hold.mockClear();
    patchView({ camera: { x: 1, y: 2, zoom: 2 } });
    expect(hold).not.toHaveBeenCalled();
    setLayout('grouped');
    const held = HOLD_RELEASE_AFTER_MS + ANALYSIS_IDLE_LATEST_MS + HOLD_MARGIN_MS;
    expect(hold.mock.calls).toEqual([[held]]);
    // The job is kept (it is still the current graph's), released only after the delay and an idle moment.
    expect(jobs[0]?.cancelled).toBe(false);
    await vi.advanceTimersByTimeAsync(HOLD_RELEASE_AFTER_MS - 1);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveLength(1);
    idle[0]?.();
    expect(hold.mock.calls).toEqual([[held], [0]]);
    // A filter change changes the graph: its job is cancelled, not held.
    setFilters({ countries: ['SE'] });
    expect(hold).toHaveBeenCalledTimes(2);
    expect(jobs[0]?.cancelled).toBe(true);
    stop();
  });

  it('starts the job of a new dataset at once, without the delay meant for filter changes', async () => {
    const { client, jobs } = manualClient();
    const stop = startAnalysisSync(client);
    loadDatasetFromText(text, 't.json');
    setFilters({ countries: ['SE'] });
    await Promise.resolve();
    // One job, with the filters set in the same task, and no timer needed.
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.request.filters.countries).toEqual(['SE']);
    setFilters({ countries: ['FI'] });
    await Promise.resolve();
    expect(jobs).toHaveLength(1);
    // The delay, then the idle wait (a timer of 0 ms where there is no requestIdleCallback, as in Node).
    await vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS + 1);
    expect(jobs).toHaveLength(2);
    stop();
  });

  it('starts a filter change’s job only once the page is idle after the delay, and not at all if replaced meanwhile', async () => {
    const idle = stubIdle();
    const { jobs, stop } = await loadedSync();
    expect(jobs).toHaveLength(1);
    // The new dataset's own wait (its job held until idle) is not the filter change's.
    idle.splice(0).forEach((callback) => callback());
    setFilters({ countries: ['SE'] });
    await vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS * 3);
    expect(jobs).toHaveLength(1);
    expect(idle).toHaveLength(1);
    // A newer change before the page was idle: the first wait's job never starts, the newer one's does.
    setFilters({ countries: ['FI'] });
    await vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS);
    idle[0]?.();
    expect(jobs).toHaveLength(1);
    idle[1]?.();
    expect(jobs).toHaveLength(2);
    expect(jobs[1]?.request.filters.countries).toEqual(['FI']);
    stop();
  });
});
