// Positions of every actor of the full dataset for each layout, memoised per dataset, keyed like the graph's nodes.
import { countryInfo, countryName } from '../../model/countries';
import { actorKey, cliqueTies, type CliqueTies } from '../../model/graph';
import { cliqueTiesFrom } from '../../model/ties';
import { emptyFilters, type Dataset } from '../../model/types';
import { countryMapPositions } from '../../render/country-elements';
import type { GraphElements } from '../../render/elements';
import type { PlacedActor } from '../../render/layouts/geographic';
import { forcePositionsAsync } from '../../render/layouts/force-client';
import { mapScenesAsync, type MapScenes } from '../../render/map/map-client';
import { mapLayout } from '../../render/map/map-layout';
import { computeLayout, concentricLayout, type LayoutResult, type Positions } from '../../render/layouts/index';
import { filteredOf, tiesOf } from '../../state/derived';
import { memoLast } from '../../state/memo';
import { addPreparer } from '../../state/prepare';
import { FORCE_LIMIT } from '../../render/layouts/types';

/**
 * The unfiltered clique projection's ties and partner counts: layouts are computed on it once, so
 * filters never move the actors that stay. Plain arrays, not a second graphology graph (which cost
 * ~0.5 s of the first paint at 5,000 actors only to read degrees and ends). The unfiltered dataset is the view's
 * own while no filter is on (filteredOf keeps it), so a first load filters once.
 */
const fullTiesOf = memoLast((dataset: Dataset): CliqueTies => {
  const filtered = filteredOf(dataset, emptyFilters());
  // The scene's own ties when the view opens unfiltered on the clique projection, as it usually does (tiesOf keeps them).
  return cliqueTiesFrom(tiesOf(dataset, filtered, 'clique')) ?? cliqueTies(filtered);
});

function layoutNodes(dataset: Dataset) {
  const { degree } = fullTiesOf(dataset);
  // Unfiltered, the ties' nodes are the dataset's actors in order.
  return dataset.actors.map((actor, index) => ({
    id: actorKey(actor.id),
    group: actor.country,
    value: null,
    degree: degree[index] ?? 0,
  }));
}

/** Share of actors with saved x/y from which the saved layout is used (the rest go next to their partners). */
export const SAVED_SHARE = 0.9;

/**
 * A dataset whose actors (all, or at least SAVED_SHARE of them) carry saved x/y is drawn from those at
 * once, with no layout run; the renderer places the few without one next to their partners. Null otherwise.
 */
export const savedOf = memoLast((dataset: Dataset): LayoutResult | null => {
  const placed = dataset.actors.filter((a) => typeof a.x === 'number' && typeof a.y === 'number');
  if (placed.length === 0 || placed.length < dataset.actors.length * SAVED_SHARE) return null;
  return {
    positions: new Map(placed.map((a) => [actorKey(a.id), { x: a.x as number, y: a.y as number }])),
    boxes: [],
  };
});

const forceRuns = new WeakMap<Dataset, Promise<LayoutResult>>();

/** Force-directed positions of the full graph, computed once per dataset in a worker (see forcePositionsAsync). */
export function forceOf(dataset: Dataset): Promise<LayoutResult> {
  let run = forceRuns.get(dataset);
  if (run === undefined) {
    const { keys, source, target } = fullTiesOf(dataset);
    const edges = Array.from(source, (from, tie) => ({ source: keys[from]!, target: keys[target[tie]!]! }));
    run = forcePositionsAsync(layoutNodes(dataset), edges).then((positions) => ({ positions, boxes: [] }));
    forceRuns.set(dataset, run);
  }
  return run;
}

/** What stands in while the force layout runs: rings by number of partners, instant and already readable. */
export const interimOf = memoLast((dataset: Dataset): LayoutResult =>
  computeLayout(
    'concentric',
    layoutNodes(dataset).map((n) => ({ ...n, value: n.degree })),
  ),
);

