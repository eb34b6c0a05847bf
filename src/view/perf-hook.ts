// Timing marks for the app benchmark (bench/app.bench.ts), always made, and window.__atlasPerf to drive it when asked.
import type { Filters } from '../model/types';
import { selectActor, setFilters } from '../state/actions';
import { analysisHold } from '../state/analysis';
import { useAtlas } from '../state/store';
import { testHooksWanted } from './test-signal';

/**
 * performance.mark names, so the benchmark reads the same clock as the Long Tasks API:
 * - atlas:dataset-loaded: a dataset passed validation and is in the store;
 * - atlas:drawn: the canvas drew an update (two animation frames after it, i.e. painted);
 *   detail = { nodes, edges, totalEdges, preview } drawn; `preview` is true for the first picture of a
 *   large network, painted before cytoscape holds its nodes (clicks and hover work from the next mark);
 * - atlas:analysis-done: metrics for the current graph arrived from the worker.
 */
export const MARKS = {
  datasetLoaded: 'atlas:dataset-loaded',
  drawn: 'atlas:drawn',
  analysisDone: 'atlas:analysis-done',
} as const;

export interface AtlasPerfHook {
  setFilters(patch: Partial<Filters>): void;
  selectActor(id: string | null): void;
  /** 'idle' | 'running' | 'done' | 'failed', as the store has it. */
  analysisStatus(): string;
  /** Holds every analysis result back from the store until releaseAnalysis (a test clicks while one is pending). */
  holdAnalysis(): void;
  releaseAnalysis(): void;
}

declare global {
  interface Window {
    __atlasPerf?: AtlasPerfHook;
  }
}

const mark = (name: string, detail?: unknown): void => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, { detail });
};

/** Marks a drawn frame: two animation frames after the renderer's update, when the canvas has painted it. */
export function markDrawn(detail: { nodes: number; edges: number; totalEdges: number; preview: boolean }): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => requestAnimationFrame(() => mark(MARKS.drawn, detail)));
}

let marking = false;
/** Lets the held analysis results through (holdAnalysis). */
let release = (): void => undefined;
/**
 * Starts the store marks once per page (harmless: performance entries nobody reads unless measuring), and puts
 * window.__atlasPerf on the page when a test or the bench asks (test-signal.ts).
 */
export function installPerfHook(): void {
  if (typeof window === 'undefined') return;
  if (!marking) {
    marking = true;
    useAtlas.subscribe((state, previous) => {
      if (state.dataset !== previous.dataset && state.dataset !== null) mark(MARKS.datasetLoaded);
      if (state.metrics !== previous.metrics && state.metrics !== null) mark(MARKS.analysisDone);
    });
  }
  if (window.__atlasPerf === undefined && testHooksWanted()) {
    window.__atlasPerf = {
      setFilters,
      selectActor,
      analysisStatus: () => useAtlas.getState().analysis.status,
      holdAnalysis: () => {
        analysisHold.until ??= new Promise((resolve) => (release = resolve));
      },
      releaseAnalysis: () => {
        analysisHold.until = null;
        release();
      },
    };
  }
}

// Installed when the module is first imported (at start-up, through the graph view), so the first
// dataset's load is marked too: the canvas only mounts after a dataset is there.
installPerfHook();
