// The map layout: places projected in one Mercator fitted to their core, then spread; for the map worker and the main thread alike.
import type { GeoProjection } from 'd3-geo';
import { geographicLayout, type PlacedActor } from '../layouts/geographic';
import type { Positions } from '../layouts/types';
import { fitProjection, MAP_FRAME } from './projection';

export interface MapLayout {
  positions: Positions;
  projection: GeoProjection;
  /** Nodes inside the fitted frame: the first view fits these, far-away partners are a zoom-out away. */
  core: Set<string>;
}

export interface MapLayoutOptions {
  /** Fit the projection to these places instead (e.g. the actors, when the nodes are countries). */
  fitTo?: readonly PlacedActor[];
  /** Least distance between two nodes after spreading. */
  spacing?: number;
}

/** Map positions for nodes at known places: one projection fitted to the core of the places, then spread. */
export function mapLayout(places: readonly PlacedActor[], options: MapLayoutOptions = {}): MapLayout {
  const projection = fitProjection(options.fitTo ?? places);
  const positions = geographicLayout(places, (point) => projection(point), options.spacing);
  const core = new Set<string>();
  for (const [id, p] of positions) {
    if (p.x >= 0 && p.x <= MAP_FRAME.width && p.y >= 0 && p.y <= MAP_FRAME.height) core.add(id);
  }
  return { positions, projection, core };
}
