// What the gap, coverage and country figures read: the filtered dataset plus each passing agreement's effective sectors.
import {
  actorIndex,
  applyFilters,
  effectiveSectors,
  type FilteredDataset,
  type PassingAgreement,
} from '../model/filter';
import type { Dataset, Filters } from '../model/types';

export interface AnalysisScope {
  dataset: Dataset;
  filtered: FilteredDataset;
  /** Effective sectors (format.md) of each passing agreement, read from all its parties, passing or not. */
  agreementSectors: Map<PassingAgreement, Set<string>>;
  /** Countries of each passing agreement's passing parties, sorted (filled by scopeOf; see partyCountries). */
  agreementCountries?: Map<PassingAgreement, string[]>;
}

export function scopeOf(dataset: Dataset, filtered: FilteredDataset): AnalysisScope {
  const all = actorIndex(dataset);
  const agreementSectors = new Map<PassingAgreement, Set<string>>();
  const agreementCountries = new Map<PassingAgreement, string[]>();
  const scope: AnalysisScope = { dataset, filtered, agreementSectors };
  for (const passing of filtered.agreements) {
    agreementSectors.set(passing, new Set(effectiveSectors(passing.agreement, all)));
    agreementCountries.set(passing, partyCountries(scope, passing));
  }
  scope.agreementCountries = agreementCountries;
  return scope;
}

export const analysisScope = (dataset: Dataset, filters: Filters): AnalysisScope =>
  scopeOf(dataset, applyFilters(dataset, filters));

/** Countries of an agreement's passing parties, sorted (a shared list: do not change it). */
export function partyCountries(scope: AnalysisScope, passing: PassingAgreement): string[] {
  const known = scope.agreementCountries?.get(passing);
  if (known !== undefined) return known;
  const { actorsById } = scope.filtered;
  const { parties } = passing;
  // Most agreements are bilateral: no Set and no sort for them (50,000 of each at 5,000 actors).
  if (parties.length === 2) {
    const a = actorsById.get(parties[0]!)?.country;
    const b = actorsById.get(parties[1]!)?.country;
    if (a === undefined) return b === undefined ? [] : [b];
    if (b === undefined || a === b) return [a];
    return a < b ? [a, b] : [b, a];
  }
  const codes = new Set<string>();
  for (const party of parties) {
    const actor = actorsById.get(party);
    if (actor !== undefined) codes.add(actor.country);
  }
  return [...codes].sort();
}

/** Code-unit order, the same in every locale (ids and ISO codes are compared with it throughout). */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The sectors that gaps and coverage are computed for (analysis.md): the sector filter if set, else
 * the ones asked for, else every sector with `target: true`; where a dataset marks none as target,
 * every declared sector (and failing that every sector an actor lists), so the report is never empty by accident.
 */
export function analysedSectors(dataset: Dataset, filters: Filters, asked: readonly string[] = []): string[] {
  if (filters.sectors.length > 0) return [...new Set(filters.sectors)];
  if (asked.length > 0) return [...new Set(asked)];
  const declared = dataset.sectors ?? [];
  const targets = declared.filter((sector) => sector.target === true).map((sector) => sector.id);
  if (targets.length > 0) return targets;
  if (declared.length > 0) return declared.map((sector) => sector.id);
  return [...new Set(dataset.actors.flatMap((actor) => actor.sectors ?? []))];
}
