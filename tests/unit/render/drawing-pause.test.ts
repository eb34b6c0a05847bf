// @vitest-environment jsdom
// Cytoscape's drawing held back: paused behind the preview (frames still emit 'render', textures made for the nodes asked, one resume draws again), and only its visible elements drawn while the layer paints the rest.
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawVisibleOnly, pauseDrawing } from '../../../src/render/drawing-pause';

/** A canvas renderer's prototype and an instance of it, recording what is drawn, over a core that records events. */
function fakeCore() {
  const log: string[] = [];
  const proto = {
    render(options?: { forcedContext?: unknown }) {
      log.push(options?.forcedContext ? 'render into context' : 'render');
    },
    drawCachedElement(_context: unknown, ele: { id: string }, ratio: number) {
      log.push(`texture ${ele.id} at ${ratio}`);
    },
    getPixelRatio: () => 2,
    drawLayeredElements(_context: unknown, eles: Array<{ id: string }>) {
      log.push(`layers of ${eles.map((ele) => ele.id).join(' ')}`);
    },
    drawCachedElements(_context: unknown, eles: Array<{ id: string }>) {
      log.push(`one by one ${eles.map((ele) => ele.id).join(' ')}`);
    },
  };
  const renderer = Object.create(proto) as typeof proto;
  const cy = {
    renderer: () => renderer,
    emit: (event: string) => void log.push(`emit ${event}`),
    forceRender: () => void log.push('forceRender'),
    destroyed: () => false,
  } as unknown as cytoscape.Core;
  const nodes = (...ids: string[]) =>
    ({ forEach: (visit: (node: { id: string }) => void) => ids.forEach((id) => visit({ id })) }) as never;
  return { cy, renderer, proto, log, nodes };
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ({}) as never);
});
afterEach(() => vi.restoreAllMocks());

describe('pauseDrawing', () => {
  it('stops frames drawing but still emits render, and still draws into another context (exports)', () => {
    const { cy, renderer, log } = fakeCore();
    pauseDrawing(cy);
    renderer.render();
    renderer.render({ forcedContext: {} });
    expect(log).toEqual(['emit render', 'render into context']);
  });

  it('makes the textures of the nodes asked for at the renderer’s pixel ratio, and none once resumed', () => {
    const { cy, log, nodes } = fakeCore();
    const pause = pauseDrawing(cy);
    pause.warm(nodes('a', 'b'));
    pause.resume();
    pause.warm(nodes('c'));
    expect(log).toEqual(['texture a at 2', 'texture b at 2', 'forceRender']);
  });

  it('draws again from the first resume, with one forced frame; later resumes do nothing', () => {
    const { cy, renderer, proto, log } = fakeCore();
    const pause = pauseDrawing(cy);
    pause.resume();
    pause.resume();
    expect(renderer.render).toBe(proto.render);
    renderer.render();
    expect(log).toEqual(['forceRender', 'render']);
  });

  it('leaves a pause already running to its own resume', () => {
    const { cy, renderer, proto } = fakeCore();
    const first = pauseDrawing(cy);
    const second = pauseDrawing(cy);
    second.resume();
    expect(renderer.render).not.toBe(proto.render);
    first.resume();
    expect(renderer.render).toBe(proto.render);
  });

  it('does nothing for a headless cytoscape', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const pause = pauseDrawing(cy);
    expect(() => (pause.warm(cy.collection()), pause.resume())).not.toThrow();
    cy.destroy();
  });
});

describe('drawVisibleOnly', () => {
  const element = (id: string, visible: boolean) => ({ id, visible: () => visible });

  it('draws only the visible elements, each from its own texture, while the layer paints the others', () => {
    const { cy, renderer, log } = fakeCore();
    let few = true;
    drawVisibleOnly(cy, () => few);
    const frame = [element('a', false), element('b', true), element('c', false), element('d', true)];
    renderer.drawLayeredElements({} as never, frame as never);
    few = false;
    renderer.drawLayeredElements({} as never, frame as never);
    expect(log).toEqual(['one by one b d', 'layers of a b c d']);
  });
});
