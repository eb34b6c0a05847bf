// Both maps of a dataset (actors, countries) and the basemap's shapes in one pure computation, run by the map worker.
import { basemapShapes } from './basemap';
import { mapLayout } from './index';
import { MAP_FRAME } from './projection';
import type { MapScenes, MapScenesRequest } from './scenes-wire';
import { worldCountries, worldCountriesCoarse } from './world';

export type { MapPlacement, MapScenes, MapScenesRequest } from './scenes-wire';

/**
 * Both maps share one projection, fitted to the actors (the countries' map is fitted to them too), so the
 * one set of shapes serves both and switching between them projects nothing again.
 */
export function mapScenes(request: MapScenesRequest): MapScenes {
  const actors = mapLayout(request.actors);
  const countries = mapLayout(request.countries, { fitTo: request.actors, spacing: request.countrySpacing });
  const shapes = basemapShapes(actors.projection, worldCountries(), {
    occupied: request.actors,
    frame: MAP_FRAME,
    farFeatures: worldCountriesCoarse(),
  });
  return {
    actors: { positions: actors.positions, core: actors.core },
    countries: { positions: countries.positions, core: countries.core },
    shapes,
  };
}
