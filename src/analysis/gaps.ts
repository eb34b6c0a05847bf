// Sector coverage and gaps (analysis.md, "Gaps and recommendations"): who is in a sector, and which ties are missing.
import type { PassingAgreement } from '../model/filter';
import { byCode, partyCountries, type AnalysisScope } from './scope';
import type { CountryCoverage, CountryPairGap, IsolatedActor, SectorCoverage, SectorSummary } from './types';

/** Each sector's passing agreements in agreement order, per scope: one pass for all sectors instead of one per sector and figure. */
const bySector = new WeakMap<AnalysisScope, Map<string, PassingAgreement[]>>();

function inSector(scope: AnalysisScope, sector: string): PassingAgreement[] {
  let lists = bySector.get(scope);
  if (lists === undefined) {
    lists = new Map();
    for (const passing of scope.filtered.agreements) {
      for (const id of scope.agreementSectors.get(passing) ?? []) {
        const list = lists.get(id);
        if (list === undefined) lists.set(id, [passing]);
        else list.push(passing);
      }
    }
    bySector.set(scope, lists);
  }
  return lists.get(sector) ?? [];
}

/** Passing actors whose `sectors` list the sector, per country. */
function actorsPerCountry(scope: AnalysisScope, sector: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const actor of scope.filtered.actors) {
    if (actor.sectors?.includes(sector)) counts.set(actor.country, (counts.get(actor.country) ?? 0) + 1);
  }
  return counts;
}

/** One cell of the sector × country-pair matrix; `countries[0] === countries[1]` holds domestic agreements. */
export interface MatrixCell {
  countries: [string, string];
  count: number;
  agreements: string[];
}

export interface SectorCountryMatrix {
  sector: string;
  /** Countries with an actor in the sector or a party to an agreement in it, sorted by code. */
  countries: string[];
  /** Coverage per country, in `countries` order. */
  coverage: CountryCoverage[];
  /** Only the pairs with at least one agreement, sorted by the pair's codes. */
  cells: MatrixCell[];
}

/**
 * For the gap matrix: per unordered country pair, the passing agreements in the sector with a party
 * in each (an agreement across three countries counts in each of its three pairs).
 */
export function sectorCountryMatrix(scope: AnalysisScope, sector: string): SectorCountryMatrix {
  const actors = actorsPerCountry(scope, sector);
  const cells = new Map<string, MatrixCell>();
  const agreementsIn = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  const countries = new Set<string>(actors.keys());
  for (const passing of inSector(scope, sector)) {
    const codes = partyCountries(scope, passing);
    const pairs: Array<[string, string]> =
      codes.length === 1
        ? [[codes[0]!, codes[0]!]]
        : codes.flatMap((a, i) => codes.slice(i + 1).map((b): [string, string] => [a, b]));
    for (const code of codes) {
      countries.add(code);
      agreementsIn.set(code, (agreementsIn.get(code) ?? 0) + 1);
      const set = partners.get(code) ?? new Set<string>();
      for (const other of codes) if (other !== code) set.add(other);
      partners.set(code, set);
    }
    for (const pair of pairs) {
      const key = `${pair[0]}\u0000${pair[1]}`;
      const cell = cells.get(key) ?? { countries: pair, count: 0, agreements: [] };
      cell.count++;
      cell.agreements.push(passing.agreement.id);
      cells.set(key, cell);
    }
  }
  const sorted = [...countries].sort(byCode);
  return {
    sector,
    countries: sorted,
    coverage: sorted.map((country) => ({
      country,
      actors: actors.get(country) ?? 0,
      agreements: agreementsIn.get(country) ?? 0,
      partnerCountries: partners.get(country)?.size ?? 0,
    })),
    cells: [...cells.values()].sort(
      (a, b) => byCode(a.countries[0], b.countries[0]) || byCode(a.countries[1], b.countries[1]),
    ),
  };
}

/** Coverage per country for each sector: actors in it, agreements in it, partner countries in it. */
export function sectorCoverage(scope: AnalysisScope, sectors: readonly string[]): SectorCoverage[] {
  return sectors.map((sector) => ({ sector, countries: sectorCountryMatrix(scope, sector).coverage }));
}

/** The `sectors` rows of the report: actors, agreements and countries (with an actor) in each sector. */
export function sectorSummaries(scope: AnalysisScope, sectors: readonly string[]): SectorSummary[] {
  return sectors.map((id) => {
    const actors = actorsPerCountry(scope, id);
    let total = 0;
    for (const count of actors.values()) total += count;
    return { id, actors: total, agreements: inSector(scope, id).length, countries: actors.size };
  });
}

/**
 * Country pairs that both have an actor in the sector but no passing agreement in it joining them,
 * scored actorsInS(c) × actorsInS(d), highest first, ties by the codes.
 */
export function countryPairGaps(scope: AnalysisScope, sector: string): CountryPairGap[] {
  const actors = actorsPerCountry(scope, sector);
  const joined = new Set<string>();
  for (const passing of inSector(scope, sector)) {
    const codes = partyCountries(scope, passing);
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) joined.add(`${codes[i]}\u0000${codes[j]}`);
  }
  const codes = [...actors.keys()].sort(byCode);
  const gaps: CountryPairGap[] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const a = codes[i]!;
      const b = codes[j]!;
      if (!joined.has(`${a}\u0000${b}`))
        gaps.push({ sector, countries: [a, b], score: actors.get(a)! * actors.get(b)! });
    }
  }
  // Stable sort keeps the code order for equal scores.
  return gaps.sort((x, y) => y.score - x.score);
}

/** Actors in the sector that are party to no cross-border passing agreement in it, in dataset order. */
export function isolatedActors(scope: AnalysisScope, sector: string): IsolatedActor[] {
  const linked = new Set<string>();
  for (const passing of inSector(scope, sector)) {
    if (partyCountries(scope, passing).length >= 2) for (const party of passing.parties) linked.add(party);
  }
  return scope.filtered.actors
    .filter((actor) => actor.sectors?.includes(sector) && !linked.has(actor.id))
    .map((actor) => ({ sector, actor: actor.id }));
}

/**
 * Clusters that share no passing agreement with an agency: the weak link between cluster
 * development and export promotion. Only passing parties count. Dataset order.
 */
export function exportLinkGaps(scope: AnalysisScope): string[] {
  const { actorsById } = scope.filtered;
  const linked = new Set<string>();
  for (const passing of scope.filtered.agreements) {
    if (passing.parties.some((party) => actorsById.get(party)?.kind === 'agency')) {
      for (const party of passing.parties) linked.add(party);
    }
  }
  return scope.filtered.actors
    .filter((actor) => actor.kind === 'cluster' && !linked.has(actor.id))
    .map((actor) => actor.id);
}
