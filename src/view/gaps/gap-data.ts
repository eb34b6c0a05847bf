// Derived data of the gap views (scope, matrix, gaps, coverage, names), memoised on the store's identities.
import { countryPairGaps, sectorCountryMatrix, sectorCoverage } from '../../analysis/gaps';
import { analysedSectors, scopeOf, type AnalysisScope } from '../../analysis/scope';
import { countryName } from '../../model/countries';
import type { FilteredDataset } from '../../model/filter';
import type { Dataset, Filters } from '../../model/types';
import { filteredOf } from '../../state/derived';
import { memoLast } from '../../state/memo';

export const scopeOfState = memoLast((dataset: Dataset, filtered: FilteredDataset): AnalysisScope =>
  scopeOf(dataset, filtered),
);

/** The analysis scope of the loaded dataset under the current filters. */
export const scopeFor = (dataset: Dataset, filters: Filters): AnalysisScope =>
  scopeOfState(dataset, filteredOf(dataset, filters));

export const analysedSectorsOf = memoLast((dataset: Dataset, filters: Filters): string[] =>
  analysedSectors(dataset, filters),
);

export const matrixOf = memoLast((scope: AnalysisScope, sector: string) => ({
  matrix: sectorCountryMatrix(scope, sector),
  gaps: countryPairGaps(scope, sector),
}));

export const coverageOf = memoLast((scope: AnalysisScope, sectors: readonly string[]) =>
  sectorCoverage(scope, sectors),
);

/** Label lookups for one dataset: countries by name (format.md overrides first), sectors and actors by label. */
export interface Names {
  country: (code: string) => string;
  sector: (id: string) => string;
  actor: (id: string) => string;
}

export const namesOf = memoLast((dataset: Dataset): Names => {
  const sectors = new Map((dataset.sectors ?? []).map((sector) => [sector.id, sector.label]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
  const countries = new Map<string, string>();
  return {
    country: (code) => {
      let name = countries.get(code);
      if (name === undefined) {
        name = countryName(code, dataset);
        countries.set(code, name);
      }
      return name;
    },
    sector: (id) => sectors.get(id) ?? id,
    actor: (id) => actors.get(id) ?? id,
  };
});

/** The sector the matrix shows: the one in the view state if it is analysed, else the first analysed one. */
export function matrixSector(wanted: string | null, sectors: readonly string[]): string | null {
  if (wanted !== null && sectors.includes(wanted)) return wanted;
  return sectors[0] ?? null;
}

/** "3 actors", "1 actor". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
