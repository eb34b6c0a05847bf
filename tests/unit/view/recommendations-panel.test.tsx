// @vitest-environment jsdom
// The partner recommendations at thousands of actors: the panel's frame at once, its list once the graph is built in tasks.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { loadDatasetFromText, selectActor } from '../../../src/state/actions';
import { builtActorGraph, filteredOf } from '../../../src/state/derived';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { RecommendationsPanel } from '../../../src/view/gaps/RecommendationsPanel';

beforeEach(() => resetAtlas());
afterEach(cleanup);

describe('RecommendationsPanel', () => {
  it('at 1,200 actors names the actor at once, says it is looking, then lists candidates from a graph built in tasks', async () => {
    const dataset = generateDataset({ actors: 1200, agreements: 6000, seed: 5 });
    expect(loadDatasetFromText(JSON.stringify(dataset), 'large.json').ok).toBe(true);
    const actor = dataset.actors[0]!;
    selectActor(actor.id);
    render(<RecommendationsPanel />);
    expect(screen.getByRole('heading', { name: `Possible partners for ${actor.label}` })).toBeTruthy();
    expect(screen.getByText(/^Looking for partners/)).toBeTruthy();
    const { view } = useAtlas.getState();
    // Nothing was built during the render: the graph comes in later tasks.
    expect(builtActorGraph(filteredOf(useAtlas.getState().dataset!, view.filters), view.projection)).toBeNull();
    await screen.findByRole('list', undefined, { timeout: 10_000 });
    expect(screen.queryByText(/^Looking for partners/)).toBeNull();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('at 60 actors lists candidates in its first render, the graph built at once', () => {
    const dataset = generateDataset({ actors: 60, agreements: 200, seed: 5 });
    expect(loadDatasetFromText(JSON.stringify(dataset), 'small.json').ok).toBe(true);
    selectActor(dataset.actors[0]!.id);
    render(<RecommendationsPanel />);
    expect(screen.queryByText(/^Looking for partners/)).toBeNull();
    expect(screen.getByRole('list')).toBeTruthy();
  });
});
