// @vitest-environment jsdom
// A filter change in the default view draws from the typed-array ties: no graphology actor graph on the main thread.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as graphModule from '../../../src/model/graph';
import { focusActor, loadDatasetFromText, setFilters } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { App } from '../../../src/view/App';
import { explorerDataset } from '../explorer/fixture';

// Every caller of actorGraphFrom (the store's selectors, the panels) goes through this spy.
vi.mock('../../../src/model/graph', async (importOriginal) => {
  const actual = await importOriginal<typeof graphModule>();
  return { ...actual, actorGraphFrom: vi.fn(actual.actorGraphFrom) };
});
// The canvas (cytoscape) and the force worker draw nothing here.
vi.mock('../../../src/view/GraphCanvas', () => ({
  GraphCanvas: () => null,
  loadRendererModule: () => new Promise(() => undefined),
}));
vi.mock('../../../src/view/explorer/use-network-layout', () => ({
  useNetworkLayout: () => ({ layout: { positions: new Map(), boxes: [] }, final: true }),
}));

const built = vi.mocked(graphModule.actorGraphFrom);

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(JSON.stringify(explorerDataset), 'explorer.json').ok).toBe(true);
});
afterEach(cleanup);

describe('the graph view without a graphology graph', () => {
  it('renders the default view and applies year, country and sector filters without calling actorGraphFrom', () => {
    built.mockClear();
    render(<App />);
    expect(useAtlas.getState().view.view).toBe('graph');
    expect(useAtlas.getState().view.selected).toBeNull();
    act(() => void setFilters({ year: 2014 }));
    act(() => void setFilters({ countries: ['FI', 'EE'] }));
    act(() => void setFilters({ year: null, countries: [], sectors: ['health'] }));
    expect(useAtlas.getState().view.filters.sectors).toEqual(['health']);
    expect(built).not.toHaveBeenCalled();
  });

  it('focuses an actor, its neighbourhood read from the ties, without calling actorGraphFrom', () => {
    render(<App />);
    built.mockClear();
    act(() => focusActor('turku'));
    expect(useAtlas.getState().view.focus).toBe('turku');
    expect(built).not.toHaveBeenCalled();
  });
});
