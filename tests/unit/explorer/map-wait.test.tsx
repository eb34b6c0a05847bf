// @vitest-environment jsdom
// Switching to the map: a small dataset's map at once, a large one's picture kept until the map worker answers; then the basemap.
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetFromText, setLayout, setViewMode } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import type { GraphRenderer } from '../../../src/render/adapter';
import type { MapScenes } from '../../../src/render/map/map-client';
import { ExplorerGraph } from '../../../src/view/explorer/ExplorerGraph';
import { useGraphScene } from '../../../src/view/graph-scene';
import { explorerDataset } from './fixture';
import { mapLayout } from '../../../src/render/map/map-layout';
import { countryPositionsOf, MAP_NOW_LIMIT, mapActorsOf } from '../../../src/view/explorer/layout-positions';

const renderer = {
  applyLayout: vi.fn(),
  highlight: vi.fn(),
  setNodeTap: vi.fn(),
  tapNode: vi.fn(),
  fit: vi.fn(),
  attachBasemap: vi.fn(() => () => undefined),
};
// The canvas hands the stand-in renderer over, as GraphCanvas does once cytoscape holds the nodes.
vi.mock('../../../src/view/GraphCanvas', () => ({
  GraphCanvas: ({ onRenderer }: { onRenderer?: (r: GraphRenderer | null) => void }) => {
    useEffect(() => onRenderer?.(renderer as unknown as GraphRenderer), [onRenderer]);
    return null;
  },
}));
vi.mock('../../../src/view/explorer/use-network-layout', () => {
  const layout = { positions: new Map([['a:oresund', { x: 1, y: 1 }]]), boxes: [] };
  return { useNetworkLayout: () => ({ layout, final: true }) };
});
let answer: (scenes: MapScenes) => void = () => undefined;
vi.mock('../../../src/render/map/map-client', () => ({
  mapScenesAsync: () => new Promise<MapScenes>((resolve) => (answer = resolve)),
}));

beforeEach(() => {
  resetAtlas();
  vi.clearAllMocks();
});
afterEach(cleanup);

/** The fixture, or with as many more actors (in Finland) as make it larger than MAP_NOW_LIMIT. */
function load(large: boolean): void {
  const extra = large
    ? Array.from({ length: MAP_NOW_LIMIT }, (_, i) => ({
        id: `x${i}`,
        label: `X ${i}`,
        kind: 'cluster',
        country: 'FI',
      }))
    : [];
  const dataset = { ...explorerDataset, actors: [...explorerDataset.actors, ...extra] };
  expect(loadDatasetFromText(JSON.stringify(dataset), 'explorer.json').ok).toBe(true);
}

/** Loads the fixture (large: past MAP_NOW_LIMIT) and draws the explorer's canvas with the stand-in renderer. */
function mount(large: boolean): { current: ReturnType<typeof useGraphScene> } {
  load(large);
  const { result } = renderHook(() => useGraphScene());
  render(<ExplorerGraph scene={result.current!} />);
  return result;
}

/** The positions of each applyLayout call that moved nodes (an empty map moves none). */
const moves = (): Array<ReadonlyMap<string, unknown>> =>
  renderer.applyLayout.mock.calls.map((call) => call[0] as ReadonlyMap<string, unknown>).filter((p) => p.size > 0);

const shapes = [{ d: 'M0,0L1,1Z', fill: '#DCE3D2', name: 'Finland' }];

describe('switching to the map', () => {
  it(`above ${MAP_NOW_LIMIT} actors moves no node while the map worker computes, then moves once to the map and draws its shapes`, async () => {
    mount(true);
    act(() => setLayout('grouped'));
    const before = moves().length;
    act(() => setLayout('map'));
    expect(moves().length).toBe(before);
    expect(renderer.attachBasemap).not.toHaveBeenCalled();
    const positions = new Map([['a:turku', { x: 5, y: 6 }]]);
    await act(async () => answer({ actors: { positions, core: new Set(['a:turku']) }, shapes }));
    expect(moves().at(-1)).toBe(positions);
    expect(moves().length).toBe(before + 1);
    expect(renderer.attachBasemap).toHaveBeenCalledWith(shapes);
  });

  it('up to MAP_NOW_LIMIT actors moves at once to the map layout of their places, and only adds the basemap when the worker answers', async () => {
    const result = mount(false);
    act(() => setLayout('grouped'));
    const before = moves().length;
    act(() => setLayout('map'));
    expect(moves().length).toBe(before + 1);
    const expected = mapLayout(mapActorsOf(result.current!.dataset)).positions;
    expect(new Map(moves().at(-1))).toEqual(expected);
    expect(renderer.attachBasemap).not.toHaveBeenCalled();
    // The worker's answer is the same computation: nothing moves again, the shapes are drawn under the actors.
    await act(async () => answer({ actors: { positions: new Map(expected), core: new Set() }, shapes }));
    expect(moves().length).toBe(before + 1);
    expect(renderer.attachBasemap).toHaveBeenCalledWith(shapes);
  });

  it('to the country view at any size moves at once to the countries on the map, and only adds the basemap when the worker answers', async () => {
    const result = mount(true);
    const before = moves().length;
    act(() => setViewMode('country'));
    expect(moves().length).toBe(before + 1);
    expect(moves().at(-1)).toBe(countryPositionsOf(result.current!.dataset));
    // Fitted once, when the countries were placed: the basemap arriving later neither moves nor refits them.
    const fits = renderer.applyLayout.mock.calls.filter((call) => (call[1] as { fit: boolean }).fit).length;
    await act(async () => answer({ actors: { positions: new Map(), core: new Set() }, shapes }));
    expect(moves().length).toBe(before + 1);
    expect(renderer.applyLayout.mock.calls.filter((call) => (call[1] as { fit: boolean }).fit).length).toBe(fits);
    expect(renderer.attachBasemap).toHaveBeenCalledWith(shapes);
  });
});
