// @vitest-environment jsdom
// The edge layer's frames: the first picture, the hand-over, a grown set and a selection among many ties drawn in slices off screen; nothing redrawn for what changes nothing.
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEdgeLayer, SLICE_GROWN_FROM, SLICE_MARKS_FROM, type EdgeLayer } from '../../../src/render/edge-layer';
import { edgeId, type EdgeData } from '../../../src/render/elements';
import { setNodesOnLayer } from '../../../src/render/layer-nodes';
import type { PreviewNode } from '../../../src/render/node-preview';

/** Per canvas, the drawing calls its 2D context received (jsdom has no canvas drawing). */
const calls = new Map<HTMLCanvasElement, string[]>();
const RECORDED = ['clearRect', 'stroke', 'fill', 'drawImage', 'getImageData'];

function recordingContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const log: string[] = [];
  calls.set(canvas, log);
  return new Proxy({ canvas } as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (typeof key === 'string' && RECORDED.includes(key)) return () => void log.push(key);
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** Animation frames run by hand. */
let frames: Array<() => void> = [];
const runFrames = (count = 50): void => {
  for (let i = 0; i < count && frames.length > 0; i++) {
    const due = frames;
    frames = [];
    for (const run of due) run();
  }
};

beforeEach(() => {
  calls.clear();
  frames = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    return recordingContext(this) as never;
  });
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const tie = (source: string, target: string): EdgeData => ({
  id: edgeId(source, target),
  source,
  target,
  weight: 1,
  width: 1,
  lineStyle: 'solid',
  lineColor: '#4D4D4D',
  lineKind: 'bilateral',
});
const at = (id: string, x: number, y: number): PreviewNode => ({ id, x, y, size: 10, color: '#336699', hub: false });
const picture = [at('a', 0, 0), at('b', 100, 0), at('c', 0, 100)];
const ties = [tie('a', 'b'), tie('a', 'c'), tie('b', 'c')];

/** A layer over a cytoscape instance holding the picture's nodes where the preview draws them. */
function setUp(): { cy: cytoscape.Core; layer: EdgeLayer; screen: string[] } {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(
    picture.map((node) => ({ group: 'nodes' as const, data: { id: node.id }, position: { x: node.x, y: node.y } })),
  );
  const container = document.createElement('div');
  const layer = createEdgeLayer(cy, container);
  const canvas = container.querySelector('canvas.edge-layer') as HTMLCanvasElement;
  return { cy, layer, screen: calls.get(canvas)! };
}

describe('the edge layer at load', () => {
  it('draws the first picture off screen in slices and puts it up whole, never stroking on screen', () => {
    const { layer, screen } = setUp();
    layer.setEdges(ties);
    layer.setPreviewNodes(picture);
    expect(layer.drawing).toBe(true);
    runFrames();
    expect(layer.drawing).toBe(false);
    expect(screen).not.toContain('stroke');
    expect(screen.at(-1)).toBe('drawImage');
    const offScreen = [...calls.values()].find((log) => log !== screen && log.includes('stroke'));
    expect(offScreen).toBeDefined();
  });

  it('hands the picture over to cytoscape’s nodes in slices too, and draws any other change at once', () => {
    const { layer, screen } = setUp();
    layer.setEdges(ties);
    layer.setPreviewNodes(picture);
    runFrames();
    screen.length = 0;
    layer.setPreviewNodes(null);
    runFrames();
    expect(screen).not.toContain('stroke');
    expect(screen).toContain('drawImage');
    screen.length = 0;
    layer.setPathPairs(new Set([edgeId('a', 'b')]));
    runFrames(1);
    expect(screen).toContain('stroke');
  });

  it('draws nothing again for the same ties in a new list, the same preview, no paths twice, or a resize to the same size', () => {
    const { cy, layer, screen } = setUp();
    layer.setEdges(ties);
    layer.setPreviewNodes(picture);
    runFrames();
    screen.length = 0;
    layer.setEdges([...ties]);
    layer.setPreviewNodes(picture);
    layer.setPathPairs(new Set());
    cy.emit('resize');
    runFrames();
    expect(screen).toEqual([]);
  });

  it('puts the copy back up at once after a resize and draws the same ties for the new size in slices', () => {
    const { cy, layer, screen } = setUp();
    layer.setEdges(ties);
    layer.setPreviewNodes(null);
    runFrames();
    screen.length = 0;
    // Headless cytoscape is 1 × 1 px: a new pixel ratio is a new canvas size.
    vi.stubGlobal('devicePixelRatio', 2);
    cy.emit('resize');
    runFrames(1);
    expect(screen).toEqual(['clearRect', 'drawImage']);
    runFrames();
    expect(screen).not.toContain('stroke');
    expect(screen.at(-1)).toBe('drawImage');
  });

  /** SLICE_GROWN_FROM ties among nodes in a row, on a layer with a container; `screen` logs its on-screen canvas. */
  function manyTies(): { cy: cytoscape.Core; layer: EdgeLayer; screen: string[]; every: EdgeData[] } {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const count = Math.ceil(Math.sqrt(2 * SLICE_GROWN_FROM)) + 2;
    const ids = Array.from({ length: count }, (_, i) => `n${i}`);
    cy.add(ids.map((id, i) => ({ group: 'nodes' as const, data: { id }, position: { x: i * 10, y: (i % 7) * 10 } })));
    const every: EdgeData[] = [];
    for (let i = 0; i < count && every.length < SLICE_GROWN_FROM; i++)
      for (let j = i + 1; j < count && every.length < SLICE_GROWN_FROM; j++) every.push(tie(ids[i]!, ids[j]!));
    const container = document.createElement('div');
    const layer = createEdgeLayer(cy, container);
    const screen = calls.get(container.querySelector('canvas.edge-layer') as HTMLCanvasElement)!;
    return { cy, layer, screen, every };
  }

  it('draws a set grown to SLICE_GROWN_FROM ties or more off screen in slices, the picture on screen kept until then; a smaller change at once', () => {
    const { layer, screen, every } = manyTies();
    layer.setEdges(every.slice(0, 500));
    layer.setPreviewNodes(null);
    runFrames();
    screen.length = 0;
    // "Show all ties": the picture of 500 stays up, the whole set is stroked off screen and put up at once.
    layer.setEdges(every);
    runFrames(1);
    expect(screen).not.toContain('stroke');
    runFrames();
    expect(screen).not.toContain('stroke');
    expect(screen.at(-1)).toBe('drawImage');
    // Fewer ties (a filter): drawn on screen at once, no stale ties left up while slices run.
    screen.length = 0;
    layer.setEdges(every.slice(0, 300));
    runFrames(1);
    expect(screen).toContain('stroke');
  });

  it('ignores cytoscape’s nodes and marks while the preview is up', () => {
    const { cy, layer, screen } = setUp();
    layer.setEdges(ties);
    layer.setPreviewNodes(picture);
    runFrames();
    screen.length = 0;
    cy.add({ group: 'nodes', data: { id: 'd' }, position: { x: 5, y: 5 } });
    cy.getElementById('a').addClass('selected');
    cy.emit('render');
    runFrames();
    expect(screen).toEqual([]);
  });

  it('draws the nodes it fills again for a new colour or size, but not for a label’s placement data', () => {
    const { cy, layer, screen } = setUp();
    setNodesOnLayer(cy, true);
    cy.nodes().data({ size: 10, color: '#336699', type: 'actor' });
    layer.setEdges(ties);
    layer.setPreviewNodes(null);
    runFrames();
    screen.length = 0;
    cy.getElementById('a').data({ labelGap: 6, labelShift: 2 });
    cy.emit('render');
    runFrames();
    expect(screen).toEqual([]);
    cy.getElementById('a').data('color', '#CC6677');
    cy.emit('render');
    runFrames();
    expect(screen).toContain('fill');
    screen.length = 0;
    cy.getElementById('b').data('size', 14);
    cy.emit('render');
    runFrames();
    expect(screen).toContain('fill');
  });

  it('draws a selection among SLICE_MARKS_FROM ties or more off screen in slices, the picture on screen kept until then', () => {
    const { cy, layer, screen, every } = manyTies();
    expect(every.length).toBeGreaterThanOrEqual(SLICE_MARKS_FROM);
    layer.setEdges(every);
    layer.setPreviewNodes(null);
    runFrames();
    screen.length = 0;
    cy.getElementById('n3').addClass('selected');
    cy.emit('render');
    expect(screen).not.toContain('stroke');
    runFrames();
    expect(screen).not.toContain('stroke');
    expect(screen.at(-1)).toBe('drawImage');
  });

  it('draws a selection at once when a node moved too, or among fewer than SLICE_MARKS_FROM ties', () => {
    const { cy, layer, screen, every } = manyTies();
    layer.setEdges(every);
    layer.setPreviewNodes(null);
    runFrames();
    screen.length = 0;
    cy.getElementById('n4').position({ x: 3, y: 3 });
    cy.getElementById('n3').addClass('selected');
    cy.emit('render');
    expect(screen).toContain('stroke');
    // The same mark among fewer ties.
    layer.setEdges(every.slice(0, 500));
    runFrames();
    screen.length = 0;
    cy.getElementById('n3').removeClass('selected');
    cy.emit('render');
    expect(screen).toContain('stroke');
  });
});
