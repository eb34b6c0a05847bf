// Applies the filters of format.md to a dataset: which actors and agreements pass, and with which parties.
import type { Actor, Agreement, Dataset, Filters } from './types';

/** The year a `since`/`until` value counts as: an integer, or the year of a `YYYY-MM-DD` date. */
export function yearOf(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  const match = /^(-?\d{1,4})/.exec(value);
  return match?.[1] !== undefined ? Number(match[1]) : null;
}

/** True when the agreement is active in year `year` (format.md: since ≤ Y ≤ until, open ends pass). */
export function activeInYear(agreement: Agreement, year: number): boolean {
  const since = yearOf(agreement.since);
  const until = yearOf(agreement.until);
  return (since === null || since <= year) && (until === null || until >= year);
}

/** An agreement's own sectors, or, where it lists none, the union of its parties' sectors. */
export function effectiveSectors(agreement: Agreement, actorsById: ReadonlyMap<string, Actor>): string[] {
  if (agreement.sectors && agreement.sectors.length > 0) return agreement.sectors;
  const union = new Set<string>();
  for (const party of agreement.parties) {
    for (const sector of actorsById.get(party)?.sectors ?? []) union.add(sector);
  }
  return [...union];
}

const meets = (values: readonly string[] | undefined, wanted: ReadonlySet<string>): boolean =>
  (values ?? []).some((value) => wanted.has(value));

/** A passing agreement together with the parties of it that pass (always two or more). */
export interface PassingAgreement {
  agreement: Agreement;
  /** Often the agreement's own `parties` array (passingParties): never to be changed. */
  parties: readonly string[];
}

export interface FilteredDataset {
  actors: Actor[];
  actorsById: Map<string, Actor>;
  agreements: PassingAgreement[];
}

export function actorIndex(dataset: Pick<Dataset, 'actors'>): Map<string, Actor> {
  return new Map(dataset.actors.map((actor) => [actor.id, actor]));
}

/** Up to this many parties, repeats are found by looking back along the list rather than in a Set. */
export const LOOKBACK_PARTIES = 16;

/**
 * An agreement's parties that pass, each once, in the order listed: the agreement's own array when that is all of
 * them (read-only, as every reader treats it), so the usual case allocates nothing. A copy per agreement, and a Set
 * for repeats that validation already refuses, were most of a 50,000-agreement run's 40–60 ms.
 */
export function passingParties(parties: readonly string[], passing: ReadonlyMap<string, unknown>): readonly string[] {
  const seen = parties.length > LOOKBACK_PARTIES ? new Set<string>() : null;
  let out: string[] | null = null; // null while every party so far passes and none repeats
  for (let i = 0; i < parties.length; i++) {
    const party = parties[i]!;
    const repeat = seen === null ? i > 0 && parties.lastIndexOf(party, i - 1) >= 0 : seen.has(party);
    seen?.add(party);
    if (passing.has(party) && !repeat) out?.push(party);
    else out ??= parties.slice(0, i);
  }
  return out ?? parties;
}

/** Agreements a filter run's step goes through: a part of a 50,000-agreement filter, 10–40 ms on this machine. */
export const FILTER_STEP_AGREEMENTS = 5000;

/** applyFilters done a step at a time: the same result, for a caller that lets the page through between steps. */
export interface FilterRun {
  /** How many steps the whole run takes (each `step()` does one; more do nothing). */
  readonly steps: number;
  /** Does the next step; true once the result is complete. */
  step(): boolean;
  /** Does every step left and returns the result: the same object on every call. */
  finish(): FilteredDataset;
}

/**
 * Starts applyFilters over `dataset`, to be done in steps of `perStep` agreements: first the agreements' own
 * filters, then the actors in one step, then each passing agreement's passing parties.
 */
export function startFilter(
  dataset: Pick<Dataset, 'actors' | 'agreements'>,
  filters: Filters,
  perStep = FILTER_STEP_AGREEMENTS,
): FilterRun {
  const allActors = actorIndex(dataset);
  const sectorSet = new Set(filters.sectors);
  const countrySet = new Set(filters.countries);
  const actorKindSet = new Set<string>(filters.actorKinds);
  const agreementKindSet = new Set<string>(filters.agreementKinds);

  // Documented only: illustrative records are dropped before anything else, as if absent from the file.
  const documented = (record: { evidence?: string }): boolean =>
    !filters.documentedOnly || record.evidence !== 'illustrative';
  const passesOwnFilters = (agreement: Agreement): boolean =>
    documented(agreement) &&
    (agreementKindSet.size === 0 || agreementKindSet.has(agreement.kind)) &&
    (filters.year === null || activeInYear(agreement, filters.year)) &&
    (sectorSet.size === 0 || meets(effectiveSectors(agreement, allActors), sectorSet));
  const passesAsActor = (actor: Actor, partyOfCandidate: ReadonlySet<string>): boolean =>
    documented(actor) &&
    (actorKindSet.size === 0 || actorKindSet.has(actor.kind)) &&
    (countrySet.size === 0 || countrySet.has(actor.country)) &&
    (sectorSet.size === 0 || meets(actor.sectors, sectorSet) || partyOfCandidate.has(actor.id));

  const all = dataset.agreements;
  const candidates: Agreement[] = [];
  let actors: Actor[] = [];
  let actorsById = new Map<string, Actor>();
  const agreements: PassingAgreement[] = [];
  // Where the run is: agreements [0, checked) filtered, the actors chosen or not, candidates [0, joined) joined.
  let checked = 0;
  let actorsChosen = false;
  let joined = 0;
  let result: FilteredDataset | null = null;

  const step = (): boolean => {
    if (result !== null) return true;
    if (checked < all.length) {
      const end = Math.min(all.length, checked + perStep);
      for (; checked < end; checked++) if (passesOwnFilters(all[checked]!)) candidates.push(all[checked]!);
      return false;
    }
    if (!actorsChosen) {
      const partyOfCandidate = new Set<string>();
      if (sectorSet.size > 0) {
        for (const agreement of candidates) for (const party of agreement.parties) partyOfCandidate.add(party);
      }
      actors = dataset.actors.filter((actor) => passesAsActor(actor, partyOfCandidate));
      actorsById = new Map(actors.map((actor) => [actor.id, actor]));
      actorsChosen = true;
      return false;
    }
    const end = Math.min(candidates.length, joined + perStep);
    for (; joined < end; joined++) {
      const agreement = candidates[joined]!;
      const parties = passingParties(agreement.parties, actorsById);
      if (parties.length >= 2) agreements.push({ agreement, parties });
    }
    if (joined < candidates.length) return false;
    result = { actors, actorsById, agreements };
    return true;
  };
  return {
    // The agreements' parts, the actors, and at most as many parts again for the joins.
    steps: 2 * Math.ceil(all.length / perStep) + 2,
    step,
    finish() {
      while (!step());
      return result!;
    },
  };
}

/**
 * Selects actors and agreements as format.md says. An agreement first passes its own filters
 * (kind, year, sector); an actor passes its kind and country filters and, under a sector filter,
 * must list a wanted sector or be party to a passing agreement. Agreements left with fewer than
 * two passing parties drop out.
 */
export function applyFilters(dataset: Pick<Dataset, 'actors' | 'agreements'>, filters: Filters): FilteredDataset {
  return startFilter(dataset, filters, Infinity).finish();
}
