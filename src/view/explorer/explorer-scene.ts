// What the explorer canvas shows for a view state: which positions, boxes and highlight; memoised on store identity.
import type { FilteredDataset } from '../../model/filter';
import { actorKey, countryGraphFrom } from '../../model/graph';
import type { Dataset } from '../../model/types';
import { NO_HIGHLIGHT, type GroupBox, type Highlight } from '../../render/layouts/index';
import { memoLast } from '../../state/memo';
import { countryViewElements } from '../../render/country-elements';
import { pathsOfChoice, type BrokerPathsChoice } from '../../state/broker-paths';
import { pathsOf } from '../../state/derived';
import { neighbourhood, pathReport } from '../../analysis/paths';
import type { PathSpace } from '../../analysis/path-space';
import { countryPositionsOf } from './layout-positions';

/** The country view's elements, each country at its place on the map (the same for every filter). */
export const countryElementsOf = memoLast((filtered: FilteredDataset, dataset: Dataset) =>
  countryViewElements(countryGraphFrom(filtered), dataset, countryPositionsOf(dataset)),
);

/**
 * Focus or path highlight of the view state, or the actor panel's brokered paths (`via`), in the renderer's node
 * keys (memoised: applying it refits the view).
 */
export const highlightOf = memoLast(
  (
    dataset: Dataset,
    filtered: FilteredDataset,
    /** The view's ties as a path space (pathsOf), needed (and so passed) only when there is a focus. */
    graph: PathSpace | null,
    focus: string | null,
    hops: 1 | 2,
    path: [string, string] | null,
    via: BrokerPathsChoice | null = null,
  ): Highlight => {
    if (path !== null) {
      const report = pathReport(pathsOf(dataset, filtered, 'clique'), path[0], path[1]);
      if (report.kind === 'found') {
        const pathNodes = new Set(report.paths.flat().map(actorKey));
        const pathPairs = report.paths.flatMap((p) =>
          p.slice(1).map((id, i) => [actorKey(p[i] as string), actorKey(id)] as const),
        );
        const ends = new Set([actorKey(path[0]), actorKey(path[1])]);
        return { keep: null, root: null, pathNodes, pathPairs, ends };
      }
    }
    if (via !== null) {
      const found = pathsOfChoice(via, filtered);
      if (found !== null && found.pairs > 0) {
        const pathNodes = new Set(found.nodes.map(actorKey));
        const pathPairs = found.edges.map(([a, b]) => [actorKey(a), actorKey(b)] as const);
        return { keep: null, root: actorKey(via.actor), pathNodes, pathPairs };
      }
    }
    if (focus !== null && graph !== null) {
      const keep = new Set([...neighbourhood(graph, focus, hops)].map(actorKey));
      if (keep.size > 0) return { keep, root: actorKey(focus), pathNodes: new Set(), pathPairs: [] };
    }
    return NO_HIGHLIGHT;
  },
);

/** The grouped layout's boxes of the countries that have an actor after the filters (the others would be empty). */
export const drawnBoxesOf = memoLast((boxes: readonly GroupBox[], filtered: FilteredDataset): GroupBox[] => {
  const countries = new Set(filtered.actors.map((actor) => actor.country));
  return boxes.filter((box) => countries.has(box.group));
});
