// The country view's elements: countries as nodes (sized by actors, placed by geography), agreements counted on the edges.
import type { CountryGraph } from '../model/graph';
import { countryInfo } from '../model/countries';
import type { Dataset } from '../model/types';
import { sqrtScale, tieElements, type GraphElements, type NodeElement } from './elements';
import type { PlacedActor } from './layouts/geographic';
import type { Positions } from './layouts/types';
import { mapLayout } from './map/map-layout';

/**
 * Country nodes are keyed apart from actors (a code such as `FI` may also be an actor's id), so both views share
 * one cytoscape instance: the actor nodes stay, hidden, while the countries show (no 5,000 removed and re-added).
 */
export const COUNTRY_PREFIX = '\u0000country:';
export const countryKey = (code: string): string => COUNTRY_PREFIX + code;
export const countryCodeOf = (key: string): string =>
  key.startsWith(COUNTRY_PREFIX) ? key.slice(COUNTRY_PREFIX.length) : key;

export const COUNTRY_NODE_RANGE: readonly [number, number] = [22, 72];
/**
 * Below this zoom the country symbols keep their on-screen size (9–29 px; less in a small canvas, symbol-scale.ts):
 * fitted to a world of partners (zoom ~0.14 at 1440×900 on the sample) they were 3–10 px dots that no legend could explain.
 */
export const COUNTRY_MIN_SCALE = 0.4;
export const COUNTRY_EDGE_RANGE: readonly [number, number] = [1.5, 10];
/**
 * One colour for every country, a grey blue outside the categorical palettes and their greys: the palette's sky
 * blue it was is a category elsewhere (Estonia under colour by country, a kind in the story's step
 * before its country map), so on a projector the countries read as that category.
 */
export const COUNTRY_COLOR = '#8A9BAE';
/** Least distance between two country nodes after spreading: room for the largest (72) and its label. */
export const COUNTRY_SPACING = 90;

/**
 * Where each of the dataset's countries sits in the country view: its centroid (the dataset's own or the built-in
 * one) in the map's projection, fitted to the actors' places as the actors' map and the basemap are
 * (map/projection.ts), then spread where big nodes would touch. One computation for all of a dataset's countries,
 * so a filter never moves the ones that stay, and the basemap the map worker sends later lies under them as they are
 * (they once had a projection of their own and moved, with a refit from Europe to the world, when it came).
 */
export function countryMapPositions(
  dataset: Pick<Dataset, 'actors' | 'countries'>,
  actorPlaces: readonly PlacedActor[],
): Positions {
  const countries: PlacedActor[] = [];
  for (const code of new Set(dataset.actors.map((actor) => actor.country))) {
    const centroid = countryInfo(code, dataset).centroid;
    if (centroid) countries.push({ id: countryKey(code), lat: centroid[0], lon: centroid[1] });
  }
  return mapLayout(countries, { fitTo: actorPlaces, spacing: COUNTRY_SPACING }).positions;
}

/**
 * Elements for the country view: one node per country of the country graph (area ∝ its actors, keyed by countryKey),
 * at its place in `positions` (countryMapPositions); countries without one (no known centroid) go in a row below.
 * One edge per country pair, its width growing with the number of agreements between them.
 */
export function countryViewElements(
  graph: CountryGraph,
  dataset: Pick<Dataset, 'countries'> | undefined,
  positions: Positions,
): GraphElements {
  let maxActors = 0;
  graph.forEachNode((_code, attributes) => (maxActors = Math.max(maxActors, attributes.actors)));
  const nodes: NodeElement[] = [];
  const unplaced: NodeElement[] = [];
  graph.forEachNode((code, attributes) => {
    const info = countryInfo(code, dataset);
    const node: NodeElement = {
      group: 'nodes',
      data: {
        id: countryKey(code),
        label: `${info.name} (${attributes.actors})`,
        type: 'actor',
        color: COUNTRY_COLOR,
        size: sqrtScale(attributes.actors, 0, maxActors, COUNTRY_NODE_RANGE),
        minScale: COUNTRY_MIN_SCALE,
        weight: attributes.actors,
        // Small countries crowd each other on a map of the world: their code still names them (label-placement.ts).
        ...(info.name !== code ? { shortLabel: `${code} (${attributes.actors})` } : {}),
        // And where even the code has no room beside it, out on a leader line (label-callouts.ts).
        calloutLabel: true,
      },
    };
    const position = positions.get(node.data.id);
    if (position) node.position = { ...position };
    else unplaced.push(node);
    nodes.push(node);
  });
  const placed = [...positions.values()];
  const bottom = Math.max(0, ...placed.map((p) => p.y)) + 120;
  const left = Math.min(0, ...placed.map((p) => p.x));
  unplaced
    .sort((a, b) => a.data.id.localeCompare(b.data.id))
    .forEach((node, i) => (node.position = { x: left + i * (COUNTRY_NODE_RANGE[1] + 20), y: bottom }));

  const edges = tieElements(graph, 'zero', COUNTRY_EDGE_RANGE, countryKey, () => ({
    lineStyle: 'solid',
    lineColor: '#4D4D4D',
    lineKind: 'mixed',
  }));
  return { nodes, edges, lineKinds: edges.length > 0 ? ['mixed'] : [], map: 'countries' };
}
