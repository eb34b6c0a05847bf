// @vitest-environment jsdom
// The scorecard view with the store: Estonia's card in words, the table of all countries, choosing another country.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { ScorecardView } from '../../../src/view/gaps/ScorecardView';
import { fixture } from './fixture';

afterEach(cleanup);
beforeEach(() => {
  resetAtlas();
  loadDatasetFromText(JSON.stringify(fixture()), 'fixture');
  useAtlas.setState((s) => ({ view: { ...s.view, view: 'scorecard', country: 'EE' } }));
});

/** Stores what the analysis worker would send for the current graph version (startAnalysisSync is not running here). */
function workerMetricsArrive(): void {
  const { dataset, view, graphVersion } = useAtlas.getState();
  const result = analyzeDataset(dataset!, { filters: view.filters, projection: view.projection });
  useAtlas.setState({
    metrics: { graphVersion, byActor: new Map(result.actors.map((row) => [row.id, row])), result },
    analysis: { status: 'done', progress: 1, message: null },
  });
}

describe('ScorecardView', () => {
  it('says the ranking is not available when the analysis failed, and ignores metrics of an older graph', () => {
    useAtlas.setState({
      metrics: { graphVersion: useAtlas.getState().graphVersion - 1, byActor: new Map() },
      analysis: { status: 'failed', progress: 0, message: 'boom' },
    });
    render(<ScorecardView />);
    const card = screen.getByRole('article', { name: /Estonia/ });
    expect(within(card).getByText('Not available: the analysis failed (see the status line).')).toBeTruthy();
  });

  it("writes Estonia's figures out (values worked out in scorecard.test.ts)", () => {
    render(<ScorecardView />);
    const card = screen.getByRole('article', { name: /Estonia/ });
    // Betweenness is never computed during render: the card waits for the analysis worker's metrics.
    expect(within(card).getByText('Being computed…')).toBeTruthy();
    act(() => workerMetricsArrive());
    expect(within(card).getByText(/3 of 3 \(100%\)/)).toBeTruthy();
    expect(within(card).getByText('3: Finland, Latvia, Sweden')).toBeTruthy();
    expect(within(card).getByText(/3 bilateral, 1 with three or more parties/)).toBeTruthy();
    // Betweenness from the worker's metrics (6 actors): ee1 and ee2 at 0.4, ties by id.
    expect(
      within(card)
        .getAllByRole('listitem')
        .slice(3, 5)
        .map((li) => li.textContent),
    ).toEqual(['Estonian Health Cluster (0.400)', 'Tallinn Digital (0.400)']);
    expect(within(card).getByText('Cleantech Finland (Finland): without it, no tie to Finland')).toBeTruthy();
    expect(within(card).getByText('2 clusters: Estonian Health Cluster, Tallinn Digital')).toBeTruthy();
  });

  it('lists every country in the table and opens another card', () => {
    render(<ScorecardView />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Estonia',
      'Finland',
      'Latvia',
      'Sweden',
    ]);
    // Latvia: 1 of 3 target sectors (33%), one partner country, one bilateral agreement, one own single point of failure.
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '33%', '1', '1', '0', '1']);
    fireEvent.click(within(rows[2]!).getByRole('button', { name: 'Latvia' }));
    expect(useAtlas.getState().view.country).toBe('LV');
    expect(screen.getByRole('article', { name: /Latvia/ })).toBeTruthy();
  });
});
