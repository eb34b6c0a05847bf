// Country scorecard: per country the pure figures a briefing quotes, and their CSV.
import { csvCell, csvDocument, csvLine } from '../model/exports/csv';
import type { PassingAgreement } from '../model/filter';
import { byCode, type AnalysisScope } from './scope';

/** An actor whose removal alone cuts the country off from one or more partner countries. */
export interface SinglePointOfFailure {
  actor: string;
  /** The actor's own country: it may sit on either side of the tie. */
  country: string;
  /** Partner countries that no passing agreement would join the country with, once the actor is gone. */
  cutsOff: string[];
}

export interface CountryScorecard {
  code: string;
  /** Passing actors in the country. */
  actors: number;
  /** Passing agreements with at least one party in the country. */
  agreements: number;
  /** The target sectors counted (the denominator of `targetShare`). */
  targetSectors: string[];
  /** Target sectors in which a passing agreement joins an actor here with one abroad. */
  sectorsWithForeignPartner: string[];
  /** sectorsWithForeignPartner / targetSectors, 0 when there are no target sectors. */
  targetShare: number;
  /** Other countries joined to this one by a passing agreement, sorted by code. */
  partnerCountries: string[];
  /** Agreements of the country with exactly two passing parties. */
  bilateral: number;
  /** Agreements of the country with three or more passing parties. */
  multilateral: number;
  /** Up to `top` actors of the country by betweenness (descending), ties by id. */
  topActors: { id: string; betweenness: number }[];
  singlePointsOfFailure: SinglePointOfFailure[];
  /** Clusters of the country with no agreement that includes an agency (analysis.md export-link gap). */
  exportLinkGaps: string[];
}

export interface ScorecardContext {
  /** Sectors the share is counted over: analysedSectors(dataset, filters) of analysis/scope. */
  targetSectors: readonly string[];
  /** Betweenness per actor id, from the actor metrics of analysis.md. */
  betweenness: ReadonlyMap<string, number>;
  /** Actor ids of the export-link gaps of analysis.md (all countries). */
  exportLinkGaps: readonly string[];
  /** How many top actors to list; default 3. */
  top?: number;
}

/** A passing agreement with its passing parties grouped by country. */
interface Tie {
  passing: PassingAgreement;
  members: Map<string, string[]>;
}

/** Each agreement's parties by country, computed once per scope and shared by every country's card. */
const tiesOfScope = new WeakMap<AnalysisScope, Map<string, Tie[]>>();
function tiesByCountry(scope: AnalysisScope): Map<string, Tie[]> {
  let byCountry = tiesOfScope.get(scope);
  if (byCountry !== undefined) return byCountry;
  byCountry = new Map();
  for (const passing of scope.filtered.agreements) {
    const members = new Map<string, string[]>();
    for (const party of passing.parties) {
      const country = scope.filtered.actorsById.get(party)?.country;
      if (country === undefined) continue;
      const list = members.get(country);
      if (list) list.push(party);
      else members.set(country, [party]);
    }
    const tie = { passing, members };
    for (const country of members.keys()) {
      const list = byCountry.get(country);
      if (list) list.push(tie);
      else byCountry.set(country, [tie]);
    }
  }
  tiesOfScope.set(scope, byCountry);
  return byCountry;
}

/**
 * Single points of failure of country `c` (docs/gaps.md): for each partner country d, an actor a
 * (of c or of d) such that no passing agreement still joins a remaining actor of c with an actor of d
 * once a is removed from every agreement (an agreement left with fewer than two parties drops out).
 * A c–d agreement survives losing a unless a is its only party in c or its only party in d, so a
 * cuts c off from d exactly when it is such a sole party in every c–d agreement.
 */
export function singlePointsOfFailure(scope: AnalysisScope, c: string): SinglePointOfFailure[] {
  const { filtered } = scope;
  // For each partner d, the actors that every c–d agreement so far depends on (null before the first).
  const needed = new Map<string, Set<string>>();
  for (const { members } of tiesByCountry(scope).get(c) ?? []) {
    const ours = members.get(c) ?? [];
    for (const [d, theirs] of members) {
      if (d === c) continue;
      const sofar = needed.get(d);
      if (sofar !== undefined && sofar.size === 0) continue; // already safe: two agreements need different actors
      const soleOurs = ours.length === 1 ? ours[0] : undefined;
      const soleTheirs = theirs.length === 1 ? theirs[0] : undefined;
      if (sofar === undefined) {
        needed.set(d, new Set([soleOurs, soleTheirs].filter((actor) => actor !== undefined)));
        continue;
      }
      for (const actor of sofar) if (actor !== soleOurs && actor !== soleTheirs) sofar.delete(actor);
    }
  }
  const cuts = new Map<string, string[]>();
  for (const d of [...needed.keys()].sort(byCode)) {
    for (const actor of needed.get(d) ?? []) {
      const list = cuts.get(actor);
      if (list) list.push(d);
      else cuts.set(actor, [d]);
    }
  }
  return [...cuts.entries()]
    .map(([actor, cutsOff]) => ({ actor, country: filtered.actorsById.get(actor)?.country ?? '', cutsOff }))
    .sort((a, b) => ((a.country === c) !== (b.country === c) ? (a.country === c ? -1 : 1) : byCode(a.actor, b.actor)));
}

