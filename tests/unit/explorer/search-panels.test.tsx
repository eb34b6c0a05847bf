// @vitest-environment jsdom
// The search combobox (keyboard, accent-insensitive), the path finder and the country and agreement panels in jsdom.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, showPath } from '../../../src/state/actions';
import { filteredOf } from '../../../src/state/derived';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { ExplorerDetails, ExplorerSearch } from '../../../src/view/explorer/ExplorerPanels';
import { PathFinder } from '../../../src/view/explorer/PathFinder';
import { SearchBox } from '../../../src/view/explorer/SearchBox';
import { searchIndexOf } from '../../../src/view/explorer/search-index';
import { explorerDataset } from './fixture';

const view = () => useAtlas.getState().view;
const dataset = () => {
  const loaded = useAtlas.getState().dataset;
  if (!loaded) throw new Error('no dataset');
  return loaded;
};

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(JSON.stringify(explorerDataset), 'explorer.json').ok).toBe(true);
});
afterEach(cleanup);

describe('search combobox', () => {
  it('finds "Øresund" from "oresund", moves with the arrow keys and focuses the chosen actor on Enter', () => {
    render(<ExplorerSearch dataset={dataset()} />);
    const box = screen.getByRole('combobox', { name: /Search/ });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(box, { target: { value: 'oresund' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.querySelector('.search-label')?.textContent)).toEqual(['Øresund Health']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(view().focus).toBe('oresund');
    expect(view().selected).toBe('oresund');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    // The focus bar says who is focused and offers two steps and a way out.
    fireEvent.click(screen.getByRole('button', { name: '2 steps' }));
    expect(view().hops).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Clear focus' }));
    expect(view().focus).toBeNull();
  });

  it('ArrowDown/ArrowUp wrap through the options; Escape closes, then clears', () => {
    render(<ExplorerSearch dataset={dataset()} />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'fi' } }); // Finland (country) and agreements/actors in FI
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('fi');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('builds no search index for a box opened with a choice in it, until the reader types', () => {
    let built = 0;
    render(
      <SearchBox
        label="From actor"
        getIndex={() => {
          built++;
          return searchIndexOf(dataset());
        }}
        keepChoice
        initialText="Øresund Health"
        onChoose={() => undefined}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'From actor' });
    expect(box).toHaveProperty('value', 'Øresund Health');
    expect(built).toBe(0);
    fireEvent.change(box, { target: { value: 'oresund' } });
    expect(built).toBeGreaterThan(0);
    const labels = screen.getAllByRole('option').map((o) => o.querySelector('.search-label')?.textContent);
    expect(labels).toContain('Øresund Health');
  });

  it('opens a country or an agreement from the results; says plainly when nothing matches', () => {
    render(<ExplorerSearch dataset={dataset()} />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'estonia' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(view().country).toBe('EE');
    fireEvent.change(box, { target: { value: 'bay bridge' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: /Bay bridge/ }));
    expect(view().agreement).toBe('fi-ee');
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(screen.getByRole('option').textContent).toContain('Nothing matches');
  });
});

describe('details panels', () => {
  it('shows an agreement: parties as buttons, safe source links, markup in data as text', () => {
    useAtlas.setState((s) => ({ view: { ...s.view, agreement: 'dk-fi' } }));
    render(<ExplorerDetails />);
    const panel = screen.getByRole('region', { name: 'Health MoU' });
    expect(within(panel).getByText('Bilateral')).toBeTruthy();
    expect(within(panel).getByText('since 2010')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Programme page' }).getAttribute('href')).toBe(
      'https://example.org/page',
    );
    expect(within(panel).queryByRole('link', { name: 'Tricky link' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Turku Science Park' }));
    expect(view().focus).toBe('turku');
  });

  it('shows a country: figures under the filters, its actors and partner countries', () => {
    useAtlas.setState((s) => ({ view: { ...s.view, country: 'FI' } }));
    render(<ExplorerDetails />);
    const panel = screen.getByRole('region', { name: 'Finland' });
    const figure = (term: string) => within(panel).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Actors')).toBe('2');
    expect(figure('Agreements')).toBe('3');
    expect(figure('Cross-border agreements')).toBe('2');
    expect(figure('Partner countries')).toBe('2');
    expect(within(panel).getByRole('button', { name: 'Proto Food' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Estonia' }));
    expect(view().country).toBe('EE');
  });
});

describe('path finder', () => {
  const mount = () => render(<PathFinder dataset={dataset()} filtered={filteredOf(dataset(), view().filters)} />);

  it('picks two actors by keyboard and lists the path step by step with its agreements', () => {
    mount();
    const from = screen.getByRole('combobox', { name: 'From actor' });
    fireEvent.change(from, { target: { value: 'oresund' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    const to = screen.getByRole('combobox', { name: 'To actor' });
    fireEvent.change(to, { target: { value: 'tallinn' } });
    fireEvent.keyDown(to, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Show shortest paths' }));
    expect(view().path).toEqual(['oresund', 'tallinn']);
    const result = screen.getByRole('status');
    expect(result.textContent).toContain('1 shortest path of 2 steps');
    const steps = within(result)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.path-steps'));
    expect(steps.map((li) => li.textContent)).toEqual([
      'Øresund Health → Turku Science Park via Health MoU',
      'Turku Science Park → Tallinn <b>Cleantech</b> via Bay bridge',
    ]);
  });

  it('names each of several shortest paths "Path N" above its numbered steps', () => {
    const diamond = {
      format: 'alliance-graph@1',
      actors: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase(), kind: 'cluster', country: 'FI' })),
      agreements: [
        ['ab', 'a', 'b'],
        ['bd', 'b', 'd'],
        ['ac', 'a', 'c'],
        ['cd', 'c', 'd'],
      ].map(([id, x, y]) => ({ id, kind: 'bilateral', parties: [x, y] })),
    };
    expect(loadDatasetFromText(JSON.stringify(diamond), 'diamond.json').ok).toBe(true);
    showPath(['a', 'd']);
    mount();
    const result = screen.getByRole('status');
    expect(result.textContent).toContain('2 shortest paths of 2 steps');
    const paths = [...result.querySelectorAll('ol.path-list > li')];
    expect(paths.map((li) => li.querySelector('.path-name')?.textContent)).toEqual(['Path 1', 'Path 2']);
    expect(paths.map((li) => li.querySelectorAll('ol.path-steps > li').length)).toEqual([2, 2]);
  });

  it('says "no path" plainly and suggests the bridge', () => {
    showPath(['oresund', 'lonely']);
    mount();
    const result = screen.getByRole('status');
    expect(result.textContent).toContain('No path.');
    expect(result.textContent).toContain('Turku Science Park and Lonely Lab');
  });
});
