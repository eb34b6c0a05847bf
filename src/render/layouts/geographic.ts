// Geographic layout: each actor at its city (or its country's centroid), projected, then spread so none overlap.
import type { Positions } from './types';
import { spreadPoints, type AnchoredNode } from './spread';

export interface PlacedActor {
  id: string;
  lon: number;
  lat: number;
}

/** Projects longitude/latitude to model x/y; returns null where the projection cannot (off the globe). */
export type Project = (lonLat: [number, number]) => [number, number] | null;

export const GEO_SPACING = 34;

/**
 * Positions for the map layout: projected coordinates, with actors at the same or nearby places
 * spread on small spirals (see spreadPoints). Actors whose point cannot be projected are left
 * out of the result; the caller decides where they go.
 */
export function geographicLayout(actors: readonly PlacedActor[], project: Project, spacing = GEO_SPACING): Positions {
  const anchored: AnchoredNode[] = [];
  for (const actor of actors) {
    const point = project([actor.lon, actor.lat]);
    if (point && Number.isFinite(point[0]) && Number.isFinite(point[1])) {
      anchored.push({ id: actor.id, x: point[0], y: point[1] });
    }
  }
  return spreadPoints(anchored, spacing);
}
