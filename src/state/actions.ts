// Module-level actions on the store: loading, selection, filters, encodings, explorer and gap views (no effects).
import { cleanState, stateContextFrom } from '../embed/codec';
import {
  defaultViewState,
  type ColorBy,
  type LayoutName,
  type MetricName,
  type TableFind,
  type TableSort,
  type ViewMode,
  type ViewState,
} from '../embed/view-state';
import type { Dataset, LoadResult, Problem, Projection } from '../model/types';
import { parseDatasetText } from '../model/validate';
import { cancelPendingFilters } from './filters';
import { memoLast } from './memo';
import { useAtlas, type AtlasState, type DatasetOrigin, type FailureKind, type OpenPanel } from './store';

const { setState, getState } = useAtlas;

/**
 * The one way an action changes part of the view: a new view object with the patch laid over it; `graphChanges`
 * bumps the graph version when the patch changes which graph is drawn (filters, projection, year).
 */
export function patchView(patch: Partial<ViewState>, graphChanges = false): void {
  setState((state) => ({
    view: { ...state.view, ...patch },
    ...(graphChanges ? { graphVersion: state.graphVersion + 1 } : {}),
  }));
}

/**
 * Parses and validates a dataset's text on this thread, then stores it as applyLoadResult does.
 * URL and file loads go through a worker instead (load.ts); this serves embedded data, imports and tests.
 */
export function loadDatasetFromText(text: string, source: string): LoadResult {
  return applyLoadResult(parseDatasetText(text), source);
}

/** The view's context for a dataset (ids, years, sectors), once per dataset: a large one takes ~0.1 s. */
const contextOf = memoLast(stateContextFrom);

/**
 * The store's state once `dataset` is stored: the view kept where it still fits the new data, no metrics yet.
 * What a good load stores (applyLoadResult), and what a large one prepares its first render for (state/prepare.ts).
 */
export function stateAfterLoad(state: AtlasState, dataset: Dataset, warnings: Problem[], source: string): AtlasState {
  return {
    ...state,
    dataset,
    source,
    warnings,
    failure: null,
    loading: null,
    datasetVersion: state.datasetVersion + 1,
    graphVersion: state.graphVersion + 1,
    view: cleanState(state.view, contextOf(dataset)),
    metrics: null,
    pendingFilters: null,
  };
}

/**
 * Stores a parsed and validated dataset. A good file replaces the dataset (the view state is kept
 * where it still fits the new data); a bad one records its problems and leaves the loaded dataset as it was.
 */
export function applyLoadResult(result: LoadResult, source: string): LoadResult {
  if (!result.ok) {
    setState({ failure: { source, kind: 'contents', problems: result.errors }, loading: null });
    return result;
  }
  setState((state) => stateAfterLoad(state, result.dataset, result.warnings, source));
  return result;
}

/** Records a failure that is not a list of places in the file (network, unreadable file), as one problem of `kind`. */
export function reportLoadFailure(source: string, message: string, kind: FailureKind = 'contents'): void {
  setState({ failure: { source, kind, problems: [{ severity: 'error', pointer: '', message }] }, loading: null });
}

export const setLoading = (source: string | null): void => setState({ loading: source });
/** Where the loaded dataset can be fetched again (`?data=`); null for the sample, a local file or an embedded one. */
/** After a good load: where the dataset came from, and the `?data=` a link carries for it (null when none can). */
export function markOrigin(origin: DatasetOrigin, data: string | null = null): void {
  setState((state) => ({ origin, view: { ...state.view, data } }));
}
export const dismissFailure = (): void => setState({ failure: null });
/** Drops `?data=` from the view (so from the address bar) after it failed to load: a link must not keep it. */
export const forgetDataAddress = (): void => patchView({ data: null });
export const openPanel = (panel: OpenPanel): void => patchView({ panel });
export const togglePanel = (panel: Exclude<OpenPanel, null>): void =>
  patchView({ panel: getState().view.panel === panel ? null : panel });

/**
 * Applies a link's view state, checked against the loaded dataset when there is one. By default the
 * link's keys are laid over the current view; with `replace` the link is the whole view (back/forward),
 * keys it leaves out taking their defaults, except the dataset reference, which only a load changes.
 */
export function applyLinkState(partial: Partial<ViewState>, replace = false): void {
  cancelPendingFilters();
  const { dataset, view } = getState();
  const merged = replace ? { ...defaultViewState(), ...partial, data: view.data } : { ...view, ...partial };
  const next = dataset ? cleanState(merged, contextOf(dataset)) : merged;
  setState((state) => ({ view: next, graphVersion: state.graphVersion + 1 }));
}

export const selectActor = (id: string | null): void => patchView({ selected: id, country: null, agreement: null });
export const selectCountry = (code: string | null): void =>
  patchView({ country: code, selected: null, agreement: null });
export const setViewMode = (view: ViewMode): void => patchView({ view });
export const setColor = (color: ColorBy): void => patchView({ color });
export const setSize = (size: MetricName): void => patchView({ size });
export const setProjection = (projection: Projection): void => patchView({ projection }, true);

export { setFilters, setYear } from './filters';

/** The rankings table's sort, kept in the view so a link reopens the table as it was sorted. */
export const setTableSort = (sort: TableSort | null): void => patchView({ sort });
/** The rankings table's own filter; an empty one is stored as none. */
export const setTableFind = (find: TableFind): void =>
  patchView({ find: find.country === '' && find.kind === '' && find.text === '' ? null : find });
/** The country pair chosen in the gap matrix. */
export const chooseGap = (gap: [string, string] | null): void => patchView({ gap });
/** The chosen coverage cell: sector id and country code. */
export const chooseCell = (cell: [string, string] | null): void => patchView({ cell });
/** Opens or closes the legend (null: the frame's default). */
export const setLegendOpen = (legend: boolean | null): void => patchView({ legend });

// The explorer: layout, focus, paths, agreements and the year.
export const setLayout = (layout: LayoutName): void => patchView({ layout, view: 'graph' });
export const setHops = (hops: 1 | 2): void => patchView({ hops });

/** Focuses an actor (its neighbourhood in full colour) and opens its details; null clears the focus. */
export const focusActor = (id: string | null): void =>
  patchView(id === null ? { focus: null } : { focus: id, selected: id, country: null, agreement: null, path: null });

/** The actor panel's Focus: the actor's neighbourhood of 1 or 2 steps on the network, in one history entry. */
export const focusNeighbourhood = (id: string, hops: 1 | 2): void =>
  patchView({ view: 'graph', focus: id, hops, selected: id, country: null, agreement: null, path: null });

export const selectAgreement = (id: string | null): void => patchView({ agreement: id, selected: null, country: null });

/** Shows the shortest paths between two actors; null hides them. */
export const showPath = (path: [string, string] | null): void =>
  patchView(path === null ? { path: null } : { path, focus: null });

// The gap views: matrix sector, compared years, a recommended partner (what-if agreements are in whatif.ts).
export const setGapSector = (sector: string | null): void => patchView({ sector });
export const setCompareYears = (compare: [number, number] | null): void => patchView({ compare });
export const showGapView = (view: ViewMode): void => patchView({ view });

/**
 * Shows an actor and a candidate partner on the canvas: the shortest paths between them run through
 * the shared partners. The actor stays selected, so its list of candidates stays open.
 */
export const showCandidate = (actor: string, candidate: string): void =>
  patchView({
    view: 'graph',
    path: [actor, candidate],
    selected: actor,
    focus: null,
    country: null,
    agreement: null,
  });
