// The edge layer: which ties it strokes and how (hidden ends, fading, selection, paths, arcs), and the adapter handing it the lines.
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { createGraphRenderer } from '../../../src/render/adapter';
import { edgeBatches, HAIRLINE_PX, strokeBatches, type EndState } from '../../../src/render/edge-batches';
import { edgeLayerOf } from '../../../src/render/edge-layer';
import { edgeId, type EdgeData } from '../../../src/render/elements';
import { applyHighlight, NO_HIGHLIGHT } from '../../../src/render/layouts/highlight';
import { sceneFromCy } from '../../../src/render/scene';
import { shownEdges } from '../../../src/render/visibility';
import { plainElementsOf, smallDataset } from './fixture';

const edge = (source: string, target: string, extra: Partial<EdgeData> = {}): EdgeData => ({
  id: edgeId(source, target),
  source,
  target,
  weight: 1,
  width: 2,
  lineStyle: 'solid',
  lineColor: '#4D4D4D',
  lineKind: 'bilateral',
  ...extra,
});
const end = (x: number, y: number, marks: Partial<EndState> = {}): EndState => ({
  x,
  y,
  hidden: false,
  faded: false,
  selected: false,
  ...marks,
});

describe('edgeBatches', () => {
  it('leaves out ties with a hidden or unknown end, and groups the rest by look', () => {
    const ends = new Map([
      ['a', end(0, 0)],
      ['b', end(10, 0)],
      ['c', end(0, 10)],
      ['h', end(5, 5, { hidden: true })],
    ]);
    const batches = edgeBatches(
      [edge('a', 'b'), edge('a', 'c'), edge('b', 'c', { lineStyle: 'dashed' }), edge('a', 'h'), edge('a', 'gone')],
      (id) => ends.get(id),
    );
    expect(batches).toHaveLength(2);
    const solid = batches.find((batch) => batch.dash.length === 0)!;
    expect(solid.coords).toEqual([0, 0, 10, 0, 0, 0, 0, 10]);
    expect(solid.alpha).toBe(0.75);
    expect(batches.find((batch) => batch.dash.length > 0)?.dash).toEqual([6, 3]);
  });

  it('fades ties with a faded end, raises the selected node’s ties and draws paths dark on top', () => {
    const ends = new Map([
      ['a', end(0, 0, { selected: true })],
      ['b', end(10, 0)],
      ['c', end(0, 10, { faded: true })],
      ['d', end(10, 10)],
    ]);
    const batches = edgeBatches(
      [edge('a', 'b'), edge('b', 'c'), edge('b', 'd'), edge('c', 'd')],
      (id) => ends.get(id),
      { pathPairs: new Set([edgeId('d', 'c')]) },
    );
    expect(batches.map((batch) => batch.emphasis)).toEqual(['faded', 'normal', 'touching', 'path']);
    const path = batches.at(-1)!;
    expect(path).toMatchObject({ color: '#111111', width: 5, alpha: 1, dash: [] });
    expect(path.coords).toEqual([0, 10, 10, 10]);
    expect(batches[0]!.alpha).toBe(0.12);
  });

  it('bends arcs by a fifth of their length off the midpoint', () => {
    const ends = new Map([
      ['a', end(0, 0)],
      ['b', end(100, 0)],
    ]);
    const [batch] = edgeBatches([edge('a', 'b')], (id) => ends.get(id), { arcs: true });
    expect(batch!.coords).toEqual([0, 0, 100, 0, 50, -20]);
  });
});

