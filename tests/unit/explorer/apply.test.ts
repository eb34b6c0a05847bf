// Applying layouts and highlights to a headless cytoscape: positions move, boxes come and go, focus fades the rest.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import {
  applyHighlight,
  applyPositions,
  computeLayout,
  currentPositions,
  explorerStyles,
} from '../../../src/render/layouts/index';
import { FORCE_LEAST_SPACING, forcePositions, spreadOut } from '../../../src/render/layouts/force';
import { BOX_FONT, boxTitleAt } from '../../../src/render/layouts/boxes';
import { GROUPED_DEFAULTS } from '../../../src/render/layouts/grouped';

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: explorerStyles });
  const ids = ['a', 'b', 'c', 'd', 'e'];
  cy.add(ids.map((id, i) => ({ group: 'nodes' as const, data: { id, label: id.toUpperCase(), size: 10 + i } })));
  const pairs = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
  ];
  cy.add(pairs.map(([s, t]) => ({ group: 'edges' as const, data: { id: `${s}${t}`, source: s!, target: t! } })));
  return cy;
}
const nodes = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, group: i < 2 ? 'FI' : 'SE', value: i, degree: 1 }));

describe('applyPositions', () => {
  it('moves nodes to the grouped layout and adds a box per group, removed again for another layout', () => {
    const cy = graph();
    const grouped = computeLayout('grouped', nodes);
    applyPositions(cy, grouped.positions, { boxes: grouped.boxes });
    expect(cy.getElementById('a').position()).toEqual(grouped.positions.get('a'));
    expect(
      cy
        .nodes('.group-box')
        .map((n) => n.data('label'))
        .sort(),
    ).toEqual(['FI', 'SE']);
    expect(currentPositions(cy).size).toBe(5);

    const rings = computeLayout('concentric', nodes);
    applyPositions(cy, rings.positions, { arcs: true });
    expect(cy.nodes('.group-box')).toHaveLength(0);
    expect(cy.getElementById('e').position()).toEqual({ x: 0, y: 0 }); // highest value in the centre
    expect(cy.edges('.arc')).toHaveLength(4);
    expect(cy.getElementById('ab').data('bend')).toBeGreaterThan(0);
  });

  it('computes force positions for every node of the full graph', () => {
    const positions = forcePositions(nodes, [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ]);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('spreads a dense network drafted too tight to FORCE_LEAST_SPACING per node, about its centre', () => {
    // 400 actors with 12 ties each at random: fcose's draft packs them into a few units per node.
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const dense = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}` }));
    const ties = dense.flatMap((node) =>
      Array.from({ length: 6 }, () => ({ source: node.id, target: `n${Math.floor(random() * 400)}` })),
    );
    const positions = [...forcePositions(dense, ties).values()];
    const width = Math.max(...positions.map((p) => p.x)) - Math.min(...positions.map((p) => p.x));
    const height = Math.max(...positions.map((p) => p.y)) - Math.min(...positions.map((p) => p.y));
    expect(Math.sqrt((width * height) / positions.length)).toBeGreaterThanOrEqual(FORCE_LEAST_SPACING - 1e-6);
  });

  it('leaves a layout with room enough as it is, and scales a tight one about its centre', () => {
    const roomy = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 100 }],
    ]);
    expect(spreadOut(roomy)).toBe(roomy);
    // 2 nodes in a 10 × 10 box: 7.07 per node, scaled by 60 / 7.07 about (5, 5).
    const tight = spreadOut(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 10, y: 10 }],
      ]),
    );
    const factor = FORCE_LEAST_SPACING / Math.sqrt(50);
    expect(tight.get('a')!.x).toBeCloseTo(5 - 5 * factor, 9);
    expect(tight.get('b')!.y).toBeCloseTo(5 + 5 * factor, 9);
  });
});

describe('boxTitleAt', () => {
  it("keeps the layout's title size and the name where that is 10 px or more on screen", () => {
    expect(boxTitleAt(0.5, 'Denmark', 'DK', 400)).toEqual({
      boxTitle: 'Denmark',
      boxFont: BOX_FONT,
      boxFontMargin: BOX_FONT * 1.3,
    });
  });

  it('grows a title to 10 px on screen when zoomed out, its foot kept in the header, the code where the name is too wide', () => {
    // At 0.1 the title is 100 units; "Denmark" in bold is ~460 of them (Node's estimate, 66 a character at 100).
    const narrow = boxTitleAt(0.1, 'Denmark', 'DK', 400);
    expect(narrow).toEqual({ boxTitle: 'DK', boxFont: 100, boxFontMargin: GROUPED_DEFAULTS.header });
    expect(boxTitleAt(0.1, 'Denmark', 'DK', 600).boxTitle).toBe('Denmark');
  });
});

describe('applyHighlight', () => {
  it('fades what is outside the focus, outlines the root, then marks a path only', () => {
    const cy = graph();
    applyHighlight(cy, { keep: new Set(['b', 'a', 'c']), root: 'b', pathNodes: new Set(), pathPairs: [] });
    expect(
      cy
        .elements('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['cd', 'd', 'de', 'e']);
    expect(cy.getElementById('b').hasClass('focus-root')).toBe(true);

    applyHighlight(cy, {
      keep: null,
      root: null,
      pathNodes: new Set(['c', 'd', 'e']),
      pathPairs: [
        ['d', 'c'],
        ['d', 'e'],
      ],
    });
    expect(
      cy
        .elements('.on-path')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['c', 'cd', 'd', 'de', 'e']);
    expect(cy.getElementById('a').hasClass('faded')).toBe(true);
    expect(cy.getElementById('b').hasClass('focus-root')).toBe(false);

    applyHighlight(cy, { keep: null, root: null, pathNodes: new Set(), pathPairs: [] });
    expect(cy.elements('.faded, .on-path')).toHaveLength(0);
  });
});
