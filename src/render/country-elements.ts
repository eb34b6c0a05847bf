// The country view's elements: countries as nodes (sized by actors, placed by geography), agreements counted on the edges.
import type { CountryGraph } from '../model/graph';
import { countryInfo } from '../model/countries';
import type { Dataset } from '../model/types';
import { sqrtScale, tieElements, type GraphElements, type NodeElement } from './elements';
import { spreadPoints } from './layouts/spread';

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
const SCALE = 45;

/** Web-Mercator x/y for a centroid, in the same orientation as the map (north up); no map module needed. */
export function mercator(lat: number, lon: number): { x: number; y: number } {
  const clamped = Math.max(-80, Math.min(80, lat));
  const y = Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * (180 / Math.PI);
  return { x: lon * SCALE, y: -y * SCALE };
}

/**
 * Elements for the country view: one node per country of the country graph (area ∝ its actors, keyed by countryKey),
 * at its centroid (the dataset's own or the built-in one), spread where big nodes would touch;
 * countries without a known centroid go in a row below. One edge per country pair, its width
 * growing with the number of agreements between them.
 */
export function countryViewElements(graph: CountryGraph, dataset?: Pick<Dataset, 'countries'>): GraphElements {
  let maxActors = 0;
  graph.forEachNode((_code, attributes) => (maxActors = Math.max(maxActors, attributes.actors)));
  const anchored: Array<{ id: string; x: number; y: number }> = [];
  const unplaced: string[] = [];
  const nodes: NodeElement[] = [];
  graph.forEachNode((code, attributes) => {
    const info = countryInfo(code, dataset);
    nodes.push({
      group: 'nodes',
      data: {
        id: countryKey(code),
        label: `${info.name} (${attributes.actors})`,
        type: 'actor',
        color: COUNTRY_COLOR,
        size: sqrtScale(attributes.actors, 0, maxActors, COUNTRY_NODE_RANGE),
        minScale: COUNTRY_MIN_SCALE,
        weight: attributes.actors,
      },
    });
    if (info.centroid) anchored.push({ id: countryKey(code), ...mercator(info.centroid[0], info.centroid[1]) });
    else unplaced.push(countryKey(code));
  });
  const positions = spreadPoints(anchored, COUNTRY_NODE_RANGE[1] + 10);
  const bottom = Math.max(0, ...[...positions.values()].map((p) => p.y)) + 120;
  const left = Math.min(0, ...[...positions.values()].map((p) => p.x));
  unplaced.sort().forEach((key, i) => positions.set(key, { x: left + i * (COUNTRY_NODE_RANGE[1] + 20), y: bottom }));
  for (const node of nodes) {
    const position = positions.get(node.data.id);
    if (position) node.position = position;
  }

  const edges = tieElements(graph, 'zero', COUNTRY_EDGE_RANGE, countryKey, () => ({
    lineStyle: 'solid',
    lineColor: '#4D4D4D',
    lineKind: 'mixed',
  }));
  return { nodes, edges, lineKinds: edges.length > 0 ? ['mixed'] : [] };
}
