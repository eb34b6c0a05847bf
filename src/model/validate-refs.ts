// Checks that need the whole file: unique ids, references that resolve, parties, real dates and since ≤ until.
import { isKnownCountry, countryByName, ISO_CODES } from './countries';
import { isRecord, nameOf, ownValue as own, pointer, ProblemList, quote } from './problems';
import { LIST_OF, RECORDS } from './schema-spec';
import type { RecordName } from './schema-spec';
import { Suggester } from './suggest';

type ListName = Exclude<RecordName, 'dataset'>;

/** The records of one top-level list that are objects, with their index (others were reported already). */
export function recordsOf(dataset: Record<string, unknown>, name: ListName): [Record<string, unknown>, number][] {
  const key = LIST_OF[name];
  const list = Object.hasOwn(dataset, key) ? dataset[key] : undefined;
  if (!Array.isArray(list)) return [];
  const out: [Record<string, unknown>, number][] = [];
  list.forEach((item, index) => {
    if (isRecord(item)) out.push([item, index]);
  });
  return out;
}

/** Ids of one list (first occurrence wins), reporting each later duplicate. */
function collectIds(dataset: Record<string, unknown>, name: ListName, problems: ProblemList): Set<string> {
  const idKey = RECORDS[name].idKey as string;
  const first = new Map<string, number>();
  for (const [record, index] of recordsOf(dataset, name)) {
    const id = own(record, idKey);
    if (typeof id !== 'string' || id === '') continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      problems.error(
        pointer(pointer(`/${LIST_OF[name]}`, index), idKey),
        `${RECORDS[name].noun} ${idKey} ${quote(id)} is used twice (first at /${LIST_OF[name]}/${earlier}): each ${RECORDS[name].noun} needs its own ${idKey}`,
      );
  }
  return new Set(first.keys());
}

/** A full date's parts, or null when the day does not exist (2011-02-30). */
function realDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Compares since and until: by full date when both are dates, else by year (a date counts by its year). */
function startsAfterEnd(since: unknown, until: unknown): boolean {
  const yearOf = (v: unknown): number | null =>
    typeof v === 'number' ? v : typeof v === 'string' ? Number(v.slice(0, 4)) : null;
  if (typeof since === 'string' && typeof until === 'string') return since > until;
  const a = yearOf(since);
  const b = yearOf(until);
  return a !== null && b !== null && a > b;
}

export interface Resolved {
  actorIds: Set<string>;
  sectorIds: Set<string>;
  declaredCountries: Set<string>;
}

