// Colours that hold still: the graph view's colour of a country, sector or kind does not depend on the filter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColorBy } from '../../../src/embed/view-state';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { buildTieIndex, filteredTies } from '../../../src/model/ties';
import { emptyFilters, type Dataset, type Filters } from '../../../src/model/types';
import { encodeNodes } from '../../../src/render/encoding';
import { colorSpecOf } from '../../../src/view/graph-scene';

/** Value → colour as the legend of the graph view shows it, for the dataset under these filters. */
function legendOf(dataset: Dataset, filters: Partial<Filters>, color: ColorBy): Map<string, string> {
  const filtered = applyFilters(dataset, { ...emptyFilters(), ...filters });
  const ties = filteredTies(buildTieIndex(dataset), filtered, 'clique');
  const spec = colorSpecOf(dataset, filtered, ties, color, null, 0);
  const ids = filtered.actors.map((actor) => actor.id);
  const { colorLegend } = encodeNodes(ids, spec, { title: 'Size', values: new Map() });
  if (colorLegend.type !== 'category') throw new Error('expected a category legend');
  return new Map(colorLegend.entries.filter((e) => e.label !== 'Other').map((e) => [e.value, e.color]));
}

function expectStable(dataset: Dataset, color: ColorBy, variants: Partial<Filters>[]): number {
  const seen = new Map<string, Set<string>>();
  for (const filters of [{}, ...variants]) {
    for (const [value, colour] of legendOf(dataset, filters, color)) {
      seen.set(value, (seen.get(value) ?? new Set()).add(colour));
    }
  }
  for (const [value, colours] of seen) expect([...colours], `${color} ${value}`).toHaveLength(1);
  return seen.size;
}

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const generated = generateDataset({ actors: 600, agreements: 2400, seed: 7 });

describe('graph colours across filters', () => {
  it('keep each country, sector and kind of the sample one colour (no filter, sector, Baltic pick, a year)', () => {
    const variants: Partial<Filters>[] = [
      { sectors: ['cleantech'] },
      { countries: ['EE', 'LV', 'LT'] },
      { year: 2012 },
    ];
    for (const color of ['country', 'sector', 'kind'] as const) {
      expect(expectStable(sample, color, variants)).toBeGreaterThan(2);
    }
  });

  it('keep each country of a generated 600-actor network one colour under country and year filters', () => {
    const countries = [...new Set(generated.actors.map((actor) => actor.country))].sort();
    const variants: Partial<Filters>[] = [
      { countries: countries.slice(0, 3) },
      { countries: countries.slice(-4) },
      { year: 2010 },
      { actorKinds: ['cluster'] },
    ];
    expect(expectStable(generated, 'country', variants)).toBeGreaterThan(3);
  });
});
