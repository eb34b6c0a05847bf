// applyFilters in steps (startFilter): the same actors, parties and agreements as in one go, for every kind of filter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, startFilter } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters, type Dataset, type Filters } from '../../../src/model/types';

const sample = JSON.parse(readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8')) as Dataset;
const generated = generateDataset({ actors: 300, agreements: 1200, seed: 3 });

/** One filter of each kind the app sets, and two together, named for the failure message. */
function filtersFor(dataset: Dataset): Array<[string, Filters]> {
  const first = dataset.actors[0]!;
  const sector = first.sectors?.[0] ?? 'none';
  return [
    ['none', emptyFilters()],
    ['year', { ...emptyFilters(), year: 2012 }],
    ['sector', { ...emptyFilters(), sectors: [sector] }],
    ['country', { ...emptyFilters(), countries: [first.country] }],
    ['actor kind', { ...emptyFilters(), actorKinds: [first.kind] }],
    ['documented only', { ...emptyFilters(), documentedOnly: true }],
    ['sector and year', { ...emptyFilters(), sectors: [sector], year: 2015 }],
  ];
}

describe('startFilter', () => {
  for (const [name, dataset] of [
    ['the sample', sample],
    ['a generated 300/1,200', generated],
  ] as const) {
    it(`gives ${name} the same result in steps of 97 agreements as applyFilters in one go, within its step count`, () => {
      for (const [filterName, filters] of filtersFor(dataset)) {
        const whole = applyFilters(dataset, filters);
        const run = startFilter(dataset, filters, 97);
        let steps = 0;
        while (!run.step()) steps++;
        expect(steps + 1, filterName).toBeLessThanOrEqual(run.steps);
        const stepped = run.finish();
        expect(
          stepped.actors.map((actor) => actor.id),
          filterName,
        ).toEqual(whole.actors.map((actor) => actor.id));
        expect([...stepped.actorsById.keys()], filterName).toEqual([...whole.actorsById.keys()]);
        expect(
          stepped.agreements.map(({ agreement, parties }) => [agreement.id, parties]),
          filterName,
        ).toEqual(whole.agreements.map(({ agreement, parties }) => [agreement.id, parties]));
      }
    });
  }

  it('does nothing in a step after the last, and finish returns the same object every time', () => {
    const run = startFilter(sample, emptyFilters(), 50);
    const first = run.finish();
    expect(run.step()).toBe(true);
    expect(run.finish()).toBe(first);
    expect(first.agreements.length).toBeGreaterThan(0);
  });

  it('completes a dataset with no agreements in two steps, with every actor kept', () => {
    const run = startFilter({ actors: sample.actors, agreements: [] }, emptyFilters());
    expect(run.steps).toBe(2);
    expect(run.step()).toBe(false);
    expect(run.step()).toBe(true);
    expect(run.finish().actors).toHaveLength(sample.actors.length);
  });
});
