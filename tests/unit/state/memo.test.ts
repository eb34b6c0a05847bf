// memoRecent: the selectors' cache of the last few results, so a filter turned off finds the unfiltered scene again.
import { describe, expect, it } from 'vitest';
import { filteredOf, tiesOf } from '../../../src/state/derived';
import { memoRecent } from '../../../src/state/memo';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters } from '../../../src/model/types';

describe('memoRecent', () => {
  it('computes once per argument list among the last two, and forgets the least recent third', () => {
    let calls = 0;
    const double = memoRecent((value: { n: number }) => {
      calls++;
      return value.n * 2;
    });
    const [a, b, c] = [{ n: 1 }, { n: 2 }, { n: 3 }];
    expect([double(a), double(b), double(a), double(b)]).toEqual([2, 4, 2, 4]);
    expect(calls).toBe(2);
    double(c); // evicts a, the least recently used
    expect(calls).toBe(3);
    double(b);
    expect(calls).toBe(3);
    double(a);
    expect(calls).toBe(4);
  });

  it('matches by the key it is given: equal filters in new objects find the same filtered dataset and ties', () => {
    const dataset = generateDataset({ actors: 60, agreements: 200, seed: 3 });
    const none = filteredOf(dataset, emptyFilters());
    const ties = tiesOf(dataset, none, 'clique');
    const year = filteredOf(dataset, { ...emptyFilters(), year: 2012 });
    expect(year).not.toBe(none);
    tiesOf(dataset, year, 'clique');
    // The filter turned off: a new but equal filters object gives back the very same objects.
    const again = filteredOf(dataset, emptyFilters());
    expect(again).toBe(none);
    expect(tiesOf(dataset, again, 'clique')).toBe(ties);
  });

  it('keeps a hub view’s unfiltered ties while the layouts read the unfiltered clique ties and a filter goes on and off', () => {
    const dataset = generateDataset({ actors: 60, agreements: 200, seed: 3 });
    const none = filteredOf(dataset, emptyFilters());
    const hub = tiesOf(dataset, none, 'hub');
    // What the layouts read whatever the projection shown (layout-positions.ts fullTiesOf).
    tiesOf(dataset, none, 'clique');
    tiesOf(dataset, filteredOf(dataset, { ...emptyFilters(), year: 2012 }), 'hub');
    expect(tiesOf(dataset, filteredOf(dataset, emptyFilters()), 'hub')).toBe(hub);
  });
});
