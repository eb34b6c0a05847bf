// @vitest-environment jsdom
// The partner recommendations at thousands of actors: listed in the panel's first render, with no graphology graph built.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recommendPartners } from '../../../src/analysis/recommend';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom } from '../../../src/model/graph';
import { loadDatasetFromText, selectActor } from '../../../src/state/actions';
import { builtActorGraph, filteredOf } from '../../../src/state/derived';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { RecommendationsPanel } from '../../../src/view/gaps/RecommendationsPanel';

beforeEach(() => resetAtlas());
afterEach(cleanup);

describe('RecommendationsPanel', () => {
  it('at 1,200 actors lists the same candidates as the actor graph gives, in its first render, building no graph', () => {
    const dataset = generateDataset({ actors: 1200, agreements: 6000, seed: 5 });
    expect(loadDatasetFromText(JSON.stringify(dataset), 'large.json').ok).toBe(true);
    const { view } = useAtlas.getState();
    const filtered = filteredOf(useAtlas.getState().dataset!, view.filters);
    const graph = actorGraphFrom(filtered, view.projection);
    const actor = dataset.actors.find((a) => recommendPartners(graph, dataset, a.id, 5).length >= 3)!;
    selectActor(actor.id);
    render(<RecommendationsPanel />);
    expect(screen.getByRole('heading', { name: `Possible partners for ${actor.label}` })).toBeTruthy();
    const names = within(screen.getByRole('list'))
      .getAllByRole('button')
      .map((button) => button.textContent);
    const byId = new Map(dataset.actors.map((a) => [a.id, a.label]));
    expect(names).toEqual(recommendPartners(graph, dataset, actor.id, 5).map((r) => byId.get(r.partner)));
    // The app's own graph was never built for it.
    expect(builtActorGraph(filtered, view.projection)).toBeNull();
  });

  it('at 60 actors lists candidates in its first render', () => {
    const dataset = generateDataset({ actors: 60, agreements: 200, seed: 5 });
    expect(loadDatasetFromText(JSON.stringify(dataset), 'small.json').ok).toBe(true);
    selectActor(dataset.actors[0]!.id);
    render(<RecommendationsPanel />);
    expect(screen.getByRole('list')).toBeTruthy();
  });
});
