// @vitest-environment jsdom
// The heatmap, pair matrix, gap list and what-if panel in jsdom: table markup, gap markers, explanations, clicks.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countryPairGaps, sectorCountryMatrix, sectorCoverage } from '../../../src/analysis/gaps';
import { analysisScope } from '../../../src/analysis/scope';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { loadDatasetFromText } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { CoverageHeatmap } from '../../../src/view/gaps/CoverageHeatmap';
import { GapList } from '../../../src/view/gaps/GapList';
import { MatrixView } from '../../../src/view/gaps/MatrixView';
import { PairMatrix } from '../../../src/view/gaps/PairMatrix';
import { fixture } from './fixture';

/** The fixture plus lt1 (LT) and pl1 (PL) in health, in no agreement. Health actors: EE 2, LV 1, LT 1, PL 1. */
function dataset(): Dataset {
  const d = fixture();
  d.actors.push(
    { id: 'lt1', label: 'Lithuanian Health', kind: 'cluster', country: 'LT', sectors: ['health'] },
    { id: 'pl1', label: 'Polish MedTech', kind: 'cluster', country: 'PL', sectors: ['health'] },
  );
  return d;
}
const names: Record<string, string> = {
  EE: 'Estonia',
  LV: 'Latvia',
  LT: 'Lithuania',
  PL: 'Poland',
  SE: 'Sweden',
  FI: 'Finland',
};
const countryName = (code: string): string => names[code] ?? code;

afterEach(cleanup);

describe('CoverageHeatmap', () => {
  it('is a real table: sector column groups, measure columns, one row per country by name, values in cells', () => {
    const scope = analysisScope(dataset(), emptyFilters());
    const onSelect = vi.fn();
    render(
      <CoverageHeatmap
        coverage={sectorCoverage(scope, ['health', 'digital'])}
        countryName={countryName}
        sectorName={(id) => id.toUpperCase()}
        selected={null}
        onSelect={onSelect}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'HEALTH' })).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(2);
    // Health countries EE, LT, LV, PL, SE (SE via a3); digital adds none. Sorted by name.
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Estonia EE',
      'Latvia LV',
      'Lithuania LT',
      'Poland PL',
      'Sweden SE',
    ]);
    // Estonia: health 2 actors, 3 agreements (a1, a3, a5); digital 1 actor (ee2), 1 agreement (a3).
    expect(
      within(rows[0]!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['2', '3', '1', '1']);
    fireEvent.click(within(rows[2]!).getAllByRole('button')[0]!);
    expect(onSelect).toHaveBeenCalledWith({ sector: 'health', country: 'LT' });
  });
});

describe('PairMatrix and GapList', () => {
  const scope = analysisScope(dataset(), emptyFilters());
  const matrix = sectorCountryMatrix(scope, 'health');
  const gaps = countryPairGaps(scope, 'health');

  it('marks gaps with a cross and a label, counts agreements elsewhere', () => {
    const onSelect = vi.fn();
    render(
      <PairMatrix
        matrix={matrix}
        gaps={gaps}
        sectorName="Health"
        countryName={countryName}
        selected={null}
        onSelect={onSelect}
      />,
    );
    const gapCells = screen.getAllByRole('button', { name: /^Gap between/ });
    // EE–LT, EE–PL, LT–LV, LT–PL, LV–PL, each drawn twice (both halves of the matrix).
    expect(gapCells).toHaveLength(10);
    expect(gapCells.every((cell) => cell.textContent === '✕' && cell.closest('td')?.className.includes('gap'))).toBe(
      true,
    );
    const eeLv = screen.getAllByRole('button', { name: '1 agreements between Estonia and Latvia' });
    expect(eeLv).toHaveLength(1);
    expect(eeLv[0]!.textContent).toBe('1');
    // SE has no health actor: EE–SE holds a3, SE–LV is neither a tie nor a gap.
    expect(screen.getByRole('button', { name: '0 agreements between Latvia and Sweden' }).textContent).toBe('·');
    fireEvent.click(screen.getByRole('button', { name: 'Gap between Estonia and Lithuania' }));
    expect(onSelect).toHaveBeenCalledWith(['EE', 'LT']);
  });

  it('ranks gaps by actors × actors with the product written out', () => {
    const actorsIn = new Map(matrix.coverage.map((row) => [row.country, row.actors]));
    render(
      <GapList
        gaps={gaps}
        actorsIn={actorsIn}
        sectorName="Health"
        countryName={countryName}
        selected={null}
        onSelect={() => {}}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Estonia – Lithuania 2 × 1 = 2',
      'Estonia – Poland 2 × 1 = 2',
      'Lithuania – Latvia 1 × 1 = 1',
      'Lithuania – Poland 1 × 1 = 1',
      'Latvia – Poland 1 × 1 = 1',
    ]);
  });
});

describe('MatrixView with the store', () => {
  beforeEach(() => {
    resetAtlas();
    loadDatasetFromText(JSON.stringify(dataset()), 'fixture');
    useAtlas.setState((s) => ({ view: { ...s.view, view: 'matrix', sector: 'health' } }));
  });

  it('explains a gap naming both countries, and a what-if tie removes it from the list', () => {
    render(<MatrixView />);
    const list = screen.getByRole('region', { name: /gaps in Health/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    fireEvent.click(within(list).getByRole('button', { name: 'Estonia – Lithuania' }));
    expect(
      screen.getByText('Estonia has 2 actors in Health, Lithuania has 1; no Health agreement joins them.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fill in a tie for Estonia – Lithuania' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add what-if agreement' }));
    const after = screen.getByRole('region', { name: /gaps in Health/ });
    expect(
      within(after)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).not.toContain('Estonia – Lithuania 2 × 1 = 2');
    expect(within(after).getAllByRole('listitem')).toHaveLength(4);
    expect(useAtlas.getState().dataset?.agreements.at(-1)).toMatchObject({ id: 'what-if-1', parties: ['ee1', 'lt1'] });
    // Removing it brings the gap back.
    fireEvent.click(screen.getByRole('button', { name: /^Remove/ }));
    expect(within(screen.getByRole('region', { name: /gaps in Health/ })).getAllByRole('listitem')).toHaveLength(5);
  });
});
