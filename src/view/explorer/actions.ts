// The explorer's store actions (layout, focus, paths, panels, year), module-level like the shell's in state/actions.ts.
import type { LayoutName, ViewState } from '../../embed/view-state';
import { useAtlas } from '../../state/store';

const { setState, getState } = useAtlas;

function patchView(patch: Partial<ViewState>, graphChanges = false): void {
  setState((state) => ({
    view: { ...state.view, ...patch },
    ...(graphChanges ? { graphVersion: state.graphVersion + 1 } : {}),
  }));
}

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

/** The year filter (null = all years); changes the graph, so the graph version bumps. */
export const setYear = (year: number | null): void =>
  patchView({ filters: { ...getState().view.filters, year } }, true);
