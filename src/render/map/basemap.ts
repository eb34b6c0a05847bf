// The basemap: country shapes as an SVG layer behind the cytoscape canvas, moved with the graph's pan and zoom.
import type { GeoProjection } from 'd3-geo';
import { projectShape, shapeContains, type ProjectedShape } from './shapes';
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
  const frame = options.frame ?? { width: 2400, height: 1800 };
  const points = (options.occupied ?? [])
    .map((p) => projection([p.lon, p.lat]))
    .filter((p): p is [number, number] => p !== null);
  let shapes = 0;
  for (const shape of shapesFor(projection, features, options.farFeatures ?? [], frame)) {
    if (shape.d === '') continue;
    const tinted = points.some(([x, y]) => shapeContains(shape, x, y));
    const element = document.createElementNS(SVG_NS, 'path');
    element.setAttribute('d', shape.d);
    element.setAttribute('fill', tinted ? '#DCE3D2' : '#F2F0EA');
    element.setAttribute('stroke', '#A7B0B8');
    element.setAttribute('stroke-width', '0.8');
    // Borders keep the same thickness at every zoom.
    element.setAttribute('vector-effect', 'non-scaling-stroke');
    element.setAttribute('data-name', shape.feature.properties?.name ?? '');
    group.appendChild(element);
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
