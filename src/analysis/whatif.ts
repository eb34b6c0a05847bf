// What-if: hypothetical agreements added to a dataset and kept apart by id, and the best bridging agreement.
import { AGREEMENT_KINDS, type Agreement, type AgreementKind, type Dataset, type Filters } from '../model/types';
import { countryPairGaps, isolatedActors } from './gaps';
import { analysisScope, byCode as compareText } from './scope';

/** What the user asks for: an agreement that does not exist (yet). */
export interface HypotheticalSpec {
  parties: string[];
  kind: AgreementKind;
  sectors: string[];
  label?: string;
}

/**
 * A dataset with hypothetical agreements in it, and the ids of those agreements. The mark sits in
 * the set beside the records, never inside them, so the records stay valid `alliance-graph@1`.
 */
export interface WhatIf {
  dataset: Dataset;
  hypothetical: ReadonlySet<string>;
}

export const whatIfOf = (dataset: Dataset): WhatIf => ({ dataset, hypothetical: new Set() });

/** What is wrong with a hypothetical agreement, in words; an empty list when it can be added. */
export function checkHypothetical(dataset: Dataset, spec: HypotheticalSpec): string[] {
  const problems: string[] = [];
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));
  const parties = new Set(spec.parties);
  for (const party of spec.parties) {
    if (!actorIds.has(party))
      problems.push(`Party "${party}" is not an actor of this dataset: pick one from the list.`);
  }
  if (parties.size !== spec.parties.length) problems.push('The same party is listed twice: remove the repeat.');
  if (parties.size < 2) problems.push('An agreement needs at least two different parties: add another party.');
  if (spec.kind === 'bilateral' && parties.size !== 2) {
    problems.push(`A bilateral agreement has exactly two parties, not ${parties.size}: choose "multilateral".`);
  }
  if (!(AGREEMENT_KINDS as readonly string[]).includes(spec.kind)) {
    problems.push(`Unknown agreement kind "${spec.kind}": use one of ${AGREEMENT_KINDS.join(', ')}.`);
  }
  const sectorIds = new Set((dataset.sectors ?? []).map((sector) => sector.id));
  for (const sector of spec.sectors) {
    if (!sectorIds.has(sector)) problems.push(`Unknown sector "${sector}": pick one of the dataset's sectors.`);
  }
  return problems;
}

/** An agreement id not used in the dataset: `what-if-1`, `what-if-2`, … */
function freshId(dataset: Dataset): string {
  const used = new Set(dataset.agreements.map((agreement) => agreement.id));
  let n = 1;
  while (used.has(`what-if-${n}`)) n++;
  return `what-if-${n}`;
}

/** Adds a hypothetical agreement; throws an Error listing the problems when the spec is not valid. */
export function addHypothetical(state: WhatIf, spec: HypotheticalSpec): { state: WhatIf; id: string } {
  const problems = checkHypothetical(state.dataset, spec);
  if (problems.length > 0) throw new Error(`What-if agreement not added: ${problems.join(' ')}`);
  const id = freshId(state.dataset);
  const agreement: Agreement = {
    id,
    kind: spec.kind,
    parties: [...spec.parties],
    label: spec.label !== undefined && spec.label.trim() !== '' ? spec.label.trim() : `What-if ${id.slice(8)}`,
  };
  if (spec.sectors.length > 0) agreement.sectors = [...spec.sectors];
  const dataset: Dataset = { ...state.dataset, agreements: [...state.dataset.agreements, agreement] };
  return { state: { dataset, hypothetical: new Set([...state.hypothetical, id]) }, id };
}

/** Removes one hypothetical agreement again (a real agreement is never removed here). */
export function removeHypothetical(state: WhatIf, id: string): WhatIf {
  if (!state.hypothetical.has(id)) return state;
  const hypothetical = new Set(state.hypothetical);
  hypothetical.delete(id);
  const agreements = state.dataset.agreements.filter((agreement) => agreement.id !== id);
  return { dataset: { ...state.dataset, agreements }, hypothetical };
}

/** The dataset for export: with the hypothetical agreements, or without them. */
export function exportable(state: WhatIf, withHypothetical: boolean): Dataset {
  if (withHypothetical || state.hypothetical.size === 0) return state.dataset;
  const agreements = state.dataset.agreements.filter((agreement) => !state.hypothetical.has(agreement.id));
  return { ...state.dataset, agreements };
}

