// Store actions of the gap views: matrix sector, compared years, and what-if agreements that replace the dataset.
import {
  addHypothetical,
  exportable,
  removeHypothetical,
  type HypotheticalSpec,
  type WhatIf,
} from '../../analysis/whatif';
import type { ViewMode, ViewState } from '../../embed/view-state';
import type { Dataset } from '../../model/types';
import { useAtlas } from '../../state/store';
import { create } from 'zustand';

const { setState, getState } = useAtlas;

function patchView(patch: Partial<ViewState>): void {
  setState((state) => ({ view: { ...state.view, ...patch } }));
}

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

/**
 * The ids of the hypothetical agreements in the loaded dataset, with the dataset version they belong
 * to: a newly loaded file starts with none.
 */
interface WhatIfState {
  datasetVersion: number;
  hypothetical: ReadonlySet<string>;
}
export const useWhatIf = create<WhatIfState>()(() => ({ datasetVersion: -1, hypothetical: new Set<string>() }));

/** The current hypothetical ids (empty when a new dataset was loaded since). */
export function currentHypothetical(state: WhatIfState, datasetVersion: number): ReadonlySet<string> {
  return state.datasetVersion === datasetVersion ? state.hypothetical : new Set<string>();
}

function currentWhatIf(): WhatIf | null {
  const { dataset, datasetVersion } = getState();
  if (dataset === null) return null;
  return { dataset, hypothetical: currentHypothetical(useWhatIf.getState(), datasetVersion) };
}

/** Puts a what-if dataset in the store: the graph changes (version bump), positions stay (same dataset version). */
function commit(next: WhatIf): void {
  const { datasetVersion } = getState();
  useWhatIf.setState({ datasetVersion, hypothetical: next.hypothetical });
  setState((state) => ({ dataset: next.dataset, graphVersion: state.graphVersion + 1, metrics: null }));
}

/** Adds a hypothetical agreement; returns its id, or throws an Error whose message names each problem. */
export function addWhatIf(spec: HypotheticalSpec): string {
  const state = currentWhatIf();
  if (state === null) throw new Error('Load a dataset first: there is nothing to add an agreement to.');
  const { state: next, id } = addHypothetical(state, spec);
  commit(next);
  return id;
}

export function removeWhatIf(id: string): void {
  const state = currentWhatIf();
  if (state !== null) commit(removeHypothetical(state, id));
}

/** The loaded dataset for download, with or without the hypothetical agreements. */
export function datasetForExport(withHypothetical: boolean): Dataset | null {
  const state = currentWhatIf();
  return state === null ? null : exportable(state, withHypothetical);
}
