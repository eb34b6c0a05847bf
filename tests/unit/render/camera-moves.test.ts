// The camera API's moves carry their cause: the reader's gestures, `set` (until its animation ends), or a fit.
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphRenderer, type GraphRenderer } from '../../../src/render/adapter';
import type { CameraMove } from '../../../src/render/camera-moves';
import type { CanvasCamera } from '../../../src/render/camera';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let renderer: GraphRenderer | null = null;
afterEach(() => {
  renderer?.destroy();
  renderer = null;
});

/** A headless canvas with two nodes, and every move it reports. */
async function canvas(): Promise<{
  renderer: GraphRenderer;
  moves: Array<{ camera: CanvasCamera; move: CameraMove }>;
}> {
  renderer = createGraphRenderer();
  renderer.update({
    epoch: 1,
    elements: {
      nodes: [
        { data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } },
        { data: { id: 'b', label: 'B' }, position: { x: 200, y: 100 } },
      ],
      edges: [],
      lineKinds: [],
    } as never,
  });
  // The first fit of update() is reported at the end of its task, before listening starts.
  await tick();
  const moves: Array<{ camera: CanvasCamera; move: CameraMove }> = [];
  renderer.camera.onMove((camera, move) => void moves.push({ camera, move }));
  return { renderer, moves };
}

describe('camera moves', () => {
  it('reports a drag pan once as the reader’s, with the camera it ended on', async () => {
    const { renderer, moves } = await canvas();
    renderer.cy.panBy({ x: 40, y: 0 });
    renderer.cy.emit('dragpan');
    await tick();
    expect(moves).toEqual([{ camera: renderer.camera.read(), move: { user: true, set: false } }]);
  });

  it('reports the zoom buttons as the reader’s and a jump by set as set, not the reader’s', async () => {
    const { renderer, moves } = await canvas();
    renderer.zoomBy(1.25);
    await tick();
    renderer.camera.set({ x: 10, y: 20, zoom: 2 });
    await tick();
    expect(moves.map((entry) => entry.move)).toEqual([
      { user: true, set: false },
      { user: false, set: true },
    ]);
    expect(renderer.camera.shows({ x: 10, y: 20, zoom: 2 })).toBe(true);
  });

  it('reports the canvas’s own fit as neither the reader’s nor set', async () => {
    const { renderer, moves } = await canvas();
    renderer.camera.set({ x: 10, y: 20, zoom: 2 });
    await tick();
    renderer.fit();
    await tick();
    expect(moves.map((entry) => entry.move)).toEqual([
      { user: false, set: true },
      { user: false, set: false },
    ]);
  });

  it('reports every step of an animated set as set until it ends, and later fits as fits', async () => {
    const { renderer, moves } = await canvas();
    renderer.camera.set({ x: 50, y: 50, zoom: 3 }, { animate: 120 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(moves.length).toBeGreaterThan(1);
    expect(moves.every((entry) => entry.move.set && !entry.move.user)).toBe(true);
    expect(renderer.camera.shows({ x: 50, y: 50, zoom: 3 })).toBe(true);
    renderer.fit();
    await tick();
    expect(moves.at(-1)?.move).toEqual({ user: false, set: false });
  });

  it('reports a gesture during an animated set as the reader’s, and stop ends the set', async () => {
    const { renderer, moves } = await canvas();
    renderer.camera.set({ x: 50, y: 50, zoom: 3 }, { animate: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    renderer.camera.stop();
    renderer.cy.panBy({ x: 5, y: 5 });
    renderer.cy.emit('scrollzoom');
    await tick();
    expect(moves.at(-1)?.move).toEqual({ user: true, set: false });
    renderer.cy.pan({ x: 0, y: 0 });
    await tick();
    expect(moves.at(-1)?.move).toEqual({ user: false, set: false });
  });
});