/** Runs every whole-file check and returns the id sets the warnings need. */
export function checkReferences(dataset: Record<string, unknown>, problems: ProblemList): Resolved {
  const sourceIds = collectIds(dataset, 'source', problems);
  const sectorIds = collectIds(dataset, 'sector', problems);
  const declaredCountries = collectIds(dataset, 'country', problems);
  const actorIds = collectIds(dataset, 'actor', problems);
  collectIds(dataset, 'agreement', problems);
  collectIds(dataset, 'view', problems);

  const hints = {
    source: new Suggester([...sourceIds]),
    sector: new Suggester([...sectorIds]),
    actor: new Suggester([...actorIds]),
  };
  const known = { source: sourceIds, sector: sectorIds, actor: actorIds };
  const countryHints = new Suggester([...ISO_CODES, ...declaredCountries]);
  const checkIds = (
    record: Record<string, unknown>,
    key: string,
    of: 'source' | 'sector' | 'actor',
    at: string,
    noun: 'actor' | 'agreement',
  ) => {
    // Without an "actors" list (already an error) every party would be unknown: say it once, not per party.
    if (of === 'actor' && !Array.isArray(own(dataset, 'actors'))) return;
    const ids = own(record, key);
    if (!Array.isArray(ids)) return;
    for (let index = 0; index < ids.length; index++) {
      const id: unknown = ids[index];
      if (typeof id !== 'string' || id === '' || known[of].has(id)) continue;
      const list = LIST_OF[of];
      const where =
        known[of].size === 0 ? ` — the file has no "${list}" list; add one` : ` — add it to "${list}" or fix the id`;
      problems.error(
        pointer(pointer(at, key), index),
        `${nameOf(record, noun)} refers to unknown ${of} ${quote(id)}${hints[of].hint(id)}${where}`,
      );
    }
  };

  for (const [actor, index] of recordsOf(dataset, 'actor')) {
    const at = `/actors/${index}`;
    const country = own(actor, 'country');
    if (typeof country === 'string' && country !== '' && !isKnownCountry(country) && !declaredCountries.has(country)) {
      const guess =
        countryByName(country) ?? (isKnownCountry(country.toUpperCase()) ? country.toUpperCase() : undefined);
      const hint = guess !== undefined ? ` (did you mean ${quote(guess)}?)` : countryHints.hint(country);
      problems.error(
        pointer(at, 'country'),
        `${nameOf(actor, 'actor')} is in unknown country ${quote(country)}${hint}: use an ISO 3166-1 alpha-2 code such as "FI", or declare the code in "countries"`,
      );
    }
    checkIds(actor, 'sectors', 'sector', at, 'actor');
    checkIds(actor, 'sources', 'source', at, 'actor');
  }

  for (const [agreement, index] of recordsOf(dataset, 'agreement')) {
    const at = `/agreements/${index}`;
    checkIds(agreement, 'parties', 'actor', at, 'agreement');
    checkIds(agreement, 'sectors', 'sector', at, 'agreement');
    checkIds(agreement, 'sources', 'source', at, 'agreement');
    checkParties(agreement, at, problems);
    for (const key of ['since', 'until']) {
      const value = own(agreement, key);
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !realDate(value))
        problems.error(
          pointer(at, key),
          `"${key}" of ${nameOf(agreement, 'agreement')} is not a real date: ${quote(value)} does not exist in the calendar`,
        );
    }
    const since = own(agreement, 'since');
    const until = own(agreement, 'until');
    if (startsAfterEnd(since, until))
      problems.error(
        pointer(at, 'since'),
        `${nameOf(agreement, 'agreement')} starts (since ${JSON.stringify(since)}) after it ends (until ${JSON.stringify(until)}): swap or correct the dates`,
      );
  }
  return { actorIds, sectorIds, declaredCountries };
}

function checkParties(agreement: Record<string, unknown>, at: string, problems: ProblemList): void {
  const raw = own(agreement, 'parties');
  if (!Array.isArray(raw)) return;
  let distinct = 0;
  let allText = true;
  // Repeats found by looking back: parties lists are short, and a Set per agreement cost more on large files.
  const large = raw.length > 16 ? new Set<unknown>() : null;
  for (let index = 0; index < raw.length; index++) {
    const party: unknown = raw[index];
    if (typeof party !== 'string') {
      allText = false;
      continue;
    }
    const repeat = large !== null ? large.has(party) : raw.indexOf(party) < index;
    large?.add(party);
    if (!repeat) distinct++;
    else
      problems.error(
        pointer(pointer(at, 'parties'), index),
        `${nameOf(agreement, 'agreement')} lists party ${quote(party)} twice: remove the repeat`,
      );
  }
  // A party that is not text was reported already; counting the rest would only repeat that error.
  if (!allText) return;
  const partiesAt = pointer(at, 'parties');
  if (own(agreement, 'kind') === 'bilateral' && raw.length !== 2)
    problems.error(
      partiesAt,
      `${nameOf(agreement, 'agreement')} is bilateral, so it needs exactly two parties, but it lists ${raw.length}: fix the parties, or use kind "multilateral" for more than two`,
    );
  else if (distinct < 2)
    problems.error(
      partiesAt,
      `${nameOf(agreement, 'agreement')} needs at least two different parties, but it has ${distinct}: an agreement ties two or more actors together`,
    );
}
