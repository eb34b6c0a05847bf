// Import stays linear in rows and columns: made ids for equal labels, and header mapping of very wide sheets.
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordSheet, type SheetRow } from '../../../src/model/sheets/records';
import { fillMissingIds } from '../../../src/model/sheets/resolve';
import type { SheetProblem } from '../../../src/model/sheets/types';

const restores: (() => void)[] = [];
afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});

/** Counts Set lookups while `work` runs: a deterministic measure of work, unlike wall time. */
function countSetLookups(work: () => void): number {
  const original = Set.prototype.has;
  let count = 0;
  Set.prototype.has = function (this: Set<unknown>, value: unknown): boolean {
    count += 1;
    return original.call(this, value);
  };
  restores.push(() => {
    Set.prototype.has = original;
  });
  try {
    work();
  } finally {
    Set.prototype.has = original;
  }
  return count;
}

/** Counts callback calls of Array#some while `work` runs: a scan inside a loop shows up as n² calls. */
function countSomeCallbacks(work: () => void): number {
  const original = Array.prototype.some;
  let count = 0;
  Array.prototype.some = function <T>(this: T[], test: (value: T, index: number, array: T[]) => unknown): boolean {
    return original.call(this, (value: T, index: number, array: T[]) => {
      count += 1;
      return test(value, index, array);
    });
  };
  restores.push(() => {
    Array.prototype.some = original;
  });
  try {
    work();
  } finally {
    Array.prototype.some = original;
  }
  return count;
}

const equalLabelRows = (n: number): SheetRow[] =>
  Array.from({ length: n }, (_, i) => ({
    record: { label: 'Cluster' },
    origin: { sheet: 'actors', row: i + 2, columns: new Map() },
  }));

describe('fillMissingIds with many equal labels', () => {
  it('gives 20,000 rows with the same label 20,000 different ids', () => {
    const rows = equalLabelRows(20_000);
    fillMissingIds(rows, 'actors', []);
    const ids = rows.map((row) => row.record.id);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(['cluster', 'cluster-2', 'cluster-3']);
    expect(ids[19_999]).toBe('cluster-20000');
  });

  it('does about twice the lookups for twice the rows (linear, not quadratic)', () => {
    const small = countSetLookups(() => fillMissingIds(equalLabelRows(10_000), 'actors', []));
    const large = countSetLookups(() => fillMissingIds(equalLabelRows(20_000), 'actors', []));
    expect(large / small).toBeLessThan(2.2);
  });

  it('skips a made id that a row already holds', () => {
    const rows = equalLabelRows(3);
    rows.push({ record: { id: 'cluster-2', label: 'Other' }, origin: { sheet: 'actors', row: 5, columns: new Map() } });
    const problems: SheetProblem[] = [];
    fillMissingIds(rows, 'actors', problems);
    expect(rows.map((row) => row.record.id)).toEqual(['cluster', 'cluster-3', 'cluster-4', 'cluster-2']);
    expect(problems).toHaveLength(1);
  });
});

const wideSheet = (n: number) => ({
  name: 'actors',
  rows: [
    ['id', 'label', 'kind', 'country', ...Array.from({ length: n }, (_, i) => `extra ${i}`)],
    ['a', 'A', 'cluster', 'FI', ...Array.from({ length: n }, (_, i) => String(i))],
  ],
});

describe('readRecordSheet with very wide sheets', () => {
  it('maps 100,000 extra columns, keeping each as an extra key', () => {
    const read = readRecordSheet(wideSheet(100_000), 'actors', 'name');
    expect(read.summary.columns).toHaveLength(100_004);
    expect(read.summary.unmapped).toHaveLength(100_000);
    expect(read.rows[0]?.record['extra 99999']).toBe(99_999);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  }, 30_000); // Room for a busy machine; linearity is asserted by counting below, not by time.

  it('scans about twice as much for twice the columns (linear, not quadratic)', () => {
    const small = countSomeCallbacks(() => readRecordSheet(wideSheet(10_000), 'actors', 'name'));
    const large = countSomeCallbacks(() => readRecordSheet(wideSheet(20_000), 'actors', 'name'));
    expect(large / small).toBeLessThan(2.2);
  });
});
