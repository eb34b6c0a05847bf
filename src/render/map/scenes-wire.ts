// The map worker's messages: what it is asked, what it answers, and the answer as posted (typed arrays); no map code here.
import type { PlacedActor } from '../layouts/geographic';
import type { Positions } from '../layouts/types';
import type { BasemapShape } from './basemap';

export interface MapScenesRequest {
  /** Every actor with a place (its own, else its country's centroid). */
  actors: PlacedActor[];
}

export interface MapPlacement {
  positions: Positions;
  /** Nodes inside the fitted frame. */
  core: Set<string>;
}

/**
 * What the map draws: the actors' positions, and the shapes under them and under the country view (whose countries
 * are placed on the main thread in the same projection: render/country-elements.ts countryMapPositions).
 */
export interface MapScenes {
  actors: MapPlacement;
  shapes: BasemapShape[];
}

/** A placement as the worker posts it: ids with x, y pairs in one typed array (transferred, not copied). */
export interface PlacementWire {
  ids: string[];
  xy: Float64Array;
  core: string[];
}

export interface MapScenesWire {
  actors: PlacementWire;
  shapes: BasemapShape[];
}

function placementToWire({ positions, core }: MapPlacement): PlacementWire {
  const ids = [...positions.keys()];
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  return { ids, xy, core: [...core] };
}

function placementFromWire({ ids, xy, core }: PlacementWire): MapPlacement {
  const positions: Positions = new Map();
  ids.forEach((id, i) => positions.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return { positions, core: new Set(core) };
}

export const scenesToWire = (scenes: MapScenes): MapScenesWire => ({
  actors: placementToWire(scenes.actors),
  shapes: scenes.shapes,
});

export const scenesFromWire = (wire: MapScenesWire): MapScenes => ({
  actors: placementFromWire(wire.actors),
  shapes: wire.shapes,
});
