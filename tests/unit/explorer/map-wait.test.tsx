// @vitest-environment jsdom
// Switching to the map keeps the picture on screen until the map worker answers, then moves once and draws the basemap.
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetFromText, setLayout } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import type { GraphRenderer } from '../../../src/render/adapter';
import type { MapScenes } from '../../../src/render/map/map-client';
import { ExplorerGraph } from '../../../src/view/explorer/ExplorerGraph';
import { useGraphScene } from '../../../src/view/graph-scene';
import { explorerDataset } from './fixture';

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
  expect(loadDatasetFromText(JSON.stringify(explorerDataset), 'explorer.json').ok).toBe(true);
});
afterEach(cleanup);

/** The positions of each applyLayout call that moved nodes (an empty map moves none). */
const moves = (): Array<ReadonlyMap<string, unknown>> =>
  renderer.applyLayout.mock.calls.map((call) => call[0] as ReadonlyMap<string, unknown>).filter((p) => p.size > 0);

describe('switching to the map at any size', () => {
  it('moves no node while the map worker computes, then moves once to the map and draws its shapes', async () => {
    const { result } = renderHook(() => useGraphScene());
    render(<ExplorerGraph scene={result.current!} />);
    act(() => setLayout('grouped'));
    const before = moves().length;
    act(() => setLayout('map'));
    expect(moves().length).toBe(before);
    expect(renderer.attachBasemap).not.toHaveBeenCalled();
    const positions = new Map([['a:turku', { x: 5, y: 6 }]]);
    const shapes = [{ d: 'M0,0L1,1Z', fill: '#DCE3D2', name: 'Finland' }];
    await act(async () =>
      answer({
        actors: { positions, core: new Set(['a:turku']) },
        countries: { positions: new Map(), core: new Set() },
        shapes,
      }),
    );
    expect(moves().at(-1)).toBe(positions);
    expect(moves().length).toBe(before + 1);
    expect(renderer.attachBasemap).toHaveBeenCalledWith(shapes);
  });
});
