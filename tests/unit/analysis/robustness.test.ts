// Rank robustness against NetworkX: ranks, worst ranks and the agreements behind them equal the reference exactly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { robustness, ROBUSTNESS_EXACT_LIMIT, type RobustnessMetric } from '../../../src/analysis/robustness';
import { CancelledError } from '../../../src/analysis/types';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters, type Dataset, type Filters } from '../../../src/model/types';
import { parseDatasetText } from '../../../src/model/validate';
import { caseName, loadFixtures, type ExpectedRobustness } from './reference-fixtures';

interface RobustnessFixture {
  name: string;
  /** The repository path of the dataset (the sample), or the dataset itself. */
  source?: string;
  dataset?: Dataset;
  cases: Array<{ filters: Filters; expected: ExpectedRobustness }>;
}

const root = new URL('../../../', import.meta.url);
const readFixture = (name: string): RobustnessFixture =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`tests/fixtures/reference/robustness/${name}.json`, root)), 'utf8'),
  ) as RobustnessFixture;

function datasetOf(fixture: RobustnessFixture): Dataset {
  if (fixture.dataset !== undefined) return fixture.dataset;
  const loaded = parseDatasetText(readFileSync(fileURLToPath(new URL(fixture.source!, root)), 'utf8'));
  if (!loaded.ok) throw new Error(`${fixture.source} does not load`);
  return loaded.dataset;
}

/** Everything but the metric values (NetworkX has its own last bits) and the labels (for reports only). */
function comparable(result: ReturnType<typeof robustness>): ExpectedRobustness {
  return {
    ...result,
    actors: result.actors.map(({ actor, rank, worstRank, worstAgreement, status }) => ({
      actor,
      rank,
      worstRank,
      worstAgreement,
      status,
    })),
  };
}

describe('robustness on the NetworkX reference fixtures (components, isolates, repeated pairs, hubs)', () => {
  const cases = loadFixtures().flatMap((fixture) =>
    fixture.cases.flatMap((c) =>
      Object.entries(c.expected.robustness ?? {}).map(([metric, expected]) => ({ fixture, c, metric, expected })),
    ),
  );

  it('has reference cases for every metric and both projections', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((entry) => entry.metric)).size).toBe(9);
    expect(new Set(cases.map((entry) => entry.c.projection))).toEqual(new Set(['clique', 'hub']));
  });

  for (const { fixture, c, metric, expected } of cases) {
    it(`${caseName(fixture, c)} ${metric}: top 10, ranks, worst ranks and agreements equal NetworkX's`, () => {
      const filtered = applyFilters(fixture.dataset, { ...emptyFilters(), ...c.filters });
      const result = robustness(filtered, { metric: metric as RobustnessMetric, projection: c.projection });
      expect(comparable(result)).toEqual(expected);
    });
  }
});

describe('robustness on the sample and on a network past the exact limit', () => {
  for (const name of ['bsr-stars', 'many-agreements']) {
    const fixture = readFixture(name);
    const dataset = datasetOf(fixture);
    for (const { filters, expected } of fixture.cases) {
      it(`${name} ${expected.projection} ${expected.metric} ${JSON.stringify(filters)}: equals NetworkX's`, () => {
        const filtered = applyFilters(dataset, { ...emptyFilters(), ...filters });
        const result = robustness(filtered, {
          metric: expected.metric as RobustnessMetric,
          projection: expected.projection,
        });
        expect(comparable(result)).toEqual(expected);
      });
    }
  }

  it('past 1,000 passing agreements removes only those with a party in the top 10, and says it is not exact', () => {
    const dataset = datasetOf(readFixture('many-agreements'));
    const filtered = applyFilters(dataset, emptyFilters());
    expect(filtered.agreements.length).toBeGreaterThan(ROBUSTNESS_EXACT_LIMIT);
    const result = robustness(filtered, { metric: 'degree' });
    const top = new Set(result.actors.map((entry) => entry.actor));
    const touching = filtered.agreements.filter((passing) => passing.parties.some((party) => top.has(party)));
    expect(result.exact).toBe(false);
    expect(result.removed).toBe(touching.length);
    expect(result.removed).toBeLessThan(filtered.agreements.length);
  });

  it('with no passing agreement keeps each actor at its own rank, names no agreement and calls it stable', () => {
    const dataset = datasetOf(readFixture('many-agreements'));
    const filtered = applyFilters({ ...dataset, agreements: [] }, emptyFilters());
    const result = robustness(filtered, { metric: 'betweenness' });
    expect(result.removed).toBe(0);
    expect(result.actors).toHaveLength(10);
    for (const entry of result.actors) {
      expect(entry).toMatchObject({ rank: 1, worstRank: 1, worstAgreement: null, status: 'stable' });
    }
  });

  it('reports progress that only grows, within removals too, and stops with CancelledError when cancelled', () => {
    const filtered = applyFilters(datasetOf(readFixture('bsr-stars')), emptyFilters());
    const seen: number[] = [];
    robustness(filtered, { metric: 'betweenness', onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThan(filtered.agreements.length);
    expect(seen.every((fraction, i) => i === 0 || fraction >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
    const signal = { cancelled: false };
    const run = (): unknown =>
      robustness(filtered, {
        metric: 'betweenness',
        signal,
        onProgress: (fraction) => (signal.cancelled = fraction > 0.3),
      });
    expect(run).toThrow(CancelledError);
  });
});
