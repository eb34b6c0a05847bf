// The basemap: country shapes as an SVG layer behind the cytoscape canvas, moved with the graph's pan and zoom.
import { geoBounds, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from './world';
import type { LonLat } from './projection';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface BasemapLayer {
  svg: SVGSVGElement;
  /** The group that carries the pan/zoom transform. */
  group: SVGGElement;
  /** Number of country shapes drawn. */
  shapes: number;
}

export interface BasemapOptions {
  /** Points (the actors) whose countries are tinted, so the populated countries stand out. */
  occupied?: readonly LonLat[];
  /** How far around the fitted frame (in model units) shapes are still drawn; beyond that they are skipped. */
  frame?: { width: number; height: number };
  /** Coarser shapes for the rest of the world: drawn where `features` has no shape near the frame. */
  farFeatures?: readonly CountryFeature[];
}

/** Keeps only shapes whose projected box meets the frame widened by its own size each way (room to pan). */
function nearFrame(
  path: ReturnType<typeof geoPath>,
  feature: CountryFeature,
  frame: { width: number; height: number },
): boolean {
  const [[x0, y0], [x1, y1]] = path.bounds(feature);
  if (![x0, y0, x1, y1].every(Number.isFinite)) return false;
  return x1 >= -frame.width && x0 <= 2 * frame.width && y1 >= -frame.height && y0 <= 2 * frame.height;
}

/**
 * Draws the country shapes, projected with the same projection as the node positions, into an SVG
 * placed under everything else in `container` (which must be positioned, e.g. `position: relative`,
 * and holds the cytoscape canvas, whose background stays transparent). Decorative: hidden from
 * screen readers, which get the table twin instead; pointer events pass through to the graph.
 */
export function createBasemapLayer(
  container: HTMLElement,
  projection: GeoProjection,
  features: readonly CountryFeature[],
  options: BasemapOptions = {},
): BasemapLayer {
  const document = container.ownerDocument;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'basemap');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  Object.assign(svg.style, {
    position: 'absolute',
    inset: '0',
    width: '100%',
    height: '100%',
    pointerEvents: 'none',
    zIndex: '0',
    background: '#EAF2F8',
  });
  const group = document.createElementNS(SVG_NS, 'g');
  svg.appendChild(group);
  const path = geoPath(projection);
  const frame = options.frame ?? { width: 2400, height: 1800 };
  const occupied = options.occupied ?? [];
  let shapes = 0;
  const near = features.filter((feature) => nearFrame(path, feature, frame));
  const drawn = new Set(near.map((feature) => String(feature.id ?? feature.properties?.name)));
  const far = (options.farFeatures ?? []).filter(
    (feature) => !drawn.has(String(feature.id ?? feature.properties?.name)),
  );
  for (const feature of [...far, ...near]) {
    const d = path(feature);
    if (!d) continue;
    const [[west, south], [east, north]] = geoBounds(feature);
    const mayHold = (p: LonLat): boolean =>
      p.lat >= south && p.lat <= north && (west <= east ? p.lon >= west && p.lon <= east : true);
    const tinted = occupied.some((p) => mayHold(p) && geoContains(feature, [p.lon, p.lat]));
    const shape = document.createElementNS(SVG_NS, 'path');
    shape.setAttribute('d', d);
    shape.setAttribute('fill', tinted ? '#DCE3D2' : '#F2F0EA');
    shape.setAttribute('stroke', '#A7B0B8');
    shape.setAttribute('stroke-width', '0.8');
    // Borders keep the same thickness at every zoom.
    shape.setAttribute('vector-effect', 'non-scaling-stroke');
    shape.setAttribute('data-name', feature.properties?.name ?? '');
    group.appendChild(shape);
    shapes++;
  }
  container.insertBefore(svg, container.firstChild);
  return { svg, group, shapes };
}

/** Moves the basemap with the graph: a model point p is drawn at p × zoom + pan, as cytoscape does. */
export function syncBasemap(layer: BasemapLayer, pan: { x: number; y: number }, zoom: number): void {
  layer.group.setAttribute('transform', `translate(${pan.x},${pan.y}) scale(${zoom})`);
}

export function removeBasemap(layer: BasemapLayer): void {
  layer.svg.remove();
}