/** The scorecard of one country on an already filtered dataset. */
export function countryScorecard(scope: AnalysisScope, c: string, context: ScorecardContext): CountryScorecard {
  const { filtered } = scope;
  const own = filtered.actors.filter((actor) => actor.country === c);
  const ownIds = new Set(own.map((actor) => actor.id));
  const partners = new Set<string>();
  const foreignSectors = new Set<string>();
  let agreements = 0;
  let bilateral = 0;
  let multilateral = 0;
  for (const { passing, members } of tiesByCountry(scope).get(c) ?? []) {
    agreements++;
    if (passing.parties.length === 2) bilateral++;
    else multilateral++;
    if (members.size < 2) continue;
    for (const d of members.keys()) if (d !== c) partners.add(d);
    for (const sector of scope.agreementSectors.get(passing) ?? []) foreignSectors.add(sector);
  }
  const targets = [...new Set(context.targetSectors)];
  const withPartner = targets.filter((sector) => foreignSectors.has(sector));
  const topActors = own
    .map((actor) => ({ id: actor.id, betweenness: context.betweenness.get(actor.id) ?? 0 }))
    .sort((a, b) => b.betweenness - a.betweenness || byCode(a.id, b.id))
    .slice(0, context.top ?? 3);
  return {
    code: c,
    actors: own.length,
    agreements,
    targetSectors: targets,
    sectorsWithForeignPartner: withPartner,
    targetShare: targets.length === 0 ? 0 : withPartner.length / targets.length,
    partnerCountries: [...partners].sort(byCode),
    bilateral,
    multilateral,
    topActors,
    singlePointsOfFailure: singlePointsOfFailure(scope, c),
    exportLinkGaps: context.exportLinkGaps.filter((id) => ownIds.has(id)),
  };
}

/** Scorecards of every country with a passing actor, sorted by code. */
export function countryScorecards(scope: AnalysisScope, context: ScorecardContext): CountryScorecard[] {
  const codes = [...new Set(scope.filtered.actors.map((actor) => actor.country))].sort(byCode);
  return codes.map((code) => countryScorecard(scope, code, context));
}

/** One CSV cell: the writer every spreadsheet CSV uses (model/exports/csv.ts: RFC 4180 quoting, formula guard). */
export { csvCell };

export const SCORECARD_CSV_HEADER = [
  'code',
  'country',
  'actors',
  'agreements',
  'target sectors with a foreign partner',
  'target sectors',
  'target share',
  'partner countries',
  'partner country codes',
  'bilateral',
  'multilateral',
  'top actors by betweenness',
  'single points of failure',
  'clusters without an export-promotion tie',
] as const;

/** The scorecards as CSV (one row per country, lists joined with "; "), labels looked up by the caller. */
export function scorecardsCsv(
  cards: readonly CountryScorecard[],
  countryName: (code: string) => string,
  actorLabel: (id: string) => string,
): string {
  const rows: (string | number)[][] = [[...SCORECARD_CSV_HEADER]];
  for (const card of cards) {
    rows.push([
      card.code,
      countryName(card.code),
      card.actors,
      card.agreements,
      card.sectorsWithForeignPartner.join('; '),
      card.targetSectors.join('; '),
      Math.round(card.targetShare * 1000) / 1000,
      card.partnerCountries.length,
      card.partnerCountries.join('; '),
      card.bilateral,
      card.multilateral,
      card.topActors.map((top) => `${actorLabel(top.id)} (${top.betweenness.toFixed(3)})`).join('; '),
      card.singlePointsOfFailure.map((spof) => `${actorLabel(spof.actor)} → ${spof.cutsOff.join(', ')}`).join('; '),
      card.exportLinkGaps.map(actorLabel).join('; '),
    ]);
  }
  return csvDocument(rows.map(csvLine));
}
