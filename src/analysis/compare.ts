// Compare two years (or two datasets) of the same network: what was added, ended, joined, and who moved.
import type { FilteredDataset, PassingAgreement } from '../model/filter';
import { actorGraphFrom, actorIdOf } from '../model/graph';
import type { AgreementKind, Dataset, Filters } from '../model/types';
import { betweennessClosenessSteps } from './brandes';
import { degrees } from './centrality';
import { toCsr } from './csr';
import { runSteps, scaled, type Steps } from './steps';
import { countryPairGaps, sectorCoverage, sectorSummaries } from './gaps';
import { analysedSectors, analysisScope, type AnalysisScope } from './scope';
import type { CountryCoverage } from './types';

export interface AgreementChange {
  id: string;
  label: string;
  kind: AgreementKind;
  /** Countries of its passing parties, sorted. */
  countries: string[];
  parties: string[];
}

export type RankMetric = 'betweenness' | 'degree';

export interface RankMove {
  actor: string;
  label: string;
  country: string;
  /** Competition rank (1 = highest; equal values share a rank) before and after. */
  before: number;
  after: number;
  /** before − after: positive when the actor climbed. */
  move: number;
  valueBefore: number;
  valueAfter: number;
}

export interface Comparison {
  /** Agreements that pass after but not before (matched by id). */
  added: AgreementChange[];
  /** Agreements that pass before but not after. */
  ended: AgreementChange[];
  /** Countries with a cross-border agreement after and none before, sorted; `left` the other way. */
  joined: string[];
  left: string[];
  metric: RankMetric;
  /** Largest rank moves first (|move| descending, then rank after, then id); unchanged ranks left out. */
  rankMoves: RankMove[];
  /** Coverage and gaps of each analysed sector, before and after. */
  sectors: SectorChange[];
}

/** One sector before and after: totals, gaps closed and opened, and the countries whose coverage changed. */
export interface SectorChange {
  sector: string;
  actors: [number, number];
  agreements: [number, number];
  /** Countries with an actor in the sector. */
  countries: [number, number];
  gaps: [number, number];
  /** Country pairs that were a gap before and are not after, and the other way round (sorted pairs). */
  closedGaps: [string, string][];
  openedGaps: [string, string][];
  coverage: CoverageChange[];
}

export interface CompareOptions {
  metric?: RankMetric;
  /** How many rank moves to keep; default 10. */
  top?: number;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function countriesOf(filtered: FilteredDataset, parties: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const party of parties) {
    const code = filtered.actorsById.get(party)?.country;
    if (code !== undefined) codes.add(code);
  }
  return [...codes].sort(compareText);
}

function change(filtered: FilteredDataset, { agreement, parties }: PassingAgreement): AgreementChange {
  return {
    id: agreement.id,
    label: agreement.label ?? agreement.id,
    kind: agreement.kind,
    countries: countriesOf(filtered, parties),
    parties: [...parties],
  };
}

function crossBorderCountries(filtered: FilteredDataset): Set<string> {
  const out = new Set<string>();
  for (const { parties } of filtered.agreements) {
    const codes = countriesOf(filtered, parties);
    if (codes.length >= 2) for (const code of codes) out.add(code);
  }
  return out;
}

/** Metric values of every actor on the clique actor graph of a filtered dataset, as Steps (betweenness reports progress). */
function* metricValuesSteps(filtered: FilteredDataset, metric: RankMetric): Steps<Map<string, number>> {
  const csr = toCsr(actorGraphFrom(filtered, 'clique'));
  const values = metric === 'degree' ? degrees(csr) : (yield* betweennessClosenessSteps(csr)).betweenness;
  return new Map(csr.nodes.map((key, i) => [actorIdOf(key), values[i]!]));
}

/** Competition ranks ("1224"): 1 + the number of actors with a clearly higher value. */
export function competitionRanks(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => b - a);
  const ranks = new Map<string, number>();
  for (const [id, value] of values) {
    // Float sums from different graphs differ in the last bits; 1e-12 keeps equal values equal.
    let higher = 0;
    while (higher < sorted.length && sorted[higher]! > value + 1e-12) higher++;
    ranks.set(id, higher + 1);
  }
  return ranks;
}

function sectorChange(before: AnalysisScope, after: AnalysisScope, sector: string): SectorChange {
  const [summaryBefore] = sectorSummaries(before, [sector]);
  const [summaryAfter] = sectorSummaries(after, [sector]);
  const gapsBefore = countryPairGaps(before, sector).map((gap) => gap.countries);
  const gapsAfter = countryPairGaps(after, sector).map((gap) => gap.countries);
  const keys = (pairs: [string, string][]): Set<string> => new Set(pairs.map((pair) => pair.join('\u0000')));
  const was = keys(gapsBefore);
  const is = keys(gapsAfter);
  const byPair = (a: [string, string], b: [string, string]): number =>
    compareText(a[0], b[0]) || compareText(a[1], b[1]);
  return {
    sector,
    actors: [summaryBefore?.actors ?? 0, summaryAfter?.actors ?? 0],
    agreements: [summaryBefore?.agreements ?? 0, summaryAfter?.agreements ?? 0],
    countries: [summaryBefore?.countries ?? 0, summaryAfter?.countries ?? 0],
    gaps: [gapsBefore.length, gapsAfter.length],
    closedGaps: gapsBefore.filter((pair) => !is.has(pair.join('\u0000'))).sort(byPair),
    openedGaps: gapsAfter.filter((pair) => !was.has(pair.join('\u0000'))).sort(byPair),
    coverage: coverageChanges(
      sectorCoverage(before, [sector])[0]?.countries ?? [],
      sectorCoverage(after, [sector])[0]?.countries ?? [],
    ),
  };
}

