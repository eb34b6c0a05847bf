// The first picture of a large network: preview nodes from the elements, their fills, and the adapter's preview then update.
import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { createGraphRenderer } from '../../../src/render/adapter';
import { buildElements, type GraphElements } from '../../../src/render/elements';
import { encodeNodes } from '../../../src/render/encoding';
import { fitViewport } from '../../../src/render/layouts/apply';
import { extentsOf, fillPreviewNodes, previewNodesOf, type PreviewNode } from '../../../src/render/node-preview';
import { smallDataset } from './fixture';

function elementsOf(withPositions: boolean): GraphElements {
  const dataset = smallDataset(withPositions);
  const graph = buildActorGraph(dataset, emptyFilters());
  const ids = graph.nodes();
  const encoding = encodeNodes(
    ids,
    {
      type: 'category',
      title: 'Country',
      values: new Map(dataset.actors.map((a) => [a.id, a.country])),
      label: (c) => c,
    },
    { title: 'Partners', values: new Map(ids.map((id) => [id, graph.degree(id)])) },
  );
  return buildElements(graph, encoding, new Map());
}

describe('previewNodesOf', () => {
  it('takes position, size and colour from each node, and gives up when one has no position', () => {
    const elements = elementsOf(true);
    const nodes = previewNodesOf(elements)!;
    expect(nodes).toHaveLength(elements.nodes.length);
    const lone = elements.nodes.find((node) => node.data.id === 'lone')!;
    expect(nodes.find((node) => node.id === 'lone')).toEqual({
      id: 'lone',
      x: 50,
      y: 200,
      size: lone.data.size,
      color: lone.data.color,
      hub: false,
    });
    expect(previewNodesOf(elementsOf(false))).toBeNull();
  });

  it("carries a map symbol's weight into its preview node and its extent, for the fit to the map's core", () => {
    const elements = elementsOf(true);
    const weighted = { ...elements, nodes: elements.nodes.map((n) => ({ ...n, data: { ...n.data, weight: 3 } })) };
    const nodes = previewNodesOf(weighted)!;
    expect(nodes.every((node) => node.weight === 3)).toBe(true);
    expect(extentsOf(nodes).every((extent) => extent.weight === 3)).toBe(true);
    expect(extentsOf(previewNodesOf(elements)!).some((extent) => 'weight' in extent)).toBe(false);
  });
});

describe('fillPreviewNodes', () => {
  const node = (id: string, color: string, hub = false): PreviewNode => ({ id, x: 0, y: 0, size: 10, color, hub });
  function record() {
    const calls: string[] = [];
    const context = {
      globalAlpha: 1,
      lineWidth: 1,
      strokeStyle: '',
      fillStyle: '',
      setLineDash: () => undefined,
      beginPath: () => calls.push('begin'),
      moveTo: () => undefined,
      lineTo: () => calls.push('line'),
      closePath: () => undefined,
      arc: (_x: number, _y: number, r: number) => calls.push(`arc ${r}`),
      fill: () => calls.push(`fill ${context.fillStyle} at ${context.globalAlpha}`),
      stroke: () => calls.push(`stroke ${context.strokeStyle}`),
    };
    return { context: context as unknown as CanvasRenderingContext2D, calls };
  }

  it('fills one path per colour, circles for actors and diamonds for hubs, outlined when the outline shows', () => {
    const { context, calls } = record();
    fillPreviewNodes(context, [node('a', 'red'), node('b', 'blue'), node('c', 'red'), node('h', 'grey', true)], 1, 1);
    expect(calls.filter((call) => call.startsWith('fill'))).toEqual([
      'fill red at 1',
      'fill blue at 1',
      'fill grey at 1',
    ]);
    expect(calls.filter((call) => call.startsWith('arc'))).toHaveLength(3);
    expect(calls.filter((call) => call === 'line')).toHaveLength(3);
    // White outlines for actors and the stylesheet's grey for hubs.
    expect(calls.filter((call) => call.startsWith('stroke'))).toEqual([
      'stroke #FFFFFF',
      'stroke #FFFFFF',
      'stroke #555555',
    ]);
  });

  it('leaves out outlines thinner than half a pixel', () => {
    const { context, calls } = record();
    fillPreviewNodes(context, [node('a', 'red')], 0.2, 1);
    expect(calls.filter((call) => call.startsWith('stroke'))).toEqual([]);
  });

  it('fills faded nodes first, at the faded opacity, so the highlighted ones lie on top', () => {
    const { context, calls } = record();
    const faded = { ...node('f', 'red'), faded: true };
    fillPreviewNodes(context, [node('a', 'red'), faded, node('b', 'blue')], 1, 1);
    expect(calls.filter((call) => call.startsWith('fill'))).toEqual([
      'fill red at 0.12',
      'fill red at 1',
      'fill blue at 1',
    ]);
    expect(context.globalAlpha).toBe(1);
  });

  it('keeps a symbol with a least scale at its screen size when zoomed out past it, as cytoscape sizes it', () => {
    const { context, calls } = record();
    const symbol = { ...node('FI', 'blue'), size: 40, minScale: 0.4 };
    fillPreviewNodes(context, [symbol], 1, 1);
    fillPreviewNodes(context, [symbol], 0.1, 1);
    // Radius 20 at zoom 1; at zoom 0.1 the size is 40 × 0.4 / 0.1 = 160 model units, 16 px on screen as at 0.4.
    expect(calls.filter((call) => call.startsWith('arc'))).toEqual(['arc 20', 'arc 80']);
  });
});

