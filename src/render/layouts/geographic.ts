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
/** The least spacing, just over the smallest node (14 units): a crowded map overlaps a little rather than drifting. */
export const MIN_GEO_SPACING = 16;
/** Up to this many actors the map keeps the full spacing. */
const ROOMY = 400;
/** Pair checks one layout may spend on relaxing, about 0.1 s on a 2-core VM at 5,000 actors (docs/performance.md). */
const RELAX_BUDGET = 200_000;

/**
 * Spacing for `count` actors on one map: the full GEO_SPACING for a few hundred, then shrinking with the
 * square root of the count, so a continent of 5,000 actors stays where they are instead of being pushed
 * into one disc. Never under MIN_GEO_SPACING.
 */
export const geoSpacingFor = (count: number): number =>
  Math.max(MIN_GEO_SPACING, Math.min(GEO_SPACING, GEO_SPACING * Math.sqrt(ROOMY / Math.max(1, count))));

/** Relaxing passes for `count` actors: 500 for a few hundred, fewer for more, within RELAX_BUDGET. */
export const relaxPassesFor = (count: number): number => Math.min(500, Math.ceil(RELAX_BUDGET / Math.max(1, count)));

/**
 * Positions for the map layout: projected coordinates, with actors at the same or nearby places
 * spread on small spirals (see spreadPoints), at a spacing and with a number of passes that shrink
 * as the network grows (geoSpacingFor, relaxPassesFor). Actors whose point cannot be projected are left
 * out of the result; the caller decides where they go.
 */
export function geographicLayout(
  actors: readonly PlacedActor[],
  project: Project,
  spacing = geoSpacingFor(actors.length),
): Positions {
  const anchored: AnchoredNode[] = [];
  for (const actor of actors) {
    const point = project([actor.lon, actor.lat]);
    if (point && Number.isFinite(point[0]) && Number.isFinite(point[1])) {
      anchored.push({ id: actor.id, x: point[0], y: point[1] });
    }
  }
  return spreadPoints(anchored, spacing, relaxPassesFor(anchored.length));
}
