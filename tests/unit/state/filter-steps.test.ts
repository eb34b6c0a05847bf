// filteredOf prepared in steps: the steps do the filter's work, and filteredOf then returns their result unchanged.
import { describe, expect, it } from 'vitest';
import { applyFilters, FILTER_STEP_AGREEMENTS } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters } from '../../../src/model/types';
import { filteredOf, filterStepsOf } from '../../../src/state/derived';

const dataset = generateDataset({ actors: 1000, agreements: 3 * FILTER_STEP_AGREEMENTS + 17, seed: 5 });

describe('filterStepsOf', () => {
  it('splits a filter of 15,017 agreements into ten steps whose result filteredOf then returns as its own', () => {
    const filters = { ...emptyFilters(), year: 2014 };
    const steps = filterStepsOf(dataset, filters);
    // Four parts of agreements, the actors, at most four parts of joins.
    expect(steps).toHaveLength(10);
    for (const step of steps) step();
    const result = filteredOf(dataset, { ...filters });
    expect(filteredOf(dataset, { ...filters })).toBe(result);
    const whole = applyFilters(dataset, filters);
    expect(result.agreements.map((passing) => passing.agreement.id)).toEqual(
      whole.agreements.map((passing) => passing.agreement.id),
    );
    expect(result.actors).toHaveLength(whole.actors.length);
  });

  it('keeps the last two filters: turning one off again finds the first result', () => {
    const none = filteredOf(dataset, emptyFilters());
    const year = filteredOf(dataset, { ...emptyFilters(), year: 2012 });
    expect(year).not.toBe(none);
    expect(filteredOf(dataset, emptyFilters())).toBe(none);
  });
});
