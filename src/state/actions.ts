// Module-level actions on the store: loading datasets, selection, filters and encodings (pure updates, no effects).
import { cleanState, stateContextFrom } from '../embed/codec';
import {
  defaultViewState,
  type ColorBy,
  type MetricName,
  type TableFind,
  type TableSort,
  type ViewMode,
  type ViewState,
} from '../embed/view-state';
import type { Filters, LoadResult, Projection } from '../model/types';
import { parseDatasetText } from '../model/validate';
import { useAtlas, type DatasetOrigin, type FailureKind, type OpenPanel } from './store';

const { setState, getState } = useAtlas;

/**
 * Parses and validates a dataset's text on this thread, then stores it as applyLoadResult does.
 * URL and file loads go through a worker instead (load.ts); this serves embedded data, imports and tests.
 */
export function loadDatasetFromText(text: string, source: string): LoadResult {
  return applyLoadResult(parseDatasetText(text), source);
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
  const { dataset } = result;
  setState((state) => ({
    dataset,
    source,
    warnings: result.warnings,
    failure: null,
    loading: null,
    datasetVersion: state.datasetVersion + 1,
    graphVersion: state.graphVersion + 1,
    view: cleanState(state.view, stateContextFrom(dataset)),
    metrics: null,
  }));
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
export const forgetDataAddress = (): void => setState((state) => ({ view: { ...state.view, data: null } }));
export const openPanel = (panel: OpenPanel): void => updateView({ panel });
export const togglePanel = (panel: Exclude<OpenPanel, null>): void =>
  updateView({ panel: getState().view.panel === panel ? null : panel });

function updateView(patch: Partial<ViewState>, graphChanges = false): void {
  setState((state) => ({
    view: { ...state.view, ...patch },
    ...(graphChanges ? { graphVersion: state.graphVersion + 1 } : {}),
  }));
}

/**
 * Applies a link's view state, checked against the loaded dataset when there is one. By default the
 * link's keys are laid over the current view; with `replace` the link is the whole view (back/forward),
 * keys it leaves out taking their defaults, except the dataset reference, which only a load changes.
 */
export function applyLinkState(partial: Partial<ViewState>, replace = false): void {
  const { dataset, view } = getState();
  const merged = replace ? { ...defaultViewState(), ...partial, data: view.data } : { ...view, ...partial };
  const next = dataset ? cleanState(merged, stateContextFrom(dataset)) : merged;
  setState((state) => ({ view: next, graphVersion: state.graphVersion + 1 }));
}

export const selectActor = (id: string | null): void => updateView({ selected: id, country: null, agreement: null });
export const selectCountry = (code: string | null): void =>
  updateView({ country: code, selected: null, agreement: null });
export const setViewMode = (view: ViewMode): void => updateView({ view });
export const setColor = (color: ColorBy): void => updateView({ color });
export const setSize = (size: MetricName): void => updateView({ size });
export const setProjection = (projection: Projection): void => updateView({ projection }, true);

/** Changes some filters; the others keep their values. A new Filters object, so memoised selectors see it. */
export function setFilters(patch: Partial<Filters>): void {
  updateView({ filters: { ...getState().view.filters, ...patch } }, true);
}

/** The rankings table's sort, kept in the view so a link reopens the table as it was sorted. */
export const setTableSort = (sort: TableSort | null): void => updateView({ sort });
/** The rankings table's own filter; an empty one is stored as none. */
export const setTableFind = (find: TableFind): void =>
  updateView({ find: find.country === '' && find.kind === '' && find.text === '' ? null : find });
/** The country pair chosen in the gap matrix. */
export const chooseGap = (gap: [string, string] | null): void => updateView({ gap });
/** The chosen coverage cell: sector id and country code. */
export const chooseCell = (cell: [string, string] | null): void => updateView({ cell });
/** Opens or closes the legend (null: the frame's default). */
export const setLegendOpen = (legend: boolean | null): void => updateView({ legend });
