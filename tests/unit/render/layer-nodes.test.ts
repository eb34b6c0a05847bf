// A large network's nodes on the plain layer: which nodes cytoscape still draws, what the layer fills (nodes and boxes), and the adapter turning it on per dataset.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createGraphRenderer } from '../../../src/render/adapter';
import { FADED_OPACITY } from '../../../src/render/encoding';
import { LABEL_CLASS, KEYBOARD_CURSOR } from '../../../src/render/label-styles';
import { boxesOf } from '../../../src/render/layer-ends';
import { layerNodeOf, nodesOnLayer, setNodesOnLayer } from '../../../src/render/layer-nodes';
import { stylesheet } from '../../../src/render/style';
import { HIDDEN } from '../../../src/render/visibility';
import { plainElementsOf, smallDataset } from './fixture';

/** A styled headless instance with one actor, the layer's painting on or off before the node is added. */
function oneNode(onLayer: boolean) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet });
  setNodesOnLayer(cy, onLayer);
  const node = cy.add({
    group: 'nodes',
    data: { id: 'a', label: 'Alpha', size: 20, color: '#336699', type: 'actor' },
    position: { x: 5, y: 7 },
  });
  return { cy, node };
}
const opacity = (node: cytoscape.NodeSingular): number => Number(node.style('opacity'));

describe('which nodes cytoscape still draws', () => {
  it('hides an unmarked node from its frames when the layer paints nodes, yet keeps it under the pointer', () => {
    const { node } = oneNode(true);
    expect(opacity(node)).toBe(0);
    // Cytoscape skips a node of opacity 0 in drawing (visible) but not in hit-testing (interactive).
    expect(node.visible()).toBe(false);
    // interactive() is public (collection/style.mjs) but missing from @types/cytoscape.
    expect((node as unknown as { interactive(): boolean }).interactive()).toBe(true);
  });

  it('draws a node itself again once it carries a label, a hover, the selection, the keyboard or a path', () => {
    for (const mark of [
      LABEL_CLASS.below,
      LABEL_CLASS.left,
      'hover',
      'selected',
      KEYBOARD_CURSOR,
      'focus-root',
      'on-path',
    ]) {
      const { node } = oneNode(true);
      node.addClass(mark);
      expect([mark, opacity(node)]).toEqual([mark, 1]);
      node.removeClass(mark);
      expect([mark, opacity(node)]).toEqual([mark, 0]);
    }
  });

  it('leaves a faded node to the layer even with a label class (fading takes the label away), but not a faded hovered one', () => {
    const { node } = oneNode(true);
    node.addClass(`faded ${LABEL_CLASS.right}`);
    expect(opacity(node)).toBe(0);
    node.addClass('hover');
    expect(opacity(node)).toBe(FADED_OPACITY);
  });

  it('changes nothing for a small network: every node drawn by cytoscape, faded ones at the faded opacity', () => {
    const { node } = oneNode(false);
    expect(opacity(node)).toBe(1);
    node.addClass('faded');
    expect(opacity(node)).toBe(FADED_OPACITY);
  });
});

describe('layerNodeOf', () => {
  it('takes the node as drawn: position, size, colour, shape, fading and least scale; nothing for a hidden node or a box', () => {
    const { cy, node } = oneNode(true);
    expect(layerNodeOf(node)).toEqual({ id: 'a', x: 5, y: 7, size: 20, color: '#336699', hub: false, faded: false });
    node.addClass('faded');
    node.data({ type: 'hub', minScale: 0.4 });
    expect(layerNodeOf(node)).toMatchObject({ hub: true, faded: true, minScale: 0.4 });
    node.addClass(HIDDEN);
    expect(layerNodeOf(node)).toBeNull();
    const box = cy.add({ group: 'nodes', data: { id: 'box', boxWidth: 10, boxHeight: 10 }, classes: 'group-box' });
    expect(layerNodeOf(box)).toBeNull();
  });
});

/** A 2D context that counts the node discs and diamonds filled into it. */
function countingContext() {
  const counted = { arcs: 0, fills: 0 };
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'arc') return () => void counted.arcs++;
      if (key === 'fill') return () => void counted.fills++;
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { context, counted };
}

describe('the adapter and the layer painting nodes', () => {
  it('turns the painting on for a dataset from the bound, gives the layer all ties however few, and fills every shown node', () => {
    const elements = plainElementsOf(smallDataset(true));
    const renderer = createGraphRenderer({ nodeLayerFrom: elements.nodes.length, edgeLayerFrom: 1000 });
    renderer.update({ elements, epoch: 1 });
    expect(nodesOnLayer(renderer.cy)).toBe(true);
    expect(renderer.cy.edges()).toHaveLength(0);
    expect(renderer.edgeLayer.edges).toHaveLength(elements.edges.length);
    expect(renderer.cy.nodes().map(opacity)).toEqual(elements.nodes.map(() => 0));
    const { context, counted } = countingContext();
    renderer.edgeLayer.drawInto(context, 1);
    expect(counted.arcs).toBe(elements.nodes.length);
    renderer.destroy();
  });

  it('leaves a smaller dataset to cytoscape, and decides again for the next dataset', () => {
    const elements = plainElementsOf(smallDataset(true));
    const renderer = createGraphRenderer({ nodeLayerFrom: elements.nodes.length + 1, edgeLayerFrom: 1000 });
    renderer.update({ elements, epoch: 1 });
    expect(nodesOnLayer(renderer.cy)).toBe(false);
    expect(renderer.cy.edges()).toHaveLength(elements.edges.length);
    const { context, counted } = countingContext();
    renderer.edgeLayer.drawInto(context, 1);
    expect(counted.arcs).toBe(0);
    const larger = plainElementsOf({
      ...smallDataset(true),
      actors: [...smallDataset(true).actors, { id: 'z', label: 'Zed', kind: 'other', country: 'LV', x: 9, y: 9 }],
    });
    renderer.update({ elements: larger, epoch: 2 });
    expect(nodesOnLayer(renderer.cy)).toBe(true);
    expect(renderer.cy.nodes().map(opacity)).toEqual(larger.nodes.map(() => 0));
    renderer.destroy();
  });
});

describe('boxesOf', () => {
  it('finds the grouped layout’s boxes again after boxes are added or removed, not only the first time', () => {
    const { cy } = oneNode(true);
    expect(boxesOf(cy)).toEqual([]);
    const box = cy.add({
      group: 'nodes',
      data: { id: 'box:FI', boxWidth: 40, boxHeight: 20 },
      classes: 'group-box',
      position: { x: 1, y: 2 },
    });
    expect(boxesOf(cy)).toEqual([{ x: 1, y: 2, width: 40, height: 20 }]);
    box.position({ x: 3, y: 4 });
    expect(boxesOf(cy)).toEqual([{ x: 3, y: 4, width: 40, height: 20 }]);
    box.remove();
    expect(boxesOf(cy)).toEqual([]);
  });
});
