// The basemap: country shapes projected and tinted (pure), drawn as an SVG layer behind the cytoscape canvas.
import type { GeoProjection } from 'd3-geo';
import { projectShape, shapeContains, type ProjectedShape } from './shapes';
import type { CountryFeature } from './world';
import type { LonLat } from './projection';
import { drawBasemapLayer, type BasemapLayer, type BasemapShape } from './basemap-layer';

export { syncBasemap, removeBasemap, type BasemapLayer, type BasemapShape } from './basemap-layer';

export interface BasemapOptions {
  /** Points (the actors) whose countries are tinted, so the populated countries stand out. */
  occupied?: readonly LonLat[];
  /** How far around the fitted frame (in model units) shapes are still drawn; beyond that they are skipped. */
  frame?: { width: number; height: number };
  /** Coarser shapes for the rest of the world: drawn where `features` has no shape near the frame. */
  farFeatures?: readonly CountryFeature[];
}

/** True when a projected box meets the frame widened by its own size each way (room to pan). */
function nearFrame([x0, y0, x1, y1]: ProjectedShape['bounds'], frame: { width: number; height: number }): boolean {
  if (![x0, y0, x1, y1].every(Number.isFinite)) return false;
  return x1 >= -frame.width && x0 <= 2 * frame.width && y1 >= -frame.height && y0 <= 2 * frame.height;
}

const keyOf = (feature: CountryFeature): string => String(feature.id ?? feature.properties?.name);

/**
 * The shapes to draw: fine ones near the frame, coarse ones elsewhere. The coarse set (seven times
 * smaller) decides which countries are near, so the fine set is only projected where it is drawn.
 */
function shapesFor(
  projection: GeoProjection,
  features: readonly CountryFeature[],
  farFeatures: readonly CountryFeature[],
  frame: { width: number; height: number },
): ProjectedShape[] {
  const coarse = farFeatures.map((feature) => projectShape(projection, feature));
  const coarseKeys = new Set(coarse.map((shape) => keyOf(shape.feature)));
  const nearKeys = new Set(coarse.filter((shape) => nearFrame(shape.bounds, frame)).map((s) => keyOf(s.feature)));
  const near: ProjectedShape[] = [];
  for (const feature of features) {
    const key = keyOf(feature);
    if (coarseKeys.has(key) && !nearKeys.has(key)) continue;
    const shape = projectShape(projection, feature);
    if (nearFrame(shape.bounds, frame)) near.push(shape);
  }
  const drawn = new Set(near.map((shape) => keyOf(shape.feature)));
  return [...coarse.filter((shape) => !drawn.has(keyOf(shape.feature))), ...near];
}

/**
 * The country shapes to draw, projected with the same projection as the node positions: path text,
 * fill (tinted where an `occupied` point lies inside) and name. Pure, so the map worker can run it.
 */
export function basemapShapes(
  projection: GeoProjection,
  features: readonly CountryFeature[],
  options: BasemapOptions = {},
): BasemapShape[] {
  const frame = options.frame ?? { width: 2400, height: 1800 };
  const points = (options.occupied ?? [])
    .map((p) => projection([p.lon, p.lat]))
    .filter((p): p is [number, number] => p !== null);
  const drawn: BasemapShape[] = [];
  for (const shape of shapesFor(projection, features, options.farFeatures ?? [], frame)) {
    if (shape.d === '') continue;
    const tinted = points.some(([x, y]) => shapeContains(shape, x, y));
    drawn.push({ d: shape.d, fill: tinted ? '#DCE3D2' : '#F2F0EA', name: shape.feature.properties?.name ?? '' });
  }
  return drawn;
}

/** Projects the shapes and draws them under `container` (see basemapShapes and drawBasemapLayer). */
export function createBasemapLayer(
  container: HTMLElement,
  projection: GeoProjection,
  features: readonly CountryFeature[],
  options: BasemapOptions = {},
): BasemapLayer {
  return drawBasemapLayer(container, basemapShapes(projection, features, options));
}
