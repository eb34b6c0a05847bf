// @vitest-environment jsdom
// "Where it brokers" above 1,500 actors: nothing computed until asked, then the split from the job (main-thread slices here), without Show buttons.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, selectActor } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { hubBrokerDataset } from './hub-broker-dataset';
import { ActorPanel } from '../../../src/view/ActorPanel';
import { INLINE_BROKERAGE_LIMIT } from '../../../src/view/BrokerageSection';

const dataset = hubBrokerDataset(INLINE_BROKERAGE_LIMIT);

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'large.json').ok).toBe(true);
  selectActor('v');
});
afterEach(cleanup);

describe('Where it brokers above INLINE_BROKERAGE_LIMIT actors', () => {
  it('computes nothing until asked, then shows the split (80 % Finland–Sweden) without Show buttons', async () => {
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="v" />);
    expect(screen.queryByText(/Of the shortest paths/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Work out where it brokers' }));
    const sentence = await screen.findByText(/Of the shortest paths between other actors/, {}, { timeout: 10_000 });
    expect(sentence.textContent).toBe(
      'Of the shortest paths between other actors that run through it, 80 % join actors in Finland and Sweden; 20 % join actors in Sweden.',
    );
    expect(screen.queryAllByRole('button', { name: /^Show the paths between/ })).toEqual([]);
    expect(screen.getByText(/filter it to 1,500 actors or fewer/)).toBeTruthy();
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
