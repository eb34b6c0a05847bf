// The span of years a dataset's agreements cover: the year slider's ends and the trajectories' range.
import { yearOf } from './filter';
import type { Dataset } from './types';

/**
 * [first, last] over every agreement's `since` and `until` (dates count by their year), or null when
 * no agreement carries a year. An open-ended agreement (`until` null) is still active in `asOf`'s year
 * when the dataset gives one, so the span reaches it.
 */
export function yearSpan(dataset: Pick<Dataset, 'agreements' | 'asOf'>): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const agreement of dataset.agreements) {
    for (const value of [agreement.since, agreement.until]) {
      const year = yearOf(value);
      if (year === null) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  if (!Number.isFinite(first)) return null;
  const asOf = yearOf(dataset.asOf ?? null);
  if (asOf !== null && asOf > last && asOf - first < 300) last = asOf;
  return [first, last];
}
