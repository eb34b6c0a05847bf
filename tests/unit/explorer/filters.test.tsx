// @vitest-environment jsdom
// The filter controls in jsdom: checkboxes and quick picks change the store's filters; the year slider plays; a large dataset's controls show a change before it is stored.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { applyLoadResult, loadDatasetFromText } from '../../../src/state/actions';
import { PREPARE_FROM } from '../../../src/state/prepare';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { toggleValue } from '../../../src/view/explorer/CheckList';
import { ExplorerControls } from '../../../src/view/explorer/ExplorerPanels';
import { PLAY_STEP_MS } from '../../../src/view/explorer/YearSlider';
import { filteredOf } from '../../../src/state/derived';
import { explorerDataset } from './fixture';

function mount() {
  const { dataset, view } = useAtlas.getState();
  if (!dataset) throw new Error('no dataset');
  return render(<ExplorerControls dataset={dataset} filtered={filteredOf(dataset, view.filters)} />);
}
const filters = () => useAtlas.getState().view.filters;

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(JSON.stringify(explorerDataset), 'explorer.json').ok).toBe(true);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('toggleValue', () => {
  it('treats an empty list as all ticked, and goes back to it when all or none are ticked', () => {
    expect(toggleValue(['a', 'b', 'c'], [], 'b')).toEqual(['a', 'c']);
    expect(toggleValue(['a', 'b', 'c'], ['a', 'c'], 'b')).toEqual([]);
    expect(toggleValue(['a', 'b', 'c'], ['a'], 'a')).toEqual([]);
    expect(toggleValue(['a', 'b', 'c'], ['a'], 'c')).toEqual(['a', 'c']);
  });
});

describe('filter controls', () => {
  it('un-ticking a sector filters by the others; the target quick pick keeps only target sectors', () => {
    mount();
    const sectors = screen.getByRole('group', { name: /Sectors/ });
    fireEvent.click(within(sectors).getByLabelText(/Food/));
    expect(filters().sectors).toEqual(['health', 'cleantech']);
    fireEvent.click(within(sectors).getByRole('button', { name: 'Show all sectors' }));
    expect(filters().sectors).toEqual([]);
    fireEvent.click(within(sectors).getByRole('button', { name: 'Target sectors only' }));
    expect(filters().sectors).toEqual(['health', 'cleantech']);
    expect(useAtlas.getState().graphVersion).toBeGreaterThan(1);
  });

  it('offers the dataset countries by name with counts, and region quick picks narrowed to them', () => {
    mount();
    const countries = screen.getByRole('group', { name: /Countries/ });
    expect(within(countries).getByLabelText(/Finland \(2\)/)).toBeTruthy();
    fireEvent.click(within(countries).getByRole('button', { name: 'Nordic' }));
    expect(filters().countries).toEqual(['DK', 'FI', 'SE']);
    fireEvent.click(within(countries).getByRole('button', { name: 'Baltic' }));
    expect(filters().countries).toEqual(['EE']);
    // Every dataset country is a BSR Stars country: the quick pick is "no filter".
    fireEvent.click(within(countries).getByRole('button', { name: 'BSR Stars countries' }));
    expect(filters().countries).toEqual([]);
  });

  it('filters actor and agreement kinds', () => {
    mount();
    fireEvent.click(within(screen.getByRole('group', { name: /Kinds of actor/ })).getByLabelText(/Programme|Other/));
    expect(filters().actorKinds).toEqual(['cluster', 'agency', 'network']);
    fireEvent.click(within(screen.getByRole('group', { name: /Kinds of agreement/ })).getByLabelText(/Sister city/));
    expect(filters().agreementKinds).toEqual(['bilateral']);
  });

  it('sets a year with the slider and plays through the years, then stops', () => {
    vi.useFakeTimers();
    mount();
    const year = screen.getByRole('group', { name: 'Year' });
    fireEvent.click(within(year).getByLabelText(/Only agreements active/));
    expect(filters().year).toBe(2015);
    fireEvent.change(within(year).getByRole('slider'), { target: { value: '2011' } });
    expect(filters().year).toBe(2011);
    fireEvent.click(within(year).getByRole('button', { name: /Play/ }));
    expect(filters().year).toBe(2011); // paused part-way: play continues from there
    act(() => void vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(filters().year).toBe(2012);
    act(() => void vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(filters().year).toBe(2015);
    act(() => void vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(filters().year).toBe(2015);
    expect(within(year).getByRole('button', { name: /Play/ }).getAttribute('aria-pressed')).toBe('false');
  });
});

describe(`filter controls on a dataset of ${PREPARE_FROM} actors`, () => {
  const big = generateDataset({ actors: PREPARE_FROM, agreements: 3000, seed: 7 });
  beforeEach(() => void applyLoadResult({ ok: true, dataset: big, warnings: [] }, 'big'));

  it('ticks the year box at once and says "Applying…" until the prepared filters are stored', async () => {
    mount();
    const box = screen.getByRole('checkbox', { name: /Only agreements active in one year/ });
    fireEvent.click(box);
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(filters().year).toBeNull();
    expect(screen.getByText('Applying…').getAttribute('role')).toBe('status');
    await waitFor(() => expect(filters().year).not.toBeNull());
    expect(screen.queryByText('Applying…')).toBeNull();
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