/** A stand-in 2D context that records what a stroke would draw. */
function recordingContext() {
  const strokes: Array<{ width: number; alpha: number; dash: number[]; moves: number }> = [];
  let moves = 0;
  let dash: number[] = [];
  const context = {
    lineCap: 'butt',
    globalAlpha: 1,
    strokeStyle: '',
    lineWidth: 1,
    setLineDash: (pattern: number[]) => void (dash = pattern),
    beginPath: () => void (moves = 0),
    moveTo: () => void moves++,
    lineTo: () => undefined,
    quadraticCurveTo: () => undefined,
    stroke() {
      strokes.push({ width: context.lineWidth, alpha: context.globalAlpha, dash, moves });
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, strokes };
}

describe('strokeBatches', () => {
  const ends = new Map([
    ['a', end(0, 0)],
    ['b', end(10, 0)],
  ]);
  const batches = edgeBatches([edge('a', 'b', { lineStyle: 'dashed', width: 4 })], (id) => ends.get(id));

  it('keeps true widths and dashes when zoomed in', () => {
    const { context, strokes } = recordingContext();
    strokeBatches(context, batches, false, 2);
    expect(strokes).toEqual([{ width: 4, alpha: 0.75, dash: [6, 3], moves: 1 }]);
  });

  it('draws ties thinner than a pixel as hairlines carrying their width in opacity, and tiny dashes solid', () => {
    const { context, strokes } = recordingContext();
    strokeBatches(context, batches, false, 0.1);
    // 4 model units at 0.1 px each are 0.4 px: a hairline just under a device pixel (9.9 model units, HAIRLINE_PX) at
    // 0.4 of the opacity.
    expect(strokes).toEqual([{ width: HAIRLINE_PX / 0.1, alpha: 0.75 * 0.4, dash: [], moves: 1 }]);
  });
});

describe('the adapter with the edge layer', () => {
  it('gives the ties to the layer and only the nodes to cytoscape, and exports both', () => {
    const renderer = createGraphRenderer({ edgeLayerFrom: 1 });
    const elements = plainElementsOf(smallDataset(true));
    renderer.update({ elements, epoch: 1 });
    expect(renderer.cy.edges()).toHaveLength(0);
    expect(renderer.cy.nodes()).toHaveLength(elements.nodes.length);
    expect(renderer.edgeLayer.edges.map((e) => e.id).sort()).toEqual(elements.edges.map((e) => e.data.id).sort());
    expect(edgeLayerOf(renderer.cy)).toBe(renderer.edgeLayer);
    // The SVG scene has the layer's ties, as cytoscape would have drawn them.
    expect(sceneFromCy(renderer.cy).edges).toHaveLength(elements.edges.length);
    renderer.destroy();
  });

  it('drops ties whose end a filter hides, and hands the lines back to cytoscape when they are few again', () => {
    const renderer = createGraphRenderer({ edgeLayerFrom: 4 });
    const elements = plainElementsOf(smallDataset(true));
    renderer.update({ elements, epoch: 1 });
    const withoutA = {
      ...elements,
      nodes: elements.nodes.filter((node) => node.data.id !== 'a'),
      edges: elements.edges.filter((e) => e.data.source !== 'a' && e.data.target !== 'a'),
    };
    renderer.update({ elements: withoutA, epoch: 1 });
    expect(withoutA.edges.length).toBeLessThan(4);
    expect(renderer.edgeLayer.edges).toHaveLength(0);
    expect(renderer.cy.edges()).toHaveLength(withoutA.edges.length);
    renderer.update({ elements, epoch: 1 });
    expect(renderer.cy.edges()).toHaveLength(0);
    expect(renderer.edgeLayer.shownEdges()).toHaveLength(elements.edges.length);
    renderer.destroy();
  });

  it('tells the layer which ties lie on a shown path', () => {
    const renderer = createGraphRenderer({ edgeLayerFrom: 1 });
    const elements = plainElementsOf(smallDataset(true));
    renderer.update({ elements, epoch: 1 });
    const first = elements.edges[0]!.data;
    const told = vi.spyOn(renderer.edgeLayer, 'setPathPairs');
    applyHighlight(renderer.cy, {
      ...NO_HIGHLIGHT,
      pathNodes: new Set([first.source, first.target]),
      pathPairs: [[first.source, first.target]],
    });
    expect([...(told.mock.lastCall?.[0] ?? [])]).toEqual([edgeId(first.source, first.target)]);
    // Every other actor is faded, so only the path's own tie keeps full strength.
    expect(renderer.cy.nodes('.faded').length).toBe(elements.nodes.length - 2);
    renderer.destroy();
  });
});

describe('the edge layer against cytoscape’s own edges (same scenes)', () => {
  it('draws the same ties and exports the same SVG scene, before and after a filter', () => {
    const generated = generateDataset({ actors: 120, agreements: 400, seed: 9 });
    const all = plainElementsOf(generated);
    expect(all.edges.length).toBeGreaterThan(100);
    const some = { ...all, nodes: all.nodes.filter((_node, index) => index % 7 !== 0) };
    const kept = new Set(some.nodes.map((node) => node.data.id));
    const filtered = {
      ...some,
      edges: all.edges.filter((e) => kept.has(e.data.source) && kept.has(e.data.target)),
    };
    const plain = createGraphRenderer({});
    const layered = createGraphRenderer({ edgeLayerFrom: 1 });
    for (const elements of [all, filtered, all]) {
      plain.update({ elements, epoch: 1 });
      layered.update({ elements, epoch: 1 });
      const drawnByCytoscape = shownEdges(plain.cy)
        .map((e) => e.id())
        .sort();
      expect(
        layered.edgeLayer
          .shownEdges()
          .map((e) => e.id)
          .sort(),
      ).toEqual(drawnByCytoscape);
      expect(drawnByCytoscape).toHaveLength(elements.edges.length);
      const bySource = (scene: ReturnType<typeof sceneFromCy>) =>
        [...scene.edges].sort((p, q) => `${p.source}|${p.target}`.localeCompare(`${q.source}|${q.target}`));
      expect(bySource(sceneFromCy(layered.cy))).toEqual(bySource(sceneFromCy(plain.cy)));
    }
    plain.destroy();
    layered.destroy();
  });
});