/** The agreement that would close the most gaps / connect the most isolated actors in a sector. */
export interface BridgeSuggestion {
  sector: string;
  kind: 'bilateral' | 'multilateral';
  /** One actor per country, in the order of `countries`. */
  parties: string[];
  countries: string[];
  /** Country-pair gaps in the sector that the agreement would close, each pair sorted. */
  closesGaps: [string, string][];
  /** Isolated actors in the sector that the agreement would connect. */
  connectsIsolated: string[];
  /** closesGaps.length + connectsIsolated.length: what is maximised. */
  value: number;
}

export interface BridgeOptions {
  /** Largest number of parties (countries) considered; default 3. */
  maxParties?: number;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Which single agreement in sector s would do the most (docs/gaps.md): over every set of 2 to
 * `maxParties` countries with actors in s, value = gaps in s closed among them + isolated actors in s
 * connected (one actor per country: an isolated one where there is one, then a cluster, then by id).
 * Ties: larger summed gap score, then fewer parties, then country codes. Null when nothing would change.
 */
export function bestBridgingAgreement(
  dataset: Dataset,
  filters: Filters,
  sector: string,
  options: BridgeOptions = {},
): BridgeSuggestion | null {
  const maxParties = Math.max(2, Math.floor(options.maxParties ?? 3));
  const scope = analysisScope(dataset, filters);
  const filtered = scope.filtered;
  const actorsIn = new Map<string, string[]>();
  for (const actor of filtered.actors) {
    if (!(actor.sectors ?? []).includes(sector)) continue;
    const list = actorsIn.get(actor.country) ?? [];
    list.push(actor.id);
    actorsIn.set(actor.country, list);
  }
  // The gap and isolation figures are the ones of analysis.md, from analysis/gaps.
  const gapScore = new Map(countryPairGaps(scope, sector).map((gap) => [pairKey(...gap.countries), gap.score]));
  const isolated = new Set(isolatedActors(scope, sector).map((entry) => entry.actor));
  const countries = [...actorsIn.keys()].sort(compareText);
  const pick = new Map<string, { actor: string; isolated: boolean }>();
  for (const code of countries) {
    const ranked = [...(actorsIn.get(code) ?? [])].sort((a, b) => {
      const alone = Number(isolated.has(b)) - Number(isolated.has(a));
      const cluster =
        Number(filtered.actorsById.get(b)?.kind === 'cluster') - Number(filtered.actorsById.get(a)?.kind === 'cluster');
      return alone || cluster || compareText(a, b);
    });
    const actor = ranked[0]!;
    pick.set(code, { actor, isolated: isolated.has(actor) });
  }
  let best: { set: string[]; gaps: [string, string][]; value: number; score: number } | null = null;
  const consider = (set: string[]): void => {
    const gaps: [string, string][] = [];
    let score = 0;
    for (let i = 0; i < set.length; i++) {
      for (let j = i + 1; j < set.length; j++) {
        const gap = gapScore.get(pairKey(set[i]!, set[j]!));
        if (gap === undefined) continue;
        gaps.push([set[i]!, set[j]!]);
        score += gap;
      }
    }
    const value = gaps.length + set.filter((code) => pick.get(code)?.isolated === true).length;
    if (value === 0) return;
    const better =
      best === null ||
      value > best.value ||
      (value === best.value &&
        (score > best.score ||
          (score === best.score &&
            (set.length < best.set.length ||
              (set.length === best.set.length && compareText(set.join(','), best.set.join(',')) < 0)))));
    if (better) best = { set, gaps, value, score };
  };
  // Exhaustive over country sets (sorted, so each set once). Sets grow as n^k: past 60 countries
  // with actors in s (a world-wide file) only pairs and triples are tried.
  const limit = Math.min(countries.length > 60 ? 3 : maxParties, maxParties, countries.length);
  const walk = (start: number, set: string[]): void => {
    if (set.length >= 2) consider(set);
    if (set.length === limit) return;
    for (let i = start; i < countries.length; i++) walk(i + 1, [...set, countries[i]!]);
  };
  walk(0, []);
  if (best === null) return null;
  const chosen: { set: string[]; gaps: [string, string][]; value: number } = best;
  const parties = chosen.set.map((code) => pick.get(code)!.actor);
  return {
    sector,
    kind: parties.length === 2 ? 'bilateral' : 'multilateral',
    parties,
    countries: chosen.set,
    closesGaps: chosen.gaps,
    connectsIsolated: chosen.set
      .filter((code) => pick.get(code)?.isolated === true)
      .map((code) => pick.get(code)!.actor),
    value: chosen.value,
  };
}
