// "Show these paths" of the actor panel: which actor's brokered paths between which two countries the network draws.
import { create } from 'zustand';
import { brokerPathsOf, type BrokerPaths } from '../analysis/broker-paths';
import { CancelledError } from '../analysis/types';
import { messageOf } from '../model/errors';
import type { FilteredDataset } from '../model/filter';
import { createBrokerPathsClient, type BrokerPathsClient } from '../worker/brokerage-client';
import { focusActor, setViewMode, showPath } from './actions';
import { filteredOf } from './derived';
import { memoLast } from './memo';
import { useAtlas } from './store';

/**
 * The shown pair, or null. Kept beside the link's view state rather than in it: it is a passing look at one
 * sentence of the actor panel, shown only while that actor stays selected (shownBrokerPaths), like a hover.
 */
export interface BrokerPathsChoice {
  actor: string;
  countries: [string, string];
  /**
   * The paths as found off the page (a network too large to find them as it draws: findBrokerPaths), and the
   * filtered network they were found on: under other filters they are not drawn.
   */
  found?: { paths: BrokerPaths; filtered: FilteredDataset };
}

/** A pair whose paths a worker is finding, and how far it is. */
export interface BrokerPathsPending {
  actor: string;
  countries: [string, string];
  progress: number;
}

export const useBrokerPaths = create<{
  shown: BrokerPathsChoice | null;
  pending: BrokerPathsPending | null;
  /** Why the last search failed, in words; null once another starts. */
  failed: string | null;
}>()(() => ({ shown: null, pending: null, failed: null }));

/** Draws the paths on the network (switching to it, and putting away a focus or a path finder's paths). */
export function showBrokerPaths(
  actor: string,
  countries: readonly [string, string],
  found?: BrokerPathsChoice['found'],
): void {
  useBrokerPaths.setState({
    shown: { actor, countries: [countries[0], countries[1]], ...(found !== undefined ? { found } : {}) },
  });
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

let client: BrokerPathsClient | null = null;

/**
 * Finds the paths of `countries` through `actor` in a worker (one breadth-first pass per actor of the smaller
 * country: 250–400 ms at 5,000 actors on the page), then draws them as showBrokerPaths does, if the reader still has
 * that actor selected under the same data and filters. A search still running is cancelled.
 */
export function findBrokerPaths(actor: string, countries: readonly [string, string]): void {
  const { dataset, view } = useAtlas.getState();
  if (dataset === null) return;
  const filters = view.filters;
  const pair: [string, string] = [countries[0], countries[1]];
  useBrokerPaths.setState({ pending: { actor, countries: pair, progress: 0 }, failed: null });
  client ??= createBrokerPathsClient();
  client
    .run({ dataset, filters, actor, countries: pair }, (progress) =>
      useBrokerPaths.setState({ pending: { actor, countries: pair, progress } }),
    )
    .then(
      (paths) => {
        useBrokerPaths.setState({ pending: null });
        const now = useAtlas.getState();
        if (paths === null || now.dataset !== dataset || now.view.filters !== filters) return;
        if (now.view.selected !== actor) return;
        showBrokerPaths(actor, pair, { paths, filtered: filteredOf(dataset, filters) });
      },
      (error: unknown) => {
        if (error instanceof CancelledError) return;
        useBrokerPaths.setState({ pending: null, failed: messageOf(error) });
      },
    );
}

/** Stops a search of findBrokerPaths, if one is running. */
export function cancelBrokerPaths(): void {
  client?.cancel();
  useBrokerPaths.setState({ pending: null });
}

/**
 * Up to this many actors the panel splits an actor's brokerage as it opens (one breadth-first pass per actor of the
 * component: ~50 ms at 1,500 actors here) and finds a pair's paths as they are drawn; above it both are worked out in
 * workers (BrokerageOnRequest; findBrokerPaths: one pass per actor of a country, 250–400 ms at 5,000 actors).
 */
export const INLINE_BROKERAGE_LIMIT = 1500;

/** A choice's paths found on the page, once for the panel's count and the network's highlight. */
const pathsFoundHere = memoLast((filtered: FilteredDataset, id: string, a: string, b: string): BrokerPaths | null =>
  brokerPathsOf(filtered, id, [a, b]),
);

/**
 * The paths a choice draws on this filtered network, for the panel and the highlight alike: those found off the page
 * for it (none under other filters); else, on a network of up to INLINE_BROKERAGE_LIMIT actors, found here; else
 * none, rather than a search of 250–400 ms on the page (a choice made small, its filters since widened).
 */
export function pathsOfChoice(choice: BrokerPathsChoice, filtered: FilteredDataset): BrokerPaths | null {
  if (choice.found !== undefined) return choice.found.filtered === filtered ? choice.found.paths : null;
  if (filtered.actors.length > INLINE_BROKERAGE_LIMIT) return null;
  return pathsFoundHere(filtered, choice.actor, ...choice.countries);
}
