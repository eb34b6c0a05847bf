// Restyles stay local: a filter hides by display and keeps positions, a selection or focus touches only what changes.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { actorIdOf, buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset, type Filters } from '../../../src/model/types';
import { createGraphRenderer } from '../../../src/render/adapter';
import { buildElements } from '../../../src/render/elements';
import { encodeNodes } from '../../../src/render/encoding';
import { applyHighlight, applyPositions, NO_HIGHLIGHT } from '../../../src/render/layouts/index';
import { placeCanvasLabels } from '../../../src/render/labels';
import { HIDDEN, shownEdges, shownNodes } from '../../../src/render/visibility';

/** 40 actors in a ring with chords, half in FI and half in SE, each with saved x/y on a circle. */
function ringDataset(): Dataset {
  const n = 40;
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    kind: 'cluster' as const,
    country: i % 2 === 0 ? 'FI' : 'SE',
    x: Math.round(300 * Math.cos((2 * Math.PI * i) / n)),
    y: Math.round(300 * Math.sin((2 * Math.PI * i) / n)),
  }));
  const agreements = actors.flatMap((_, i) => [
    { id: `r${i}`, kind: 'bilateral' as const, parties: [`a${i}`, `a${(i + 1) % n}`] },
    { id: `c${i}`, kind: 'bilateral' as const, parties: [`a${i}`, `a${(i + 2) % n}`] },
  ]);
  return { format: 'alliance-graph@1', actors, agreements };
}

function elementsOf(dataset: Dataset, filters: Filters = emptyFilters()) {
  const graph = buildActorGraph(dataset, filters);
  const ids = graph.nodes().map(actorIdOf);
  const encoding = encodeNodes(
    ids,
    {
      type: 'category',
      title: 'Country',
      values: new Map(dataset.actors.map((a) => [a.id, a.country])),
      label: (code) => code,
    },
    { title: 'Degree', values: new Map(ids.map((id) => [id, 1])) },
  );
  return buildElements(graph, encoding, new Map());
}

/** Ids of elements cytoscape restyled while `run` ran (its 'style' event fires once per restyled element). */
function restyled(cy: Core, run: () => void): Set<string> {
  const ids = new Set<string>();
  const listener = (event: { target: { id(): string } }): void => void ids.add(event.target.id());
  cy.on('style', listener);
  run();
  cy.off('style', listener);
  return ids;
}

const classesOf = (cy: Core): Map<string, string> =>
  new Map(cy.elements().map((e) => [e.id(), [...e.classes()].sort().join(' ')]));

describe('local restyles', () => {
  it('draws saved x/y as they are: no layout moves them, one placement', () => {
    let placed = 0;
    const renderer = createGraphRenderer({ onPlaced: () => void placed++ });
    const dataset = ringDataset();
    renderer.update({ elements: elementsOf(dataset), epoch: 1 });
    for (const actor of dataset.actors) {
      expect(renderer.cy.getElementById(actor.id).position()).toEqual({ x: actor.x, y: actor.y });
    }
    expect(placed).toBe(1);
    renderer.destroy();
  });

  it('hides filtered-out elements by display, keeps every position, restyles only what changed visibility', () => {
    const renderer = createGraphRenderer();
    const cy = renderer.cy;
    const dataset = ringDataset();
    renderer.update({ elements: elementsOf(dataset), epoch: 1 });
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const total = cy.elements().length;
    const finland = elementsOf(dataset, { ...emptyFilters(), countries: ['FI'] });
    const kept = new Set([...finland.nodes, ...finland.edges].map((e) => e.data.id));
    const touched = restyled(cy, () => renderer.update({ elements: finland, epoch: 1 }));

    expect(cy.elements().length).toBe(total); // nothing removed
    expect(
      shownNodes(cy)
        .map((n) => n.id())
        .sort(),
    ).toEqual(finland.nodes.map((n) => n.data.id).sort());
    expect(shownEdges(cy).length).toBe(finland.edges.length);
    for (const element of cy.elements(`.${HIDDEN}`)) expect(element.style('display')).toBe('none');
    // Exactly the elements that went out of view were restyled.
    const hiddenNow = new Set(
      cy
        .elements()
        .filter((e) => !kept.has(e.id()))
        .map((e) => e.id()),
    );
    expect(touched).toEqual(hiddenNow);
    for (const node of cy.nodes()) expect(node.position()).toEqual(before.get(node.id()));

    // Back to everything: the hidden ones return where they were, and only they are restyled.
    const back = restyled(cy, () => renderer.update({ elements: elementsOf(dataset), epoch: 1 }));
    expect(back).toEqual(hiddenNow);
    expect(cy.elements(`.${HIDDEN}`).length).toBe(0);
    for (const node of cy.nodes()) expect(node.position()).toEqual(before.get(node.id()));
    renderer.destroy();
  });

  it('a selection restyles the node and its edges only', () => {
    const renderer = createGraphRenderer();
    renderer.update({ elements: elementsOf(ringDataset()), epoch: 1 });
    const node = renderer.cy.getElementById('a5');
    const expected = new Set(['a5', ...node.connectedEdges().map((e) => e.id())]);
    expect(restyled(renderer.cy, () => renderer.select('a5'))).toEqual(expected);
    const next = renderer.cy.getElementById('a20');
    const both = new Set([...expected, 'a20', ...next.connectedEdges().map((e) => e.id())]);
    expect(restyled(renderer.cy, () => renderer.select('a20'))).toEqual(both);
    renderer.destroy();
  });

  it('focus, labels and re-applied positions touch only the elements whose classes or places change', () => {
    const renderer = createGraphRenderer();
    const cy = renderer.cy;
    renderer.update({ elements: elementsOf(ringDataset()), epoch: 1 });
    const keepA = new Set(['a0', 'a1', 'a2', 'a39', 'a38']);
    const keepB = new Set(['a1', 'a2', 'a3', 'a0', 'a4']);
    const focus = (keep: Set<string>, root: string) => ({ ...NO_HIGHLIGHT, keep, root });
    applyHighlight(cy, focus(keepA, 'a0'));
    const beforeClasses = classesOf(cy);
    const touched = restyled(cy, () => applyHighlight(cy, focus(keepB, 'a1')));
    const afterClasses = classesOf(cy);
    const changedIds = new Set([...afterClasses].filter(([id, c]) => beforeClasses.get(id) !== c).map(([id]) => id));
    expect(changedIds.size).toBeGreaterThan(0);
    expect(touched).toEqual(changedIds);
    expect(touched.size).toBeLessThan(cy.elements().length / 2);
    // Applying the same highlight, labels or positions again changes nothing and restyles nothing.
    expect(restyled(cy, () => applyHighlight(cy, focus(keepB, 'a1'))).size).toBe(0);
    const canvas = { width: 1200, height: 800 };
    placeCanvasLabels(cy, canvas);
    expect(restyled(cy, () => placeCanvasLabels(cy, canvas)).size).toBe(0);
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const moved: string[] = [];
    cy.on('position', (event) => void moved.push(event.target.id()));
    applyPositions(cy, positions);
    expect(moved).toEqual([]);
    renderer.destroy();
  });
});
