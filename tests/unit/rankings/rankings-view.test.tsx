// @vitest-environment jsdom
// The rankings view with the store: sorting by every metric against hand-worked values, filters, keyboard, CSV, selection.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorMetrics } from '../../../src/analysis/types';
import { METRICS, type MetricName } from '../../../src/embed/view-state';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { RankingsView } from '../../../src/view/rankings/RankingsView';
import { RANKING_COLUMNS } from '../../../src/view/rankings/rankings-data';
import { loadIntoStore, rankingsFixture, storeAnalysis } from './fixture';

const downloads = vi.hoisted(() => [] as Array<{ text: string; filename: string }>);
vi.mock('../../../src/view/present/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/view/present/download')>()),
  downloadText: (text: string, filename: string) => downloads.push({ text, filename }),
}));

afterEach(cleanup);
beforeEach(() => {
  resetAtlas();
  downloads.length = 0;
});

const table = (): HTMLElement => screen.getByRole('table');
// Plain selectors here: role queries over hundreds of cells are slow in jsdom, and the roles are checked below.
const rowNames = (): string[] =>
  [...table().querySelectorAll('tbody th[scope="row"]')].map((cell) => cell.textContent ?? '');
function header(name: string): HTMLElement {
  const buttons = [...table().querySelectorAll<HTMLElement>('thead th[scope="col"] button')];
  // The name as a screen reader gets it: the content without aria-hidden parts (the arrow, the hyphenated word).
  const spoken = (button: HTMLElement): string =>
    [...button.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true'))
      .map((node) => node.textContent ?? '')
      .join('');
  const found = buttons.filter((button) => spoken(button) === name);
  if (found.length !== 1)
    throw new Error(
      `expected one header button "${name}", found ${found.length} among ${buttons.map((b) => JSON.stringify(b.textContent)).join(' ')}`,
    );
  return found[0]!;
}
const columnHeader = (name: string): HTMLElement => header(name).closest('th')!;
const analysed = (): ActorMetrics[] => useAtlas.getState().metrics!.result!.actors;

/** The expected order, worked out here: by value, nulls last in both directions, ties by name. */
function expectedOrder(metric: MetricName, direction: 'ascending' | 'descending'): string[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: ActorMetrics, b: ActorMetrics): number => a.label.localeCompare(b.label, 'en');
  const present = analysed().filter((row) => row[metric] !== null);
  const missing = analysed().filter((row) => row[metric] === null);
  present.sort((a, b) => sign * (a[metric]! - b[metric]!) || byName(a, b));
  return [...present, ...missing.sort(byName)].map((row) => row.label);
}

