// Loads the NetworkX reference fixtures (tests/fixtures/reference/*.json, made by scripts/reference/make_fixtures.py).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset, Filters, Projection } from '../../../src/model/types';

export interface ExpectedActor {
  degree: number;
  strength: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number;
  constraint: number | null;
  crossBorderPartners: number;
}

export interface ExpectedCountry {
  actors: number;
  agreements: number;
  crossBorderAgreements: number;
  partnerCountries: number;
  strength: number;
  betweenness: number;
  pagerank: number;
}

export interface ReferenceCase {
  filters: Filters;
  projection: Projection;
  expected: {
    actors: Record<string, ExpectedActor>;
    countries: Record<string, ExpectedCountry>;
    passingAgreements: string[];
    louvainModularityMean?: number;
    modularityByCountry?: number;
    recommendations: Array<{ actor: string; partner: string; score: number }>;
    adamicAdar: Array<[string, string, number]>;
    /** Clique cases: the top three brokers' betweenness split by country pair (analysis.md "Explained brokerage"). */
    brokerage?: Record<
      string,
      {
        unnormalised: number;
        networkxBetweenness: number;
        byCountryPair: Array<{ countries: [string, string]; pairs: number }>;
      }
    >;
    /** Rank robustness by metric (analysis.md "Rank robustness"): the fields of Robustness but the values. */
    robustness?: Record<string, ExpectedRobustness>;
  };
}

export interface ExpectedRobustness {
  metric: string;
  projection: Projection;
  exact: boolean;
  passingAgreements: number;
  removed: number;
  actors: Array<{
    actor: string;
    rank: number;
    worstRank: number;
    worstAgreement: string | null;
    status: 'stable' | 'fragile';
  }>;
}

export interface ReferenceFixture {
  name: string;
  dataset: Dataset;
  cases: ReferenceCase[];
}

const folder = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));

export function loadFixtures(): ReferenceFixture[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(folder + file, 'utf8')) as ReferenceFixture);
}

export const caseName = (fixture: ReferenceFixture, c: ReferenceCase): string =>
  `${fixture.name} ${c.projection} ${JSON.stringify(c.filters)}`;

/** Reads the JSON's object keys safely: fixture ids include `__proto__` and `constructor`. */
export function entriesOf<T>(record: Record<string, T>): Array<[string, T]> {
  return Object.keys(record).map((key) => [key, Object.getOwnPropertyDescriptor(record, key)?.value as T]);
}
