// The camera round trip canvas → store → URL → canvas: the reader's pan reaches the link, a link's camera does not echo back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphRenderer, type GraphRenderer } from '../../../src/render/adapter';
import type { CameraMove } from '../../../src/render/camera-moves';
import { loadDatasetFromText, selectActor } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { startUrlSync, URL_DELAY_MS } from '../../../src/state/url-sync';
import { followCanvas, SETTLE_MS, showCamera, type CameraPin } from '../../../src/view/present/camera-sync';
import { fakeWindow } from './fake-window';

const dataset = {
  format: 'alliance-graph@1',
  title: 'Two',
  sectors: [{ id: 'ict', label: 'ICT' }],
  actors: [
    { id: 'a', label: 'A', kind: 'cluster', country: 'FI', sectors: ['ict'] },
    { id: 'b', label: 'B', kind: 'agency', country: 'SE' },
  ],
  agreements: [{ id: 'x', kind: 'bilateral', parties: ['a', 'b'], since: 2010 }],
};

const stops: Array<() => void> = [];
let renderer: GraphRenderer;
let moves: CameraMove[];
const pin: CameraPin = { pinned: false };

beforeEach(async () => {
  resetAtlas();
  vi.useFakeTimers();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'two.json').ok).toBe(true);
  renderer = createGraphRenderer();
  // Two placed nodes, so that the canvas's own fit moves the camera.
  renderer.update({
    epoch: 1,
    elements: {
      nodes: [
        { data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } },
        { data: { id: 'b', label: 'B' }, position: { x: 400, y: 300 } },
      ],
      edges: [],
      lineKinds: [],
    } as never,
  });
  // A headless canvas has no size, so its fit zooms out all the way; the round trip starts from zoom 1.
  renderer.camera.set({ x: 0, y: 0, zoom: 1 });
  await vi.advanceTimersByTimeAsync(0);
  moves = [];
  pin.pinned = false;
  stops.push(renderer.camera.onMove((_camera, move) => void moves.push(move)));
  stops.push(followCanvas(renderer.camera, pin));
  // What useCameraSync does when the view's camera changes: the canvas is set to it.
  stops.push(
    useAtlas.subscribe((state, previous) => {
      if (state.view.camera !== previous.view.camera && state.view.camera !== null) {
        showCamera(renderer.camera, state.view.camera, pin);
      }
    }),
  );
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  renderer.destroy();
  vi.useRealTimers();
});

/** Long enough for the pan to settle into the view and the view into the address. */
const settle = () => vi.advanceTimersByTimeAsync(SETTLE_MS + URL_DELAY_MS + 300);
const camParam = (search: string): string | null => new URLSearchParams(search).get('cam');

/** A drag on the canvas as cytoscape makes it: the pan, then its dragpan event in the same task. */
function dragPan(dx: number): void {
  renderer.cy.panBy({ x: dx, y: 0 });
  renderer.cy.emit('dragpan');
}

describe('camera round trip', () => {
  it('puts a user pan into the store and the address as cam=', async () => {
    const win = fakeWindow();
    stops.push(startUrlSync(win));
    await settle();
    dragPan(-120);
    await settle();
    const camera = useAtlas.getState().view.camera;
    const read = renderer.camera.read();
    expect(camera).not.toBeNull();
    expect(camera?.x).toBeCloseTo(read.x, 1);
    expect(camParam(win.location.search)).toBe(`${camera?.x},${camera?.y},${camera?.zoom}`);
    expect(moves).toEqual([{ user: true, set: false }]);
  });

  it('sets the canvas to a camera from the address without echoing it back as a user move', async () => {
    const win = fakeWindow();
    stops.push(startUrlSync(win));
    await settle();
    dragPan(-120);
    await settle();
    const first = win.location.search;
    selectActor('a');
    await settle();
    dragPan(300);
    await settle();
    expect(win.entries).toHaveLength(2);
    const second = win.location.search;
    expect(camParam(second)).not.toBe(camParam(first));
    moves = [];
    const replaces = win.replaces;
    // Back: the address's camera goes to the store, and from there onto the canvas.
    win.back();
    await settle();
    const wanted = useAtlas.getState().view.camera;
    expect(camParam(win.location.search)).toBe(`${wanted?.x},${wanted?.y},${wanted?.zoom}`);
    expect(renderer.camera.shows(wanted!)).toBe(true);
    expect(pin.pinned).toBe(true);
    expect(moves).toEqual([{ user: false, set: true }]);
    expect(win.location.search).toBe(first);
    expect(win.entries).toEqual([first, second]);
    expect(win.pushes).toBe(1);
    expect(win.replaces).toBe(replaces);
  });

  it('undoes the canvas’s own fit while a link’s camera is pinned, and clears the camera once the reader moved', async () => {
    const win = fakeWindow('?cam=40,10,2');
    stops.push(startUrlSync(win));
    win.back();
    await settle();
    const linked = useAtlas.getState().view.camera!;
    expect(linked).toEqual({ x: 40, y: 10, zoom: 2 });
    expect(renderer.camera.shows(linked)).toBe(true);
    renderer.fit();
    expect(renderer.camera.shows(linked)).toBe(false);
    await settle();
    expect(renderer.camera.shows(linked)).toBe(true);
    expect(useAtlas.getState().view.camera).toEqual(linked);
    dragPan(50);
    await settle();
    expect(pin.pinned).toBe(false);
    renderer.fit();
    await settle();
    expect(useAtlas.getState().view.camera).toBeNull();
  });

  it('fits a story step again when its canvas changes size, until the reader moves it', async () => {
    const refit = vi.fn();
    const story: CameraPin = { pinned: false, fitted: true };
    stops.push(followCanvas(renderer.camera, story, refit));
    // The previous step's details sheet closing: the canvas grows.
    renderer.cy.emit('resize');
    expect(refit).toHaveBeenCalledTimes(1);
    dragPan(30);
    await settle();
    expect(story.fitted).toBe(false);
    renderer.cy.emit('resize');
    expect(refit).toHaveBeenCalledTimes(1);
  });
});
