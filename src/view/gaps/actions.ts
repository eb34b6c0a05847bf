// Store actions of the gap views: matrix sector, compared years; what-if agreements live in state/whatif.ts.
import type { ViewMode, ViewState } from '../../embed/view-state';
import { useAtlas } from '../../state/store';

const { setState } = useAtlas;

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

export { addWhatIf, currentHypothetical, datasetForExport, removeWhatIf, useWhatIf } from '../../state/whatif';
