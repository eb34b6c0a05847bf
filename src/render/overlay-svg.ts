// An SVG laid over (or under) a canvas's whole area: decorative, out of the pointer's way, hidden from screen readers.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A new SVG of class `className` filling its positioned container, with one group for the camera's transform, not yet
 * placed in the page: the basemap under the drawing (render/map/basemap-layer.ts), the leader lines over it
 * (label-leaders.ts). `style` adds to the shared placement (a z-index, a background).
 */
export function overlaySvg(
  document: Document,
  className: string,
  style: Partial<CSSStyleDeclaration> = {},
): { svg: SVGSVGElement; group: SVGGElement } {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  Object.assign(svg.style, {
    position: 'absolute',
    inset: '0',
    width: '100%',
    height: '100%',
    pointerEvents: 'none',
    ...style,
  });
  const group = document.createElementNS(SVG_NS, 'g');
  svg.appendChild(group);
  return { svg, group };
}

/** A child element of an SVG (a path, a line) in the SVG namespace. */
export const svgChild = <K extends keyof SVGElementTagNameMap>(document: Document, tag: K): SVGElementTagNameMap[K] =>
  document.createElementNS(SVG_NS, tag);
