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
  // Run once per dataset, so mostly before the engine optimises it: plain comparisons, no array per agreement
  // (40 ms cold at 50,000 agreements in Node with them).
  const take = (year: number | null): void => {
    if (year === null) return;
    if (year < first) first = year;
    if (year > last) last = year;
  };
  for (const agreement of dataset.agreements) {
    take(yearOf(agreement.since));
    take(yearOf(agreement.until));
  }
  if (!Number.isFinite(first)) return null;
  const asOf = yearOf(dataset.asOf ?? null);
  if (asOf !== null && asOf > last && asOf - first < 300) last = asOf;
  return [first, last];
}