/**
 * The comparison of two versions of the network (each a dataset under filters, as an analysis scope),
 * as Steps: the two metric runs (Brandes for betweenness) report progress, each half of the whole.
 */
export function* compareScopesSteps(
  beforeScope: AnalysisScope,
  afterScope: AnalysisScope,
  sectors: readonly string[],
  options: CompareOptions = {},
): Steps<Comparison> {
  const before = beforeScope.filtered;
  const after = afterScope.filtered;
  const metric = options.metric ?? 'betweenness';
  const beforeIds = new Set(before.agreements.map((passing) => passing.agreement.id));
  const afterIds = new Set(after.agreements.map((passing) => passing.agreement.id));
  const added = after.agreements.filter((p) => !beforeIds.has(p.agreement.id)).map((p) => change(after, p));
  const ended = before.agreements.filter((p) => !afterIds.has(p.agreement.id)).map((p) => change(before, p));
  const crossBefore = crossBorderCountries(before);
  const crossAfter = crossBorderCountries(after);
  const valuesBefore = yield* scaled(metricValuesSteps(before, metric), 0, 0.5);
  const valuesAfter = yield* scaled(metricValuesSteps(after, metric), 0.5, 1);
  // Ranks are compared over the actors present in both versions only.
  const common = (values: Map<string, number>, other: Map<string, number>): Map<string, number> =>
    new Map([...values].filter(([id]) => other.has(id)));
  const ranksBefore = competitionRanks(common(valuesBefore, valuesAfter));
  const ranksAfter = competitionRanks(common(valuesAfter, valuesBefore));
  const moves: RankMove[] = [];
  for (const [id, rankAfter] of ranksAfter) {
    const rankBefore = ranksBefore.get(id)!;
    if (rankBefore === rankAfter) continue;
    const actor = after.actorsById.get(id);
    moves.push({
      actor: id,
      label: actor?.label ?? id,
      country: actor?.country ?? '',
      before: rankBefore,
      after: rankAfter,
      move: rankBefore - rankAfter,
      valueBefore: valuesBefore.get(id) ?? 0,
      valueAfter: valuesAfter.get(id) ?? 0,
    });
  }
  moves.sort((a, b) => Math.abs(b.move) - Math.abs(a.move) || a.after - b.after || compareText(a.actor, b.actor));
  return {
    added,
    ended,
    joined: [...crossAfter].filter((code) => !crossBefore.has(code)).sort(compareText),
    left: [...crossBefore].filter((code) => !crossAfter.has(code)).sort(compareText),
    metric,
    rankMoves: moves.slice(0, options.top ?? 10),
    sectors: sectors.map((sector) => sectorChange(beforeScope, afterScope, sector)),
  };
}

/** The comparison of two versions of the network, run straight through. */
export const compareScopes = (
  beforeScope: AnalysisScope,
  afterScope: AnalysisScope,
  sectors: readonly string[],
  options: CompareOptions = {},
): Comparison => runSteps(compareScopesSteps(beforeScope, afterScope, sectors, options));

/** The network in year y1 against year y2 (the year filter replaced by each year in turn), as Steps. */
export function compareYearsSteps(
  dataset: Dataset,
  filters: Filters,
  y1: number,
  y2: number,
  options: CompareOptions = {},
): Steps<Comparison> {
  return compareScopesSteps(
    analysisScope(dataset, { ...filters, year: y1 }),
    analysisScope(dataset, { ...filters, year: y2 }),
    analysedSectors(dataset, filters),
    options,
  );
}

/** The network in year y1 against year y2, run straight through (the CLI and tests; the app runs the Steps in a worker). */
export const compareYears = (
  dataset: Dataset,
  filters: Filters,
  y1: number,
  y2: number,
  options: CompareOptions = {},
): Comparison => runSteps(compareYearsSteps(dataset, filters, y1, y2, options));

/** Two datasets (e.g. two editions of a file) under the same filters; agreements matched by id. */
export function compareDatasets(
  before: Dataset,
  after: Dataset,
  filters: Filters,
  options: CompareOptions = {},
): Comparison {
  const sectors = [...new Set([...analysedSectors(before, filters), ...analysedSectors(after, filters)])];
  return compareScopes(analysisScope(before, filters), analysisScope(after, filters), sectors, options);
}

/** One country's coverage of a sector before and after (only countries where something changed). */
export interface CoverageChange {
  country: string;
  actors: [number, number];
  agreements: [number, number];
  partnerCountries: [number, number];
}

/** Per country changes between two coverage lists of one sector (analysis.md coverage), sorted by code. */
export function coverageChanges(
  before: readonly CountryCoverage[],
  after: readonly CountryCoverage[],
): CoverageChange[] {
  const zero = (country: string): CountryCoverage => ({ country, actors: 0, agreements: 0, partnerCountries: 0 });
  const was = new Map(before.map((row) => [row.country, row]));
  const is = new Map(after.map((row) => [row.country, row]));
  const codes = [...new Set([...was.keys(), ...is.keys()])].sort(compareText);
  const out: CoverageChange[] = [];
  for (const code of codes) {
    const a = was.get(code) ?? zero(code);
    const b = is.get(code) ?? zero(code);
    if (a.actors === b.actors && a.agreements === b.agreements && a.partnerCountries === b.partnerCountries) continue;
    out.push({
      country: code,
      actors: [a.actors, b.actors],
      agreements: [a.agreements, b.agreements],
      partnerCountries: [a.partnerCountries, b.partnerCountries],
    });
  }
  return out;
}
