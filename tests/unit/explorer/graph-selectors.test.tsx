// @vitest-environment jsdom
// ExplorerGraph subscribes to the view fields it reads: a settled camera move or a panel toggle does not re-render it.
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusActor, loadDatasetFromText, openPanel, setLayout } from '../../../src/state/actions';
import { setCamera } from '../../../src/state/camera';
import { resetAtlas } from '../../../src/state/store';
import { ExplorerGraph } from '../../../src/view/explorer/ExplorerGraph';
import { useGraphScene } from '../../../src/view/graph-scene';
import { explorerDataset } from './fixture';

// The canvas (cytoscape) and the force worker are not what is measured here: stand-ins that draw nothing.
vi.mock('../../../src/view/GraphCanvas', () => ({ GraphCanvas: () => null }));
vi.mock('../../../src/view/explorer/use-network-layout', () => ({
  useNetworkLayout: () => ({ layout: { positions: new Map(), boxes: [] }, final: true }),
}));

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(JSON.stringify(explorerDataset), 'explorer.json').ok).toBe(true);
});
afterEach(cleanup);

/** Renders the explorer graph once and returns a counter of its commits. */
function renderCounted(): { commits: () => number } {
  const { result } = renderHook(() => useGraphScene());
  const scene = result.current;
  if (scene === null) throw new Error('no scene');
  let commits = 0;
  render(
    <Profiler id="explorer" onRender={() => void (commits += 1)}>
      <ExplorerGraph scene={scene} />
    </Profiler>,
  );
  return { commits: () => commits };
}

describe('ExplorerGraph store subscriptions', () => {
  it('does not re-render when the camera settles or a side panel opens', () => {
    const counted = renderCounted();
    const before = counted.commits();
    act(() => setCamera({ x: 12.5, y: -3, zoom: 1.25 }));
    act(() => setCamera({ x: 40, y: 8, zoom: 0.75 }));
    act(() => openPanel('warnings'));
    expect(counted.commits()).toBe(before);
  });

  it('re-renders when a field it draws changes (focus, layout)', () => {
    const counted = renderCounted();
    const before = counted.commits();
    act(() => focusActor('turku'));
    expect(counted.commits()).toBeGreaterThan(before);
    const afterFocus = counted.commits();
    act(() => setLayout('grouped'));
    expect(counted.commits()).toBeGreaterThan(afterFocus);
  });
});
