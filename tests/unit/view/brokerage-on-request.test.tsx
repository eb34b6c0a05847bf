// @vitest-environment jsdom
// "Where it brokers" above 1,500 actors: nothing computed until asked, then the split and a pair's paths from jobs (main-thread slices here).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, selectActor, setViewMode } from '../../../src/state/actions';
import { hideBrokerPaths, shownBrokerPaths, useBrokerPaths } from '../../../src/state/broker-paths';
import { filteredOf, pathsOf } from '../../../src/state/derived';
import { highlightOf } from '../../../src/view/explorer/explorer-scene';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { hubBrokerDataset } from './hub-broker-dataset';
import { ActorPanel } from '../../../src/view/ActorPanel';
import { INLINE_BROKERAGE_LIMIT } from '../../../src/view/BrokerageSection';

const dataset = hubBrokerDataset(INLINE_BROKERAGE_LIMIT);

beforeEach(() => {
  resetAtlas();
  hideBrokerPaths();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'large.json').ok).toBe(true);
  selectActor('v');
});
afterEach(cleanup);

/** The panel of the hub v with its split worked out: the Finland–Sweden pair's Show button. */
async function splitWithShow(): Promise<HTMLElement> {
  render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
  fireEvent.click(screen.getByRole('button', { name: 'Work out where it brokers' }));
  return screen.findByRole(
    'button',
    { name: 'Show the paths between actors in Finland and Sweden on the network' },
    { timeout: 10_000 },
  );
}

describe('Where it brokers above INLINE_BROKERAGE_LIMIT actors', () => {
  it('computes nothing until asked, then shows the split (80 % Finland–Sweden)', async () => {
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    expect(screen.queryByText(/Of the shortest paths/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Work out where it brokers' }));
    const sentence = await screen.findByText(/Of the shortest paths between other actors/, {}, { timeout: 10_000 });
    expect(sentence.textContent).toBe(
      'Of the shortest paths between other actors that run through it, 80 % join actors in Finland and Sweden; 20 % join actors in Sweden.',
    );
  });

  it('finds a pair’s paths off the page on Show, then draws them: the hub’s 4 ties, counted in the panel', async () => {
    setViewMode('rankings');
    const show = await splitWithShow();
    fireEvent.click(show);
    expect(useBrokerPaths.getState().pending?.countries).toEqual(['FI', 'SE']);
    await waitFor(() => expect(show.getAttribute('aria-pressed')).toBe('true'), { timeout: 10_000 });
    expect(useAtlas.getState().view.view).toBe('graph');
    expect(screen.getByText(/On the network:/).textContent).toContain(
      '4 shortest paths between 4 pairs of actors in Finland and Sweden run through it, over 4 ties and 5 actors',
    );
    const { view, dataset: loaded } = useAtlas.getState();
    const filtered = filteredOf(loaded!, view.filters);
    const via = shownBrokerPaths(useBrokerPaths.getState().shown, view.selected, view.path, view.focus);
    expect(via?.found?.filtered).toBe(filtered);
    const highlight = highlightOf(loaded!, filtered, pathsOf(loaded!, filtered, 'clique'), null, 1, null, via);
    expect(highlight.pathPairs.map((pair) => [...pair].sort().join('-')).sort()).toEqual([
      'f1-v',
      'f2-v',
      's1-v',
      's2-v',
    ]);
    // Under other filters the paths found for the old ones are not drawn.
    const other = { ...filtered };
    expect(highlightOf(loaded!, other, pathsOf(loaded!, filtered, 'clique'), null, 1, null, via).pathPairs).toEqual([]);
  });

  it('cancels a pair’s search with Cancel, drawing nothing, and gives the keyboard back to that pair’s Show', async () => {
    const show = await splitWithShow();
    fireEvent.click(show);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    expect(useBrokerPaths.getState().pending).toBeNull();
    expect(screen.queryByText(/Finding the paths/)).toBeNull();
    expect(document.activeElement).toBe(show);
    await new Promise((done) => setTimeout(done, 200));
    expect(useBrokerPaths.getState().shown).toBeNull();
    expect(show.getAttribute('aria-pressed')).toBe('false');
  });

  it('asks again for another actor: its split is not shown before the reader asks', async () => {
    const { rerender } = render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    fireEvent.click(screen.getByRole('button', { name: 'Work out where it brokers' }));
    await screen.findByText(/Of the shortest paths/, {}, { timeout: 10_000 });
    selectActor('f1');
    rerender(<ActorPanel dataset={useAtlas.getState().dataset!} id="f1" />);
    expect(screen.queryByText(/Of the shortest paths/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Work out where it brokers' })).toBeTruthy();
  });

  it('keeps the keyboard in the section: Cancel takes the button’s focus, the heading the result’s, the button Cancel’s', async () => {
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    const start = screen.getByRole('button', { name: 'Work out where it brokers' });
    start.focus();
    fireEvent.click(start);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    const again = screen.getByRole('button', { name: 'Work out where it brokers' });
    expect(document.activeElement).toBe(again);
    fireEvent.click(again);
    await screen.findByText(/Of the shortest paths/, {}, { timeout: 10_000 });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Where it brokers' }));
  });
});
