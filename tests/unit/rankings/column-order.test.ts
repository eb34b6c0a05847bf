// The rankings' column order: in a narrow frame the sorted column follows the actor's name; elsewhere the order is fixed.
import { describe, expect, it } from 'vitest';
import { columnsInOrder, RANKING_COLUMNS } from '../../../src/view/rankings/rankings-data';

const keys = (narrow: boolean, sortedBy: Parameters<typeof columnsInOrder>[0]): string[] =>
  columnsInOrder(sortedBy, narrow).map((column) => column.key);

describe('columnsInOrder', () => {
  it('puts the sorted metric second in a narrow frame and keeps every other column in its order after it', () => {
    const fixed = RANKING_COLUMNS.map((column) => column.key);
    expect(keys(true, 'betweenness')).toEqual([
      'label',
      'betweenness',
      ...fixed.filter((k) => k !== 'label' && k !== 'betweenness'),
    ]);
    expect(keys(true, 'kind').slice(0, 2)).toEqual(['label', 'kind']);
  });

  it('keeps the fixed order in a wide frame, and when the table is sorted by name', () => {
    const fixed = RANKING_COLUMNS.map((column) => column.key);
    expect(keys(false, 'betweenness')).toEqual(fixed);
    expect(keys(true, 'label')).toEqual(fixed);
  });

  it('shows every column exactly once whatever the sort', () => {
    for (const column of RANKING_COLUMNS) {
      expect([...keys(true, column.key)].sort()).toEqual(RANKING_COLUMNS.map((c) => c.key).sort());
    }
  });
});
