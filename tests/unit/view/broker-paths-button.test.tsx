// @vitest-environment jsdom
// "Show these paths" in the actor panel: a button per country pair that hands the pair to the network and reports the count.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, selectActor, setViewMode } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { hubBrokerDataset } from './hub-broker-dataset';
import { ActorPanel } from '../../../src/view/ActorPanel';
import { showPath } from '../../../src/state/actions';
import { hideBrokerPaths, useBrokerPaths } from '../../../src/state/broker-paths';
import { highlightOf } from '../../../src/view/explorer/explorer-scene';
import { shownBrokerPaths } from '../../../src/state/broker-paths';
import { filteredOf, pathsOf } from '../../../src/state/derived';

const dataset = hubBrokerDataset();

beforeEach(() => {
  resetAtlas();
  hideBrokerPaths();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'paths.json').ok).toBe(true);
  selectActor('v');
});
afterEach(cleanup);

describe('Show these paths (actor panel)', () => {
  it('offers one Show button per country pair of the bars', () => {
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    const buttons = screen.getAllByRole('button', { name: /^Show the paths between/ });
    // Finland–Sweden (4 pairs) and Sweden–Sweden (1 pair); f1–f2 talk directly, so no Finnish pair runs through v.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Show the paths between actors in Finland and Sweden on the network',
      'Show the paths between actors in Sweden on the network',
    ]);
  });

  it('clicking a pair switches to the network, marks the button pressed, counts 4 paths over 4 ties, and hides again', () => {
    setViewMode('rankings');
    showPath(['f1', 's1']);
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    const button = screen.getByRole('button', {
      name: 'Show the paths between actors in Finland and Sweden on the network',
    });
    fireEvent.click(button);
    expect(useBrokerPaths.getState().shown).toEqual({ actor: 'v', countries: ['FI', 'SE'] });
    expect(useAtlas.getState().view.view).toBe('graph');
    expect(useAtlas.getState().view.path).toBeNull();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain(
      '4 shortest paths between 4 pairs of actors in Finland and Sweden run through it, over 4 ties and 5 actors',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hide these paths' }));
    expect(useBrokerPaths.getState().shown).toBeNull();
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('the network highlight of the choice darkens exactly the 4 hub ties, outlines the hub, and yields to a focus', () => {
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Show the paths between actors in Finland and Sweden on the network' }),
    );
    const { view, dataset: loaded } = useAtlas.getState();
    const filtered = filteredOf(loaded!, view.filters);
    const via = shownBrokerPaths(useBrokerPaths.getState().shown, view.selected, view.path, view.focus);
    const highlight = highlightOf(loaded!, filtered, pathsOf(loaded!, filtered, 'clique'), null, 1, null, via);
    expect(highlight.root).toBe('v');
    expect([...highlight.pathNodes].sort()).toEqual(['f1', 'f2', 's1', 's2', 'v']);
    expect(highlight.pathPairs.map((pair) => [...pair].sort().join('-')).sort()).toEqual([
      'f1-v',
      'f2-v',
      's1-v',
      's2-v',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Focus: its partners' }));
    expect(useBrokerPaths.getState().shown).toBeNull();
  });

  it('a path between two actors names its two ends (always labelled), not the hub between them', () => {
    const { view, dataset: loaded } = useAtlas.getState();
    const filtered = filteredOf(loaded!, view.filters);
    const highlight = highlightOf(loaded!, filtered, null, null, 1, ['f1', 's1']);
    expect([...highlight.pathNodes].sort()).toEqual(['f1', 's1', 'v']);
    expect([...(highlight.ends ?? [])].sort()).toEqual(['f1', 's1']);
  });
});
