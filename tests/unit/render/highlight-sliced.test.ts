// A focus or path on a large network: the faded picture on the plain layer at once, cytoscape's classes a slice per task.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import type { NodeElement } from '../../../src/render/elements';
import { createGraphRenderer } from '../../../src/render/adapter';
import { SYNC_FIRST_SLICE } from '../../../src/render/catch-up';
import type { PreviewNode } from '../../../src/render/node-preview';
import { readLayer } from '../../../src/render/layer-changes';
import { applyHighlight, highlightPlan, type Highlight } from '../../../src/render/layouts/highlight';
import { HIDDEN } from '../../../src/render/visibility';

const COUNT = 600;
const nodes = (count = COUNT): NodeElement[] =>
  Array.from({ length: count }, (_, i) => ({
    data: { id: `n${i}`, label: `N ${i}`, size: 10, color: '#123456', type: 'actor' },
    position: { x: i, y: 0 },
  })) as unknown as NodeElement[];
const scene = (list: NodeElement[]) => ({ elements: { nodes: list, edges: [], lineKinds: [] }, epoch: 1 }) as never;
const focus = (keep: string[], root: string): Highlight => ({
  keep: new Set(keep),
  root,
  pathNodes: new Set(),
  pathPairs: [],
});
const path = (ids: string[]): Highlight => ({
  keep: null,
  root: null,
  pathNodes: new Set(ids),
  pathPairs: ids.slice(1).map((id, i) => [ids[i]!, id] as const),
});
const classesOf = (cy: cytoscape.Core): string[] =>
  cy.nodes().map((node) => `${node.id()}:${[...node.classes()].sort().join(' ')}`);
