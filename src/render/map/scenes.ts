// The actors' map of a dataset and the basemap's shapes in one pure computation, run by the map worker.
import { basemapShapes } from './basemap';
import { mapLayout } from './map-layout';
import { MAP_FRAME } from './projection';
import type { MapScenes, MapScenesRequest } from './scenes-wire';
import { worldCountries, worldCountriesCoarse } from './world';

export type { MapPlacement, MapScenes, MapScenesRequest } from './scenes-wire';

/**
 * The actors' map and the shapes, in one projection fitted to the actors; the country view places its countries in
 * the same projection (render/country-elements.ts countryMapPositions), so the one set of shapes serves both.
 */
export function mapScenes(request: MapScenesRequest): MapScenes {
  const actors = mapLayout(request.actors);
  const shapes = basemapShapes(actors.projection, worldCountries(), {
    occupied: request.actors,
    frame: MAP_FRAME,
    farFeatures: worldCountriesCoarse(),
  });
  return {
    actors: { positions: actors.positions, core: actors.core },
    shapes,
  };
}