// A large dataset's first layout, a step per task before it is stored (state/prepare.ts): what use-network-layout.ts
// reads first (saved x/y, else the rings by partners above FORCE_LIMIT), with the ties they are computed on.
addPreparer(({ dataset }) => {
  if (dataset === null) return [];
  const steps = [() => savedOf(dataset), () => fullTiesOf(dataset)];
  return dataset.actors.length > FORCE_LIMIT ? [...steps, () => savedOf(dataset) ?? interimOf(dataset)] : steps;
});

/**
 * Countries as boxes (the largest first), each actor in its country's box, the best connected first; the boxes packed
 * to fill a frame of width ÷ height `aspect` (grouped.ts).
 */
export const groupedOf = memoLast((dataset: Dataset, aspect: number): LayoutResult =>
  computeLayout('grouped', layoutNodes(dataset), (code) => countryName(code, dataset), aspect),
);

/** Rings by a metric of the current graph (the highest in the centre): rank is what the rings show. */
export const concentricOf = memoLast((values: ReadonlyMap<string, number | null>): LayoutResult => ({
  positions: concentricLayout([...values].map(([id, value]) => ({ id: actorKey(id), value }))).positions,
  boxes: [],
}));

/** Where each actor sits on the map: its own lat/lon, else its country's centroid; actors with neither are left out. */
export const mapActorsOf = memoLast((dataset: Dataset): PlacedActor[] => {
  const placed: PlacedActor[] = [];
  for (const actor of dataset.actors) {
    if (typeof actor.lat === 'number' && typeof actor.lon === 'number') {
      placed.push({ id: actorKey(actor.id), lat: actor.lat, lon: actor.lon });
      continue;
    }
    const centroid = countryInfo(actor.country, dataset).centroid;
    if (centroid) placed.push({ id: actorKey(actor.id), lat: centroid[0], lon: centroid[1] });
  }
  return placed;
});

/**
 * Up to this many actors the actors' map is computed on the main thread when it is asked for (2–25 ms at the
 * sample's 196 in Node, 6–22 ms at 500), so a link to the map opens on the map; the worker's answer, the same
 * computation, brings the basemap. Above it the spreading takes 50–150 ms and stays in the worker.
 */
export const MAP_NOW_LIMIT = 500;

/** The actors' map of a small dataset (MAP_NOW_LIMIT), computed at once; null for a larger one. */
export const actorMapNowOf = memoLast((dataset: Dataset): Positions | null =>
  dataset.actors.length <= MAP_NOW_LIMIT ? mapLayout(mapActorsOf(dataset)).positions : null,
);

/** The country view's positions for all of a dataset's countries, in the map's projection (countryMapPositions). */
export const countryPositionsOf = memoLast((dataset: Dataset): Positions =>
  countryMapPositions(dataset, mapActorsOf(dataset)),
);

const mapRuns = new WeakMap<Dataset, Promise<MapScenes>>();

/**
 * The actors' map and the basemap's shapes of a dataset, computed once in the map worker (mapScenesAsync): asked
 * for when a map is first shown, or earlier when the page is idle.
 */
export function mapScenesOf(dataset: Dataset): Promise<MapScenes> {
  let run = mapRuns.get(dataset);
  if (run === undefined) {
    run = mapScenesAsync({ actors: mapActorsOf(dataset) });
    mapRuns.set(dataset, run);
  }
  return run;
}

/**
 * The elements with each node's computed position, so the renderer places new nodes where the layout
 * wants them. Positions are keyed like the graph (actorKey), elements by actor id. `map: 'actors'` when the
 * positions are the actors' map (GraphElements.map).
 */
export function placeElements(
  elements: GraphElements,
  positions: Positions | null,
  map?: GraphElements['map'],
): GraphElements {
  if (positions === null) return elements;
  return {
    ...elements,
    ...(map !== undefined ? { map } : {}),
    nodes: elements.nodes.map((node) => {
      const position = positions.get(actorKey(node.data.id));
      return position ? { ...node, position } : node;
    }),
  };
}

export const withPositions = memoLast(placeElements);
