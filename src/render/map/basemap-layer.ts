// The basemap's SVG layer from shapes already projected (in the map worker or the map module): DOM only, no d3.

import { overlaySvg, svgChild } from '../overlay-svg';

/** One country shape as drawn: SVG path text in model units, its fill (tinted where actors are) and its name. */
export interface BasemapShape {
  d: string;
  fill: string;
  name: string;
}

export interface BasemapLayer {
  svg: SVGSVGElement;
  /** The group that carries the pan/zoom transform. */
  group: SVGGElement;
  /** Number of country shapes drawn. */
  shapes: number;
}

/**
 * Draws the shapes into an SVG placed under everything else in `container` (which must be positioned,
 * e.g. `position: relative`, and holds the cytoscape canvas, whose background stays transparent).
 * Decorative: hidden from screen readers, which get the table twin instead; pointer events pass through.
 */
export function drawBasemapLayer(container: HTMLElement, shapes: readonly BasemapShape[]): BasemapLayer {
  const document = container.ownerDocument;
  const { svg, group } = overlaySvg(document, 'basemap', { zIndex: '0', background: '#EAF2F8' });
  for (const shape of shapes) {
    const element = svgChild(document, 'path');
    element.setAttribute('d', shape.d);
    element.setAttribute('fill', shape.fill);
    element.setAttribute('stroke', '#A7B0B8');
    element.setAttribute('stroke-width', '0.8');
    // Borders keep the same thickness at every zoom.
    element.setAttribute('vector-effect', 'non-scaling-stroke');
    element.setAttribute('data-name', shape.name);
    group.appendChild(element);
  }
  container.insertBefore(svg, container.firstChild);
  return { svg, group, shapes: shapes.length };
}

/** Moves the basemap with the graph: a model point p is drawn at p × zoom + pan, as cytoscape does. */
export function syncBasemap(layer: BasemapLayer, pan: { x: number; y: number }, zoom: number): void {
  layer.group.setAttribute('transform', `translate(${pan.x},${pan.y}) scale(${zoom})`);
}

export function removeBasemap(layer: BasemapLayer): void {
  layer.svg.remove();
}
