// Explained brokerage against NetworkX: each top broker's betweenness split by the countries of the pairs it connects.
import { describe, expect, it } from 'vitest';
import { brokerageOf } from '../../../src/analysis/brokerage';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters } from '../../../src/model/types';
import { caseName, loadFixtures } from './reference-fixtures';

const fixtures = loadFixtures();

describe('brokerageOf on the NetworkX reference fixtures', () => {
  const cases = fixtures.flatMap((fixture) =>
    fixture.cases
      .filter((c) => c.expected.brokerage !== undefined && Object.keys(c.expected.brokerage).length > 0)
      .map((c) => ({ fixture, c })),
  );

  it('has reference brokers to check (several fixtures, with components, isolates and repeated pairs)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const { fixture, c } of cases) {
    it(`${caseName(fixture, c)}: per-pair sums within 1e-9, adding up to the unnormalised betweenness`, () => {
      const filtered = applyFilters(fixture.dataset, { ...emptyFilters(), ...c.filters });
      for (const [actor, expected] of Object.entries(c.expected.brokerage!)) {
        const result = brokerageOf(filtered, actor)!;
        expect(result.unnormalised).toBeCloseTo(expected.unnormalised, 9);
        expect(result.unnormalised).toBeCloseTo(expected.networkxBetweenness, 9);
        const got = new Map(result.byCountryPair.map((entry) => [entry.countries.join('|'), entry.pairs]));
        expect(got.size).toBe(expected.byCountryPair.length);
        for (const pair of expected.byCountryPair) {
          expect(got.get(pair.countries.join('|')), `${actor} ${pair.countries.join('–')}`).toBeCloseTo(pair.pairs, 9);
        }
        const shares = result.byCountryPair.reduce((sum, entry) => sum + entry.share, 0);
        expect(shares).toBeCloseTo(1, 9);
      }
    });
  }

  it('orders pairs by their sum, largest first, and answers null for an actor the filters drop', () => {
    const { fixture, c } = cases[0]!;
    const filtered = applyFilters(fixture.dataset, { ...emptyFilters(), ...c.filters });
    const [actor] = Object.keys(c.expected.brokerage!);
    const sums = brokerageOf(filtered, actor!)!.byCountryPair.map((entry) => entry.pairs);
    expect(sums).toEqual([...sums].sort((a, b) => b - a));
    expect(brokerageOf(filtered, 'no-such-actor')).toBeNull();
  });
});
