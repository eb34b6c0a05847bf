// What-if agreements: hypothetical ties added to the loaded dataset, kept in the view (and so in the link) as specs.
import {
  addHypothetical,
  exportable,
  removeHypothetical,
  type HypotheticalSpec,
  type WhatIf,
} from '../analysis/whatif';
import type { Dataset } from '../model/types';
import { create } from 'zustand';
import { useAtlas } from './store';

const { setState, getState } = useAtlas;

/**
 * The ids of the hypothetical agreements in the loaded dataset, with the dataset version they belong to (a newly
 * loaded file starts with none) and the specs they were made from, in order, as the view holds them.
 */
interface WhatIfState {
  datasetVersion: number;
  hypothetical: ReadonlySet<string>;
  /** Spec of each hypothetical id, in the order they were added. */
  specs: ReadonlyArray<{ id: string; spec: HypotheticalSpec }>;
}
export const useWhatIf = create<WhatIfState>()(() => ({
  datasetVersion: -1,
  hypothetical: new Set<string>(),
  specs: [],
}));

/** The current hypothetical ids (empty when a new dataset was loaded since). */
export function currentHypothetical(state: WhatIfState, datasetVersion: number): ReadonlySet<string> {
  return state.datasetVersion === datasetVersion ? state.hypothetical : new Set<string>();
}

function currentSpecs(): WhatIfState['specs'] {
  const state = useWhatIf.getState();
  return state.datasetVersion === getState().datasetVersion ? state.specs : [];
}

function currentWhatIf(): WhatIf | null {
  const { dataset, datasetVersion } = getState();
  if (dataset === null) return null;
  return { dataset, hypothetical: currentHypothetical(useWhatIf.getState(), datasetVersion) };
}

/** Puts a what-if dataset in the store: the graph changes (version bump), positions stay (same dataset version). */
function commit(next: WhatIf, specs: WhatIfState['specs']): void {
  const { datasetVersion } = getState();
  useWhatIf.setState({ datasetVersion, hypothetical: next.hypothetical, specs });
  setState((state) => ({
    dataset: next.dataset,
    graphVersion: state.graphVersion + 1,
    metrics: null,
    view: { ...state.view, whatif: specs.map((entry) => entry.spec) },
  }));
}

/** Adds a hypothetical agreement; returns its id, or throws an Error whose message names each problem. */
export function addWhatIf(spec: HypotheticalSpec): string {
  const state = currentWhatIf();
  if (state === null) throw new Error('Load a dataset first: there is nothing to add an agreement to.');
  const { state: next, id } = addHypothetical(state, spec);
  commit(next, [...currentSpecs(), { id, spec }]);
  return id;
}

export function removeWhatIf(id: string): void {
  const state = currentWhatIf();
  if (state !== null) {
    commit(
      removeHypothetical(state, id),
      currentSpecs().filter((entry) => entry.id !== id),
    );
  }
}

/** The loaded dataset for download, with or without the hypothetical agreements. */
export function datasetForExport(withHypothetical: boolean): Dataset | null {
  const state = currentWhatIf();
  return state === null ? null : exportable(state, withHypothetical);
}

const sameSpecs = (a: readonly HypotheticalSpec[], b: readonly HypotheticalSpec[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes the dataset's hypothetical agreements those the view names (after a link, Back/Forward, or a new load):
 * the real dataset, then each spec added in order; a spec the dataset cannot take is left out of view and dataset.
 */
export function applyWhatIfFromView(): void {
  const wanted = getState().view.whatif;
  if (
    sameSpecs(
      wanted,
      currentSpecs().map((entry) => entry.spec),
    )
  )
    return;
  const base = currentWhatIf();
  if (base === null) return;
  let next: WhatIf = { dataset: exportable(base, false), hypothetical: new Set() };
  const specs: Array<{ id: string; spec: HypotheticalSpec }> = [];
  for (const spec of wanted) {
    try {
      const added = addHypothetical(next, spec);
      next = added.state;
      specs.push({ id: added.id, spec });
    } catch {
      // A link made on another dataset may name an agreement this one cannot have: it is dropped, not shown half.
    }
  }
  commit(next, specs);
}

/** Keeps the hypothetical agreements in step with the view's `whatif` (links, Back/Forward, loads). */
export function startWhatIfSync(): () => void {
  applyWhatIfFromView();
  return useAtlas.subscribe((state, previous) => {
    if (state.view.whatif !== previous.view.whatif || state.datasetVersion !== previous.datasetVersion) {
      applyWhatIfFromView();
    }
  });
}
