// Timing marks for the app benchmark (bench/app.bench.ts) and window.__atlasPerf to drive it; harmless for users.
import type { Filters } from '../model/types';
import { selectActor, setFilters } from '../state/actions';
import { useAtlas } from '../state/store';

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

let installed = false;
/** Installs the store marks and window.__atlasPerf once per page. */
export function installPerfHook(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.__atlasPerf = {
    setFilters,
    selectActor,
    analysisStatus: () => useAtlas.getState().analysis.status,
  };
  useAtlas.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset && state.dataset !== null) mark(MARKS.datasetLoaded);
    if (state.metrics !== previous.metrics && state.metrics !== null) mark(MARKS.analysisDone);
  });
}

// Installed when the module is first imported (at start-up, through the graph view), so the first
// dataset's load is marked too: the canvas only mounts after a dataset is there.
installPerfHook();
