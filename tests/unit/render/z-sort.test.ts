// Cytoscape's drawing order with keys read once: the same order as its own comparator, and installed on its renderer with its cache.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { keyedZSort } from '../../../src/render/drawing-pause';
import { zSorted, type ZElement } from '../../../src/render/z-sort';

/** Cytoscape 3.35's zIndexSort (src/extensions/renderer/base/z-ordering.mjs), restated as the reference. */
function referenceCompare(compound: boolean) {
  const depth = (ele: ZElement): number => {
    const value = ele.pstyle('z-compound-depth').value;
    if (value === 'auto') return compound ? ele.zDepth() : 0;
    if (value === 'bottom') return -1;
    if (value === 'top') return Number.MAX_SAFE_INTEGER;
    return 0;
  };
  const eleDepth = (ele: ZElement): number =>
    ele.pstyle('z-index-compare').value === 'auto' ? (ele.isNode() ? 1 : 0) : 0;
  return (a: ZElement, b: ZElement): number =>
    depth(a) - depth(b) ||
    eleDepth(a) - eleDepth(b) ||
    (a.pstyle('z-index').value as number) - (b.pstyle('z-index').value as number) ||
    a.poolIndex() - b.poolIndex();
}

/** A graph with what changes the order: compound parents, z-index classes, 'top'/'bottom' depths, manual compare. */
function orderedGraph(): Core {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < 60; i++) {
    elements.push({ data: { id: `n${i}`, ...(i % 7 === 0 ? { parent: `box${i % 3}` } : {}) }, classes: `c${i % 5}` });
  }
  for (let b = 0; b < 3; b++) elements.push({ data: { id: `box${b}` } });
  for (let i = 0; i < 50; i++) {
    elements.push({ data: { id: `e${i}`, source: `n${i}`, target: `n${(i * 7 + 3) % 60}` }, classes: `c${i % 4}` });
  }
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements.reverse(),
    style: [
      { selector: '.c1', style: { 'z-index': 10 } },
      { selector: '.c2', style: { 'z-index': -3 } },
      { selector: 'node.c3', style: { 'z-compound-depth': 'top' } },
      { selector: 'edge.c3', style: { 'z-compound-depth': 'bottom', 'z-index-compare': 'manual' } },
    ] as cytoscape.StylesheetJson,
  });
}

const asZ = (cy: Core): ZElement[] => cy.elements().toArray() as unknown as ZElement[];
const ids = (list: readonly ZElement[]): string[] => list.map((ele) => (ele as unknown as { id(): string }).id());

describe('zSorted', () => {
  it('orders nodes, edges and compound parents exactly as cytoscape’s comparator does', () => {
    const cy = orderedGraph();
    const expected = [...asZ(cy)].sort(referenceCompare(true));
    expect(ids(zSorted(asZ(cy), true))).toEqual(ids(expected));
    // The graph does exercise every key: not all in the order added.
    expect(ids(expected)).not.toEqual(ids(asZ(cy)));
    cy.destroy();
  });

  it('follows a z-index change made after the first sort', () => {
    const cy = orderedGraph();
    cy.getElementById('n5').style('z-index', 99);
    const sorted = ids(zSorted(asZ(cy), true));
    expect(sorted).toEqual(ids([...asZ(cy)].sort(referenceCompare(true))));
    cy.destroy();
  });
});

describe('keyedZSort', () => {
  /** A headless core with a stand-in renderer that has cytoscape's cache fields and records the dragged split. */
  function coreWithRenderer() {
    const cy = orderedGraph();
    let grabbedSplits = 0;
    const proto = {
      render: () => undefined,
      drawCachedElement: () => undefined,
      drawLayeredElements: () => undefined,
      drawCachedElements: () => undefined,
      getPixelRatio: () => 1,
      cachedZSortedEles: null as unknown,
      getCachedZSortedEles: () => {
        throw new Error('the original sort ran');
      },
      updateCachedGrabbedEles: () => void grabbedSplits++,
    };
    const renderer = Object.create(proto) as typeof proto;
    // The stand-in is the core's renderer only while keyedZSort finds it; the core keeps its own for the rest.
    const core = cy as unknown as { renderer: () => unknown };
    const own = core.renderer;
    core.renderer = () => renderer;
    keyedZSort(cy);
    core.renderer = own;
    return { cy, renderer, splits: () => grabbedSplits };
  }

  it('sorts in cytoscape’s order, finds the interactive ones when first read, caches until forced, and splits the dragged ones', () => {
    const { cy, renderer, splits } = coreWithRenderer();
    const first = renderer.getCachedZSortedEles() as unknown as ZElement[] & { interactive: unknown[] };
    expect(ids(first)).toEqual(ids([...asZ(cy)].sort(referenceCompare(true))));
    // Found on first read, in drawing order, and the same list on the next read.
    cy.getElementById('n4').style('visibility', 'hidden');
    const interactive = first.interactive as unknown as ZElement[];
    expect(ids(interactive)).toEqual(ids(first).filter((id) => id !== 'n4'));
    expect(first.interactive).toBe(interactive);
    expect(renderer.getCachedZSortedEles()).toBe(first);
    expect((renderer.getCachedZSortedEles as (force: boolean) => unknown)(true)).not.toBe(first);
    expect(splits()).toBe(2);
    cy.destroy();
  });

  it('leaves a core without a canvas renderer alone', () => {
    const cy = orderedGraph();
    expect(() => keyedZSort(cy)).not.toThrow();
    cy.destroy();
  });
});