describe('fitViewport', () => {
  it('centres the nodes and zooms so they fill the view inside the padding', () => {
    const viewport = fitViewport(
      [
        { x: 0, y: 0, halfWidth: 0, halfHeight: 0 },
        { x: 96, y: 46, halfWidth: 0, halfHeight: 0 },
      ],
      { width: 220, height: 120, padding: 10, minZoom: 0.05, maxZoom: 6 },
    )!;
    // The box is widened by 2 on each side: 100 × 50 in a 200 × 100 frame is zoom 2.
    expect(viewport.zoom).toBe(2);
    expect(viewport.pan).toEqual({ x: 220 / 2 - 2 * 48, y: 120 / 2 - 2 * 23 });
    expect(fitViewport([], { width: 10, height: 10, padding: 0, minZoom: 1, maxZoom: 1 })).toBeNull();
  });

  it('fits into what a band across the top or bottom leaves (the level-of-detail note), centred there', () => {
    const extents = [
      { x: 0, y: 0, halfWidth: 0, halfHeight: 0 },
      { x: 96, y: 46, halfWidth: 0, halfHeight: 0 },
    ];
    // 160 high less a 40 px band on top: the same 200 × 100 frame as above, starting 40 px down.
    const viewport = fitViewport(extents, {
      width: 220,
      height: 160,
      padding: 10,
      top: 40,
      minZoom: 0.05,
      maxZoom: 6,
    })!;
    expect(viewport.zoom).toBe(2);
    expect(viewport.pan).toEqual({ x: 220 / 2 - 2 * 48, y: 40 + 120 / 2 - 2 * 23 });
    const below = fitViewport(extents, {
      width: 220,
      height: 160,
      padding: 10,
      bottom: 40,
      minZoom: 0.05,
      maxZoom: 6,
    })!;
    expect(below.pan.y).toBe(120 / 2 - 2 * 23);
  });
});

describe('the adapter’s preview', () => {
  it('puts the ties and the nodes on the plain canvas without building cytoscape elements, until update()', () => {
    const renderer = createGraphRenderer({ edgeLayerFrom: 1 });
    const elements = elementsOf(true);
    expect(renderer.preview({ elements: elementsOf(false), epoch: 1 })).toBe(false);
    expect(renderer.preview({ elements, epoch: 1 })).toBe(true);
    expect(renderer.cy.elements()).toHaveLength(0);
    // The ties' ends come from the preview: all of them are drawn.
    expect(renderer.edgeLayer.shownEdges()).toHaveLength(elements.edges.length);
    renderer.update({ elements, epoch: 1 });
    expect(renderer.cy.nodes()).toHaveLength(elements.nodes.length);
    expect(renderer.edgeLayer.shownEdges()).toHaveLength(elements.edges.length);
    renderer.destroy();
  });
});
