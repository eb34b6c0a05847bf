// Shorter labels (a country's code): tried only where the full label has no room, on the canvas and in exports.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { placeLabels, type Disc, type LabelCandidate } from '../../../src/render/label-placement';
import { placeCanvasLabels, placedLabelsOf } from '../../../src/render/labels';
import { sceneFromCy } from '../../../src/render/scene';
import { stylesheet } from '../../../src/render/style';

const disc = (id: string, x: number, y: number, r = 3): Disc => ({ id, x, y, r });

/**
 * A node at (100, 100), r 10, hemmed in so that a 60 px label fits on no side and off no corner, while a 20 px one
 * fits below or above it: small nodes 25 px left of centre below and above, and on both sides and every corner.
 */
const node = disc('a', 100, 100, 10);
const hemmedIn: Disc[] = [
  node,
  disc('below', 75, 121),
  disc('above', 75, 79),
  disc('right', 165, 100),
  disc('left', 35, 100),
  disc('br', 150, 121),
  disc('ar', 150, 79),
  disc('bl', 50, 121),
  disc('al', 50, 79),
];
const candidate = (extra: Partial<LabelCandidate>): LabelCandidate => ({ ...node, width: 60, height: 16, ...extra });

describe('placeLabels with a shorter label', () => {
  it('places the shorter label below its node, marked short, where the full one fits nowhere', () => {
    expect(placeLabels([candidate({})], hemmedIn, { gap: 3 })).toEqual([]);
    expect(placeLabels([candidate({ shortWidth: 20 })], hemmedIn, { gap: 3 })).toEqual([
      { id: 'a', side: 'below', shift: 0, short: true, box: { x: 90, y: 113, width: 20, height: 16 } },
    ]);
  });

  it('keeps the full label wherever it has room', () => {
    const [placed] = placeLabels([candidate({ shortWidth: 20 })], [node], { gap: 3 });
    expect(placed).toEqual({ id: 'a', side: 'below', shift: 0, box: { x: 70, y: 113, width: 60, height: 16 } });
  });

  it('never shortens a forced (selected, hovered) label: it is placed in full', () => {
    const [placed] = placeLabels([candidate({ shortWidth: 20, forced: true })], hemmedIn, { gap: 3 });
    expect(placed?.short).toBeUndefined();
    expect(placed?.box.width).toBe(60);
  });
});

/**
 * The Netherlands hemmed in by small unlabelled nodes 35 px to either side of it below and above, and 60 px to its
 * right and left: its full name fits on no side and off no corner, its code below it. Germany, far off, has room;
 * five more large countries keep the Netherlands out of the few whose labels may cover small nodes.
 */
function crowdedCountries(): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet });
  const country = (code: string, name: string, actors: number, size: number, x: number) => ({
    group: 'nodes' as const,
    data: { id: `country:${code}`, label: `${name} (${actors})`, shortLabel: `${code} (${actors})`, size },
    position: { x, y: 0 },
  });
  const blocker = (id: string, x: number, y: number) => ({
    group: 'nodes' as const,
    data: { id, label: '', size: 6 },
    position: { x, y },
  });
  cy.add([
    country('DE', 'Germany', 40, 30, 300),
    // Five more large countries, far off: the six largest labels may cover small nodes (labels.ts OVER_NODES).
    ...['FR', 'SE', 'FI', 'PL', 'IT'].map((code, i) => ({
      ...country(code, code, 30, 30, -300),
      position: { x: -300, y: -250 + 110 * i },
    })),
    country('NL', 'Netherlands', 5, 10, 0),
    ...[
      [35, 20],
      [-35, 20],
      [35, -20],
      [-35, -20],
      [60, 0],
      [-60, 0],
    ].map(([x, y], i) => blocker(`b${i}`, x!, y!)),
  ]);
  cy.zoom(1);
  cy.pan({ x: 400, y: 300 });
  return cy;
}

describe('placeCanvasLabels with shorter labels', () => {
  it('draws the full name where it fits and the code where only the code fits', () => {
    const cy = crowdedCountries();
    placeCanvasLabels(cy, { width: 1000, height: 600 });
    const texts = new Map(
      [...placedLabelsOf(cy).keys()].map((id) => [id, String(cy.getElementById(id).style('label'))]),
    );
    expect(texts.get('country:DE')).toBe('Germany (40)');
    expect(texts.get('country:NL')).toBe('NL (5)');
  });
});

describe('sceneFromCy with shorter labels', () => {
  it('writes the code into the export where only the code fits, and the full name elsewhere', () => {
    const scene = sceneFromCy(crowdedCountries());
    const label = (id: string): string | undefined => {
      const node = scene.nodes.find((n) => n.id === id);
      return node?.labelText ?? node?.label;
    };
    expect(label('country:DE')).toBe('Germany (40)');
    expect(label('country:NL')).toBe('NL (5)');
  });
});