describe('RankingsView on a star, a pair and an isolated actor', () => {
  beforeEach(() => loadIntoStore(rankingsFixture()));

  it('anchors the analysis to the hand-worked values the sorting is checked against', () => {
    const byId = new Map(analysed().map((row) => [row.id, row]));
    expect(byId.get('hub')).toMatchObject({ degree: 3, strength: 4, crossBorderPartners: 2 });
    expect(byId.get('hub')!.betweenness).toBeCloseTo(3 / 15, 12);
    expect(byId.get('hub')!.closeness).toBeCloseTo(0.5, 12);
    expect(byId.get('l1')!.closeness).toBeCloseTo(0.3, 12);
    expect(byId.get('hub')!.constraint).toBeCloseTo(1 / 3, 12);
    expect(byId.get('l2')!.constraint).toBeCloseTo(1, 12);
    expect(byId.get('iso')!.constraint).toBeNull();
    expect(byId.get('__proto__')!.degree).toBe(1);
  });

  it('lists one row per actor with formatted metrics, and the star hub first by betweenness', () => {
    render(<RankingsView />);
    expect(rowNames()).toHaveLength(7);
    fireEvent.click(header('Betweenness'));
    expect(rowNames()[0]).toBe('Hub Agency');
    expect(columnHeader('Betweenness').getAttribute('aria-sort')).toBe('descending');
    expect(columnHeader('Partners').getAttribute('aria-sort')).toBe('none');
    // The roles a screen reader sees: column headers, a row header per actor, a button to sort.
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(14);
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(7);
    expect(within(table()).getByRole('button', { name: 'Betweenness' })).toBe(header('Betweenness'));
    const hub = within(table()).getAllByRole('row')[1]!;
    const cells = within(hub)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // Country, degree … crossBorderPartners, the community as the legend numbers it, then kind and sectors.
    const community = analysed().find((row) => row.id === 'hub')!.community;
    expect(cells).toEqual([
      'Finland',
      '3',
      '4',
      '0.500',
      '0.200',
      '0.500',
      expect.stringMatching(/^0\.\d{3}$/),
      expect.stringMatching(/^0\.\d{4}$/),
      '0.333',
      '2',
      String(community + 1),
      'Agency',
      'Health, Digital',
    ]);
  });

  it('sorts by every metric in both directions: constraint low first, empty values last either way', () => {
    render(<RankingsView />);
    for (const metric of METRICS) {
      const name = RANKING_COLUMNS.find((column) => column.key === metric)!.header;
      const first = metric === 'constraint' ? 'ascending' : 'descending';
      const second = first === 'ascending' ? 'descending' : 'ascending';
      // From another column first, so the click starts the metric's own first direction.
      fireEvent.click(header('Actor'));
      fireEvent.click(header(name));
      expect(columnHeader(name).getAttribute('aria-sort'), metric).toBe(first);
      expect(rowNames(), `${metric} ${first}`).toEqual(expectedOrder(metric, first));
      fireEvent.click(header(name));
      expect(columnHeader(name).getAttribute('aria-sort'), metric).toBe(second);
      expect(rowNames(), `${metric} ${second}`).toEqual(expectedOrder(metric, second));
    }
    // Constraint: the hub (1/3) is the broker, first low first; the isolated actor has none, last either way.
    fireEvent.click(header('Actor'));
    fireEvent.click(header('Constraint'));
    expect(rowNames()[0]).toBe('Hub Agency');
    expect(rowNames().at(-1)).toBe('Isolated');
    fireEvent.click(header('Constraint'));
    expect(rowNames().at(-2)).toBe('Hub Agency');
    expect(rowNames().at(-1)).toBe('Isolated');
  });

  it('sorts from the keyboard: Enter on a focused header button', async () => {
    const user = userEvent.setup();
    render(<RankingsView />);
    header('Closeness').focus();
    await user.keyboard('{Enter}');
    expect(columnHeader('Closeness').getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(expectedOrder('closeness', 'descending'));
    expect(rowNames()[0]).toBe('Hub Agency');
    await user.keyboard('{Enter}');
    expect(columnHeader('Closeness').getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames()[0]).toBe('Isolated');
  });

  it('filters by country, by kind and by text, on top of the global filters', () => {
    render(<RankingsView />);
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'LV' } });
    expect(rowNames().sort()).toEqual(['=Pair Two', 'Pair One'].sort());
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'cluster' } });
    expect(rowNames().sort()).toEqual(['Leaf Estonia', 'Leaf Finland', 'Leaf Sweden']);
    // Text matches the country name and the city too, accent- and case-insensitively.
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'TARTU' } });
    expect(rowNames()).toEqual(['Leaf Estonia']);
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'sweden' } });
    expect(rowNames()).toEqual(['Leaf Sweden']);
    expect(screen.getByText('1 of 7 actors match')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No actor matches these filters.')).toBeTruthy();
  });

  it('offers only the countries and kinds that pass the global filters', () => {
    useAtlas.setState((s) => ({ view: { ...s.view, filters: { ...s.view.filters, countries: ['FI', 'EE'] } } }));
    storeAnalysis();
    render(<RankingsView />);
    const options = within(screen.getByLabelText('Country'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['All countries', 'Estonia (1)', 'Finland (2)']);
    expect(rowNames().sort()).toEqual(['Hub Agency', 'Leaf Estonia', 'Leaf Finland']);
    // Each list counts what the other choice lets through.
    const kinds = (): Array<string | null> =>
      within(screen.getByLabelText('Kind'))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(kinds()).toEqual(['All kinds', 'Cluster organisation (2)', 'Export or investment agency (1)']);
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'EE' } });
    expect(kinds()).toEqual(['All kinds', 'Cluster organisation (1)']);
  });

  it('downloads exactly the rows and columns shown, numbers at full precision', () => {
    render(<RankingsView />);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'cluster' } });
    fireEvent.click(header('Closeness'));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV (3 rows)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toBe('rankings-fixture-rankings.csv');
    const lines = downloads[0]!.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      '\uFEFFactor,country,degree,strength,degreeCentrality,betweenness,closeness,eigenvector,pagerank,constraint,crossBorderPartners,community,kind,sectors',
    );
    expect(lines).toHaveLength(4);
    // The same order as the table; every number exactly as the analysis gave it.
    const names = rowNames();
    lines.slice(1).forEach((line, i) => {
      const row = analysed().find((r) => r.label === names[i])!;
      const metrics = METRICS.map((m) => String(row[m]));
      expect(line.startsWith(`${row.label},`)).toBe(true);
      expect(line).toContain([...metrics, String(row.community + 1)].join(','));
    });
    expect(lines[1]).toMatch(/^Leaf Estonia,Estonia,1,2,.*,Cluster,Health$/);
  });

  it('guards a formula-like name in the CSV and keeps __proto__ an ordinary row', () => {
    render(<RankingsView />);
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'LV' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV (2 rows)' }));
    const text = downloads[0]!.text;
    expect(text).toMatch(/\r\n'=Pair Two,Latvia,1,1,[^\r]*,Programme,\r\n/);
  });

  it('selects an actor from its name, which is a button', () => {
    render(<RankingsView />);
    fireEvent.click(within(table()).getByRole('button', { name: '=Pair Two' }));
    expect(useAtlas.getState().view.selected).toBe('__proto__');
    const row = within(table()).getByRole('button', { name: '=Pair Two' }).closest('tr')!;
    expect(row.getAttribute('aria-current')).toBe('true');
  });
});

