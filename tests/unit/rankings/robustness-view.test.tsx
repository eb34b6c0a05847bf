// @vitest-environment jsdom
// The rankings' Robustness column (no Worker in jsdom: main-thread slices): the button, the column, the note and the CSV.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { robustness } from '../../../src/analysis/robustness';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters } from '../../../src/model/types';
import { resetAtlas } from '../../../src/state/store';
import { RankingsView } from '../../../src/view/rankings/RankingsView';
import { robustnessText } from '../../../src/view/rankings/robustness-data';
import { loadIntoStore, rankingsFixture } from './fixture';

const downloads = vi.hoisted(() => [] as Array<{ text: string; filename: string }>);
vi.mock('../../../src/view/present/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/view/present/download')>()),
  downloadText: (text: string, filename: string) => downloads.push({ text, filename }),
}));

afterEach(cleanup);
beforeEach(() => {
  resetAtlas();
  downloads.length = 0;
  loadIntoStore(rankingsFixture());
});

const robustnessCells = (): string[] =>
  [...document.querySelectorAll('.rankings-table tbody td.robustness')].map((cell) => cell.textContent ?? '');

describe('rankings Robustness column', () => {
  it('is absent until asked for; the button computes it for the sort metric and fills it for the top actors', async () => {
    render(<RankingsView />);
    expect(screen.queryByRole('columnheader', { name: 'Robustness' })).toBeNull();
    expect(screen.getByText(/falls when any one agreement is removed/).textContent).toContain('partners (degree)');
    fireEvent.click(screen.getByRole('button', { name: 'Rank robustness' }));
    await screen.findByRole('columnheader', { name: 'Robustness' }, { timeout: 10_000 });
    // Seven actors, all in the top 10 of a network of seven: none can fall out of it.
    expect(robustnessCells()).toEqual(Array(7).fill('stable'));
    expect(screen.getByText(/Robustness of the top 7 by partners \(degree\): each of the 4 agreements/)).toBeTruthy();
    const hubCell = document.querySelector('.rankings-table tbody tr:first-child td.robustness')!;
    const expected = robustness(applyFilters(rankingsFixture(), emptyFilters()), { metric: 'degree' }).actors[0]!;
    expect(hubCell.getAttribute('title')).toBe(
      `Rank ${expected.rank}; at worst ${expected.worstRank} when "${expected.worstAgreement}" is removed`,
    );
  });

  it('adds status, worst rank and agreement to the CSV once computed', async () => {
    render(<RankingsView />);
    fireEvent.click(screen.getByRole('button', { name: 'Rank robustness' }));
    await screen.findByRole('columnheader', { name: 'Robustness' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: /^Download CSV/ }));
    const lines = downloads[0]!.text.split('\r\n').filter(Boolean);
    expect(lines[0]!.endsWith(',kind,sectors,robustness,robustnessWorstRank,robustnessWorstAgreement')).toBe(true);
    expect(lines[1]).toMatch(/^Hub Agency,.*,stable,1,a1$/);
  });

  it('drops the column when the sort moves to another metric, and offers to compute for that one', async () => {
    render(<RankingsView />);
    fireEvent.click(screen.getByRole('button', { name: 'Rank robustness' }));
    await screen.findByRole('columnheader', { name: 'Robustness' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Betweenness' }));
    expect(screen.queryByRole('columnheader', { name: 'Robustness' })).toBeNull();
    expect(screen.getByText(/falls when any one agreement is removed/).textContent).toContain('betweenness');
  });

  it('words a fragile actor with its worst rank and the agreement behind it', () => {
    const entry = {
      actor: 'x',
      label: 'X',
      rank: 3,
      value: 0.2,
      worstRank: 14,
      worstAgreement: 'stardust',
      worstAgreementLabel: 'StarDust',
      status: 'fragile' as const,
    };
    expect(robustnessText(entry)).toBe('fragile: drops to 14 without StarDust');
    expect(robustnessText({ ...entry, worstRank: 8, status: 'stable' })).toBe('stable');
  });
});
