// Filter changes: stored at once for a small dataset; for a large one the new scene is prepared a step per task first.
import type { Filters } from '../model/types';
import { prepareInTasks, PREPARE_FROM } from './prepare';
import { useAtlas, type AtlasState } from './store';

const { setState, getState } = useAtlas;

/** Counts filter changes: a preparation stores its filters only while it is the latest change. */
let latestChange = 0;

/**
 * The filters as the controls show them: the ones being prepared, else the stored ones. A checkbox ticked at 5,000
 * actors shows ticked at once, although the network and the address bar follow a few tasks later.
 */
export const shownFilters = (state: AtlasState): Filters => state.pendingFilters ?? state.view.filters;

/** Drops a filter change still being prepared (a link or Back laid another view over it). */
export function cancelPendingFilters(): void {
  latestChange++;
  if (getState().pendingFilters !== null) setState({ pendingFilters: null });
}

/** What storing `filters` changes in `state`: the view's filters, a new graph version, nothing pending. */
const storedFilters = (
  state: AtlasState,
  filters: Filters,
): Pick<AtlasState, 'view' | 'graphVersion' | 'pendingFilters'> => ({
  view: { ...state.view, filters },
  graphVersion: state.graphVersion + 1,
  pendingFilters: null,
});

/**
 * Shows the network under `filters`. From PREPARE_FROM actors the filter, the ties, the encoding and the elements
 * are computed a step per task before the filters are stored (state/prepare.ts): stored at once, the render did
 * them in one 300–500 ms task at 5,000 actors, and every click on a filter froze the page that long. A newer
 * change, a load or a link meanwhile wins; the returned promise settles once the change is stored or dropped.
 */
export async function changeFilters(filters: Filters): Promise<void> {
  const change = ++latestChange;
  const state = getState();
  const { dataset } = state;
  if (dataset === null || dataset.actors.length < PREPARE_FROM) {
    setState((now) => storedFilters(now, filters));
    return;
  }
  setState({ pendingFilters: filters });
  const wanted = (): boolean => change === latestChange && getState().dataset === dataset;
  // The state the change will store, as long as nothing else changes meanwhile; the render then finds its scene.
  await prepareInTasks({ ...state, ...storedFilters(state, filters) }, wanted);
  if (!wanted()) return;
  setState((now) => storedFilters(now, filters));
}

/** Changes some filters; the others keep the values the controls show. A new Filters object, for the memos. */
export function setFilters(patch: Partial<Filters>): Promise<void> {
  return changeFilters({ ...shownFilters(getState()), ...patch });
}

/** The year filter (null = all years). */
export const setYear = (year: number | null): Promise<void> => setFilters({ year });