/** A renderer whose nodes the plain layer paints, slicing from 100 changed nodes. */
const large = () => createGraphRenderer({ nodeLayerFrom: 0, sliceFrom: 100 });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a highlight at scale', () => {
  it('marks no node in the call, puts the faded picture on the layer at once, then ends with the one batch’s classes', () => {
    const renderer = large();
    renderer.update(scene(nodes()));
    renderer.select('n1');
    const pictures = vi.spyOn(renderer.edgeLayer, 'setPreviewNodes');
    renderer.highlight(focus(['n0', 'n1', 'n2'], 'n0'), false);
    expect(renderer.cy.nodes('.faded')).toHaveLength(0);
    const picture = pictures.mock.calls[0]![0] as PreviewNode[];
    expect(picture).toHaveLength(COUNT);
    expect(picture.filter((node) => node.faded === true)).toHaveLength(COUNT - 3);
    expect(picture.filter((node) => node.selected === true).map((node) => node.id)).toEqual(['n1']);
    vi.advanceTimersToNextTimer();
    // The first slice, before any pace is known: the root and the first faded nodes.
    expect(renderer.cy.nodes('.faded, .focus-root')).toHaveLength(SYNC_FIRST_SLICE);
    vi.advanceTimersByTime(1000);
    // The same classes as the whole highlight applied in one batch to the same nodes.
    const once = createGraphRenderer();
    once.update(scene(nodes()));
    once.select('n1');
    applyHighlight(once.cy, focus(['n0', 'n1', 'n2'], 'n0'));
    expect(classesOf(renderer.cy)).toEqual(classesOf(once.cy));
    // The layer hands the nodes back to cytoscape's classes.
    expect(pictures.mock.calls.at(-1)![0]).toBeNull();
    renderer.destroy();
    once.destroy();
  });

  it('applies a change of few nodes in the call (a path moved by one actor after a focus)', () => {
    const renderer = large();
    renderer.update(scene(nodes()));
    renderer.highlight(path(['n0', 'n1', 'n2']), false);
    vi.advanceTimersByTime(1000);
    renderer.highlight(path(['n0', 'n1', 'n3']), false);
    expect(renderer.cy.nodes('.on-path').map((node) => node.id())).toEqual(['n0', 'n1', 'n3']);
    expect(renderer.cy.getElementById('n2').hasClass('faded')).toBe(true);
    renderer.destroy();
  });

  it('lets a filter arriving meanwhile run first, then resumes and marks the nodes that filter shows and none it hid', () => {
    const renderer = large();
    renderer.update(scene(nodes()));
    renderer.highlight(focus(['n0', 'n1'], 'n0'), false);
    vi.advanceTimersToNextTimer();
    // Half the nodes filtered out while the focus is half applied.
    renderer.update(scene(nodes(COUNT / 2)));
    vi.advanceTimersByTime(2000);
    expect(renderer.cy.nodes(`.${HIDDEN}`)).toHaveLength(COUNT / 2);
    expect(renderer.cy.nodes(`.${HIDDEN}.faded`)).toHaveLength(0);
    expect(renderer.cy.nodes('.faded')).toHaveLength(COUNT / 2 - 2);
    expect(renderer.cy.nodes('.focus-root').map((node) => node.id())).toEqual(['n0']);
    renderer.destroy();
  });

  it('marks a highlight of fewer changed nodes than filters slice from in the call, and slices one of more', () => {
    // 600 nodes change (597 fade, the root and two partners do not).
    const renderer = createGraphRenderer({ nodeLayerFrom: 0, sliceFrom: 1000 });
    renderer.update(scene(nodes()));
    renderer.highlight(focus(['n0', 'n1', 'n2'], 'n0'), false);
    expect(renderer.cy.nodes('.faded')).toHaveLength(COUNT - 3);
    renderer.destroy();
    const slicing = createGraphRenderer({ nodeLayerFrom: 0, sliceFrom: 500 });
    slicing.update(scene(nodes()));
    slicing.highlight(focus(['n0', 'n1', 'n2'], 'n0'), false);
    expect(slicing.cy.nodes('.faded')).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(slicing.cy.nodes('.faded')).toHaveLength(COUNT - 3);
    slicing.destroy();
  });

  it('clears a focus a slice per task too, back to no marks at all', () => {
    const renderer = large();
    renderer.update(scene(nodes()));
    renderer.highlight(focus(['n0'], 'n0'), false);
    vi.advanceTimersByTime(1000);
    renderer.highlight({ keep: null, root: null, pathNodes: new Set(), pathPairs: [] }, false);
    expect(renderer.cy.nodes('.faded')).toHaveLength(COUNT - 1);
    vi.advanceTimersByTime(1000);
    expect(renderer.cy.nodes('.faded, .focus-root, .on-path')).toHaveLength(0);
    renderer.destroy();
  });
});

describe('highlightPlan', () => {
  it('lists only the nodes whose marks change, and says which end faded', () => {
    const cy = cytoscape({ headless: true, elements: nodes(10) });
    applyHighlight(cy, focus(['n0', 'n1'], 'n0'));
    const plan = highlightPlan(cy, focus(['n0', 'n1', 'n2'], 'n0'));
    expect(plan.size).toBe(1);
    expect(cy.nodes().filter((node) => plan.fadedAfter(node)).length).toBe(7);
    expect(plan.apply(0, plan.size).map((node) => node.id())).toEqual(['n2']);
  });
});

describe('the layer reading a picture', () => {
  it('draws the ties of a picture’s faded and selected nodes as faded and touching (their ends’ marks)', () => {
    const cy = cytoscape({ headless: true });
    const picture: PreviewNode[] = [
      { id: 'a', x: 0, y: 0, size: 5, color: '#000', hub: false, faded: true },
      { id: 'b', x: 1, y: 0, size: 5, color: '#000', hub: false, selected: true },
      { id: 'c', x: 2, y: 0, size: 5, color: '#000', hub: false },
    ];
    const { ends } = readLayer(cy, picture);
    expect([...ends.values()].map(({ faded, selected }) => [faded, selected])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });
});
