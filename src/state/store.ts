// The app's one zustand store: the loaded dataset, load problems, the view state and version counters.
import { create } from 'zustand';
import type { ActorMetrics, AnalysisResult } from '../analysis/types';
import { defaultViewState, type ViewState } from '../embed/view-state';
import type { Dataset, Filters, Problem } from '../model/types';

/**
 * What went wrong, so the error panel can word it: the `address` cannot be used, the `network` failed (unreachable,
 * cross-origin), the `server` answered an HTTP error, the download `stopped` (too large, timed out, cancelled), or the
 * file's `contents` are not a valid dataset (the default: problems listed by place).
 */
export type FailureKind = 'address' | 'network' | 'server' | 'stopped' | 'contents';

/** A file that failed to load: where it came from and every problem found in it. */
export interface LoadFailure {
  source: string;
  problems: Problem[];
  kind?: FailureKind;
}

/** Per-actor metrics of the current filtered graph, tagged with the graph version they were computed for. */
export interface MetricsState {
  graphVersion: number;
  byActor: ReadonlyMap<string, ActorMetrics>;
  /** The whole analysis (countries, sectors, gaps, recommendations) of that graph version. */
  result?: AnalysisResult;
}

/** Where the background analysis stands, for a status line. */
export interface AnalysisStatus {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** 0..1 while running. */
  progress: number;
  message: string | null;
}

/**
 * Where the loaded dataset came from, which decides what a shared link can carry: the bundled `sample`, an `address`
 * (`?data=`), the `page` itself (single-file export), a `link` fragment (`#data=`), or a `local` file or spreadsheet
 * import (kept in this browser, and not reachable by anyone else).
 */
export type DatasetOrigin = 'sample' | 'address' | 'page' | 'link' | 'local';

/** Side panels that are not tied to a selection (kept in the view, so a link reopens them). */
export type { OpenPanel } from '../embed/view-state';

export interface AtlasState {
  dataset: Dataset | null;
  /** Name of the loaded dataset's source (a file name or a URL). */
  source: string | null;
  warnings: Problem[];
  /** The last failed load (the previous dataset stays loaded); null after a good load or when dismissed. */
  failure: LoadFailure | null;
  /** Where the dataset came from; null before the first load. */
  origin: DatasetOrigin | null;
  /** Source being fetched right now, for a progress note. */
  loading: string | null;
  /** Bumps on every successful load: the renderer forgets positions when it changes. */
  datasetVersion: number;
  /** Bumps whenever the filtered graph may change (load, filters, projection). */
  graphVersion: number;
  view: ViewState;
  metrics: MetricsState | null;
  analysis: AnalysisStatus;
  /**
   * True while an animation (year play) changes the view: the address bar gets one history entry for the whole
   * animation, not one per frame, so Back leaves the animation instead of stepping through its years.
   */
  animating: boolean;
  /**
   * Filters chosen but not yet stored in the view: a large dataset's scene is prepared for them first
   * (state/filters.ts). The filter controls show these; everything else reads view.filters.
   */
  pendingFilters: Filters | null;
}

export const initialAtlasState = (): AtlasState => ({
  dataset: null,
  source: null,
  warnings: [],
  failure: null,
  origin: null,
  loading: null,
  datasetVersion: 0,
  graphVersion: 0,
  view: defaultViewState(),
  metrics: null,
  analysis: { status: 'idle', progress: 0, message: null },
  animating: false,
  pendingFilters: null,
});

export const useAtlas = create<AtlasState>()(() => initialAtlasState());

/** Back to the empty state (tests). */
export const resetAtlas = (): void => useAtlas.setState(initialAtlasState(), true);
