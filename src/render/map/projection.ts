// The map's one coordinate system: a Mercator projection fitted to the actors, whose x/y are the node positions.
import { geoMercator, type GeoProjection } from 'd3-geo';
import { coreSpan } from '../layouts/core';

export { coreSpan } from '../layouts/core';

/** A place on the globe: longitude (east positive) and latitude (north positive), in degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

export interface MapFrame {
  /** Width and height of the model-coordinate box the actors are fitted into. */
  width: number;
  height: number;
  /** Margin inside that box, so edge actors do not touch the border. */
  margin: number;
  /** Smallest span in degrees the fit covers, so one city alone still shows its surroundings. */
  minSpan: number;
}

export const MAP_FRAME: MapFrame = { width: 2400, height: 1800, margin: 120, minSpan: 6 };

/**
 * A Mercator projection fitted to the core of the points (coreSpan, padded to at least
 * `minSpan` degrees each way), so the actors fill the frame. Mercator because policy staff
 * know it from every web map; the Baltic Sea region sits well inside its tolerable latitudes.
 */
export function fitProjection(points: readonly LonLat[], frame: Partial<MapFrame> = {}): GeoProjection {
  const f = { ...MAP_FRAME, ...frame };
  const usable = points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat));
  // With nothing to fit, show Europe around the Baltic Sea.
  const lons = usable.length > 0 ? usable.map((p) => p.lon) : [5, 35];
  const lats = usable.length > 0 ? usable.map((p) => p.lat) : [50, 68];
  let [west, east] = coreSpan(lons);
  let [south, north] = coreSpan(lats);
  if (east - west < f.minSpan) {
    const mid = (east + west) / 2;
    west = mid - f.minSpan / 2;
    east = mid + f.minSpan / 2;
  }
  if (north - south < f.minSpan / 2) {
    const mid = (north + south) / 2;
    south = Math.max(-80, mid - f.minSpan / 4);
    north = Math.min(80, mid + f.minSpan / 4);
  }
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
  return geoMercator().fitExtent(
    [
      [f.margin, f.margin],
      [f.width - f.margin, f.height - f.margin],
    ],
    corners,
  );
}
