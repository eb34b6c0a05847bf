// csrFromFiltered builds exactly the CSR of the graphology actor graph (nodes, arcs, weights, order), without graphology.
import { describe, expect, it } from 'vitest';
import { csrFromFiltered, toCsr } from '../../../src/analysis/csr';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom } from '../../../src/model/graph';
import { emptyFilters, type Dataset, type Filters, type Projection } from '../../../src/model/types';
import { caseName, loadFixtures } from './reference-fixtures';

function expectSameCsr(dataset: Dataset, filters: Filters, projection: Projection): void {
  const filtered = applyFilters(dataset, filters);
  const mine = csrFromFiltered(filtered, projection);
  const theirs = toCsr(actorGraphFrom(filtered, projection));
  expect(mine.nodes).toEqual(theirs.nodes);
  expect([...mine.offsets]).toEqual([...theirs.offsets]);
  expect([...mine.targets]).toEqual([...theirs.targets]);
  expect([...mine.weights]).toEqual([...theirs.weights]);
}

describe('csrFromFiltered', () => {
  for (const fixture of loadFixtures()) {
    for (const c of fixture.cases) {
      it(`equals toCsr(actorGraphFrom) on ${caseName(fixture, c)}`, () =>
        expectSameCsr(fixture.dataset, c.filters, c.projection));
    }
  }

  it('equals toCsr(actorGraphFrom) on generated networks, both projections, with and without filters', () => {
    const dataset = generateDataset({ actors: 400, agreements: 1800, seed: 9 });
    const year: Filters = { ...emptyFilters(), year: 2015 };
    for (const projection of ['clique', 'hub'] as const) {
      expectSameCsr(dataset, emptyFilters(), projection);
      expectSameCsr(dataset, year, projection);
    }
  });
});
