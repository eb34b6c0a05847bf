// "Show these paths" of the actor panel: which actor's brokered paths between which two countries the network draws.
import { create } from 'zustand';
import { focusActor, setViewMode, showPath } from './actions';
import { useAtlas } from './store';

/**
 * The shown pair, or null. Kept beside the link's view state rather than in it: it is a passing look at one
 * sentence of the actor panel, shown only while that actor stays selected (shownBrokerPaths), like a hover.
 */
export interface BrokerPathsChoice {
  actor: string;
  countries: [string, string];
}

export const useBrokerPaths = create<{ shown: BrokerPathsChoice | null }>()(() => ({ shown: null }));

/** Draws the paths on the network (switching to it, and putting away a focus or a path finder's paths). */
export function showBrokerPaths(actor: string, countries: readonly [string, string]): void {
  useBrokerPaths.setState({ shown: { actor, countries: [countries[0], countries[1]] } });
  if (useAtlas.getState().view.path !== null) showPath(null);
  if (useAtlas.getState().view.focus !== null) focusActor(null);
  if (useAtlas.getState().view.view !== 'graph') setViewMode('graph');
}

export const hideBrokerPaths = (): void => useBrokerPaths.setState({ shown: null });

/** The choice while it applies: its actor still selected, and no path finder's paths or focus drawn over it. */
export function shownBrokerPaths(
  shown: BrokerPathsChoice | null,
  selected: string | null,
  path: unknown,
  focus: string | null,
): BrokerPathsChoice | null {
  return shown !== null && shown.actor === selected && path === null && focus === null ? shown : null;
}
