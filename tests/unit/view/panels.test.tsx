// @vitest-environment jsdom
// The side panels and the header in jsdom: data shown as text, links made safe, buttons that act on the store.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, selectActor } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { ActorPanel } from '../../../src/view/ActorPanel';
import { ErrorPanel } from '../../../src/view/ErrorPanel';
import { Header } from '../../../src/view/Header';
import { WarningsList } from '../../../src/view/WarningsList';

const dataset = {
  format: 'alliance-graph@1',
  title: 'Panel <i>test</i>',
  sectors: [{ id: 'health', label: 'Health & well-being' }],
  sources: [
    { id: 'web', title: 'Programme page', url: 'https://example.org/page' },
    { id: 'evil', title: 'Tricky link', url: 'javascript:alert(1)' },
  ],
  actors: [
    {
      id: 'a',
      label: '<img src=x onerror=alert(1)>',
      kind: 'cluster',
      country: 'FI',
      city: 'Turku',
      sectors: ['health'],
    },
    { id: 'b', label: 'Partner B', kind: 'agency', country: 'SE' },
    { id: 'lonely', label: 'Lonely', kind: 'other', country: 'EE' },
  ],
  agreements: [
    {
      id: 'ab',
      kind: 'soft-landing',
      label: 'Landing deal',
      parties: ['a', 'b'],
      since: 2012,
      until: 2015,
      sources: ['web', 'evil'],
    },
  ],
};

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'panel.json').ok).toBe(true);
});
afterEach(cleanup);

describe('ActorPanel', () => {
  it('shows the actor as text with its country name, kind, sectors and agreements', () => {
    const { container } = render(<ActorPanel dataset={useAtlas.getState().dataset!} id="a" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    const facts = container.querySelector('.facts')?.textContent;
    expect(facts).toContain('Finland');
    expect(facts).toContain('Cluster organisation');
    expect(facts).toContain('Turku');
    expect(facts).toContain('Health & well-being');
    const agreement = container.querySelector('.agreement') as HTMLElement;
    expect(agreement.textContent).toContain('Landing deal');
    expect(agreement.textContent).toContain('Soft landing');
    expect(agreement.textContent).toContain('2012–2015');
  });

  it('links only http(s) sources, in a new tab without opener access', () => {
    const { container } = render(<ActorPanel dataset={useAtlas.getState().dataset!} id="a" />);
    const link = screen.getByRole('link', { name: 'Programme page' });
    expect(link.getAttribute('href')).toBe('https://example.org/page');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('link', { name: 'Tricky link' })).toBeNull();
    expect(container.querySelector('.agreement .sources')?.textContent).toBe('Sources: Programme page, Tricky link');
  });

  it('selects a partner when its name is clicked, and closes with the close button', () => {
    render(<ActorPanel dataset={useAtlas.getState().dataset!} id="a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Partner B' }));
    expect(useAtlas.getState().view.selected).toBe('b');
    fireEvent.click(screen.getByRole('button', { name: 'Close actor details' }));
    expect(useAtlas.getState().view.selected).toBeNull();
  });
});

describe('ErrorPanel', () => {
  it('lists every problem as pointer: message and keeps the loaded dataset', () => {
    const bad = JSON.stringify({
      format: 'alliance-graph@1',
      actors: [{ id: 'x', label: '<b>x</b>' }],
      agreements: [],
    });
    expect(loadDatasetFromText(bad, 'bad.json').ok).toBe(false);
    const { container } = render(<ErrorPanel />);
    const problems = useAtlas.getState().failure?.problems ?? [];
    expect(problems.length).toBeGreaterThan(1);
    const items = within(container)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(problems.map((p) => `${p.pointer === '' ? '(file)' : p.pointer}: ${p.message}`));
    expect(container.textContent).toContain('The dataset shown is unchanged');
    expect(useAtlas.getState().dataset?.title).toBe('Panel <i>test</i>');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the load errors' }));
    expect(useAtlas.getState().failure).toBeNull();
  });
});

describe('Header', () => {
  it('shows the title as text, the counts, and a warnings button that opens the warnings list', () => {
    render(<Header counts={{ actors: 3, agreements: 1, countries: 1 }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Panel <i>test</i>');
    expect(screen.getByTestId('counts').textContent).toBe('3 actors1 agreement1 country');
    const warnings = useAtlas.getState().warnings.length;
    expect(warnings).toBeGreaterThan(0); // "lonely" is in no agreement
    const button = screen.getByRole('button', { name: `${warnings} warning${warnings === 1 ? '' : 's'}` });
    fireEvent.click(button);
    expect(useAtlas.getState().view.panel).toBe('warnings');
    cleanup();
    render(<WarningsList />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      `${useAtlas.getState().warnings[0]?.pointer}: ${useAtlas.getState().warnings[0]?.message}`,
    );
    selectActor(null);
  });
});