describe('RankingsView states', () => {
  it('says so when no dataset is loaded', () => {
    render(<RankingsView />);
    expect(screen.getByText('No dataset loaded.')).toBeTruthy();
  });

  it('shows progress while the analysis runs: names, partners and strength, never stale metrics', () => {
    loadIntoStore(rankingsFixture());
    // A filter change bumps the graph version: the stored metrics now belong to another graph.
    useAtlas.setState((s) => ({
      graphVersion: s.graphVersion + 1,
      analysis: { status: 'running', progress: 0.42, message: null },
    }));
    render(<RankingsView />);
    expect(screen.getByText(/Computing metrics… 42%/)).toBeTruthy();
    expect(rowNames()).toHaveLength(7);
    const hub = within(table()).getByRole('button', { name: 'Hub Agency' }).closest('tr')!;
    const cells = within(hub)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // Partners and strength come straight from the graph; the rest wait for the analysis.
    expect(cells.slice(1, 5)).toEqual(['3', '4', '–', '–']);
    expect(rowNames()[0]).toBe('Hub Agency');
  });

  it('reports a failed analysis in words', () => {
    loadIntoStore(rankingsFixture(), false);
    useAtlas.setState({ analysis: { status: 'failed', progress: 0, message: 'worker stopped' } });
    render(<RankingsView />);
    expect(screen.getByRole('alert').textContent).toContain('worker stopped');
  });

  // Rendering 450 rows in jsdom takes seconds on a busy machine.
  it('draws 200 rows of a large network at first and more on request', { timeout: 60_000 }, () => {
    const actors = Array.from({ length: 450 }, (_, i) => ({
      id: `a${i}`,
      label: `Actor ${i}`,
      kind: 'cluster' as const,
      country: i % 2 ? 'FI' : 'SE',
    }));
    loadIntoStore({ format: 'alliance-graph@1', actors, agreements: [] });
    const { container } = render(<RankingsView />);
    // Plain selectors: role queries over 400 rows take tens of seconds in jsdom.
    const more = (): HTMLElement | null => container.querySelector('.rankings-more');
    expect(rowNames()).toHaveLength(200);
    expect(container.querySelector('.rankings-count')!.textContent).toBe('450 actors; the first 200 are listed');
    expect(more()!.textContent).toBe('Show 200 more');
    fireEvent.click(more()!);
    expect(rowNames()).toHaveLength(400);
    expect(more()!.textContent).toBe('Show 50 more');
    fireEvent.click(more()!);
    expect(rowNames()).toHaveLength(450);
    expect(more()).toBeNull();
    // The download holds every matching row, not only the ones drawn.
    const download = container.querySelector<HTMLElement>('.rankings-download')!;
    expect(download.textContent).toBe('Download CSV (450 rows)');
    fireEvent.click(download);
    expect(downloads[0]!.text.split('\r\n').filter(Boolean)).toHaveLength(451);
  });
});
