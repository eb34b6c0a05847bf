// The map module, loaded on demand (dynamic import) so the projection and country shapes stay out of the first download.
import type { Core } from 'cytoscape';
import type { GeoProjection } from 'd3-geo';
import { geographicLayout, type PlacedActor } from '../layouts/geographic';
import type { Positions } from '../layouts/types';
import { createBasemapLayer, removeBasemap, syncBasemap } from './basemap';
import { fitProjection, MAP_FRAME } from './projection';
import { worldCountries } from './world';

export { createBasemapLayer, syncBasemap, removeBasemap } from './basemap';
export { fitProjection, MAP_FRAME } from './projection';
export { worldCountries } from './world';

export interface MapLayout {
  positions: Positions;
  projection: GeoProjection;
}

/** Map positions for actors at known places: one projection fitted to them all, then spread. */
export function mapLayout(actors: readonly PlacedActor[]): MapLayout {
  const projection = fitProjection(actors);
  const positions = geographicLayout(actors, (point) => projection(point));
  return { positions, projection };
}

/**
 * Puts the basemap under a cytoscape instance and keeps it in step with every pan and zoom
 * (and resize). Returns the function that takes it away again.
 */
export function attachBasemap(cy: Core, projection: GeoProjection, actors: readonly PlacedActor[]): () => void {
  const container = cy.container();
  if (!container) return () => undefined;
  const layer = createBasemapLayer(container, projection, worldCountries(), { occupied: actors, frame: MAP_FRAME });
  const sync = (): void => syncBasemap(layer, cy.pan(), cy.zoom());
  sync();
  cy.on('viewport resize', sync);
  return () => {
    cy.off('viewport resize', sync);
    removeBasemap(layer);
  };
}
