// The warnings of format.md: unknown keys, actors in no agreement, domestic ties, repeated agreements, odd colours.
import { isSafeColor } from './color';
import { countryName } from './countries';
import { MAX_CLIQUE_PARTIES } from './graph';
import { nameOf, ownValue as own, pointer, ProblemList, quote } from './problems';
import { recordsOf } from './validate-refs';
import type { UnknownKey } from './validate-shape';
import { groupedInteger } from './number-text';

/** The text items of a list without repeats, first occurrence first, in one new array (runs twice per agreement). */
function distinctStrings(value: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(value)) return out;
  const seen = value.length > 16 ? new Set<string>() : null; // short lists, the usual case, skip the Set
  for (const item of value) {
    if (typeof item !== 'string') continue;
    if (seen !== null ? seen.has(item) : out.includes(item)) continue;
    seen?.add(item);
    out.push(item);
  }
  return out;
}

/** What makes two agreements "the same" for the repeat warning: kind, and parties and sectors as sorted sets. */
interface Content {
  index: number;
  kind: string;
  parties: string[];
  sectors: string[];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** One warning per unknown key name, however many records carry it. */
export function warnUnknownKeys(unknownKeys: ReadonlyMap<string, UnknownKey>, problems: ProblemList): void {
  for (const [key, entry] of unknownKeys) {
    const where = [...entry.places].map(([place, n]) => `${place} ×${n}`).join(', ');
    const places = entry.count === 1 ? '' : ` (found ${entry.count} times: ${where})`;
    const hint = entry.suggestion === undefined ? '' : ` — did you mean ${quote(entry.suggestion)}?`;
    problems.warning(entry.firstPointer, `unknown key ${quote(key)} is kept but not used by the app${places}${hint}`);
  }
}

/** Actors in no agreement, domestic agreements, and agreements that repeat an earlier one. */
export function warnAboutTies(dataset: Record<string, unknown>, problems: ProblemList): void {
  const actors = recordsOf(dataset, 'actor');
  const agreements = recordsOf(dataset, 'agreement');
  const countryOf = new Map<string, string>();
  for (const [actor] of actors) {
    const id = own(actor, 'id');
    const country = own(actor, 'country');
    if (typeof id === 'string' && typeof country === 'string' && !countryOf.has(id)) countryOf.set(id, country);
  }

  const inSomeAgreement = new Set<string>();
  // Agreements grouped by their first two parties in sorted order (a pair rarely has many agreements),
  // then compared field by field: cheaper on large files than building and hashing a text per agreement.
  const byPair = new Map<string, Map<string, Content[]>>();
  for (const [agreement, index] of agreements) {
    const parties = distinctStrings(own(agreement, 'parties'));
    for (const party of parties) inSomeAgreement.add(party);
    if (parties.length > MAX_CLIQUE_PARTIES) {
      const pairs = (parties.length * (parties.length - 1)) / 2;
      problems.warning(
        `/agreements/${index}/parties`,
        `${nameOf(agreement, 'agreement')} has ${groupedInteger(parties.length)} parties: it is drawn and analysed as one node joined to each party (as in the hub projection), because its ${groupedInteger(pairs)} pairs are too many to draw or analyse; split it into smaller agreements if the pairs matter`,
      );
    }
    const only = parties.length >= 2 ? countryOf.get(parties[0]!) : undefined;
    let domestic = only !== undefined;
    for (let i = 1; domestic && i < parties.length; i++) domestic = countryOf.get(parties[i]!) === only;
    if (domestic && only !== undefined)
      problems.warning(
        `/agreements/${index}`,
        `${nameOf(agreement, 'agreement')} is domestic: all its parties are in ${countryName(only)} (${quote(only)}); it is kept, but it is not a cross-border tie`,
      );

    const kind = own(agreement, 'kind');
    if (typeof kind !== 'string' || parties.length < 2) continue;
    const content: Content = {
      index,
      kind,
      parties: parties.sort(),
      sectors: distinctStrings(own(agreement, 'sectors')).sort(),
    };
    const [first, second] = content.parties as [string, string];
    let byFirst = byPair.get(first);
    if (byFirst === undefined) byPair.set(first, (byFirst = new Map()));
    const bucket = byFirst.get(second);
    const earlier = bucket?.find(
      (other) =>
        other.kind === kind && sameList(other.parties, content.parties) && sameList(other.sectors, content.sectors),
    );
    if (earlier !== undefined)
      problems.warning(
        `/agreements/${index}`,
        `${nameOf(agreement, 'agreement')} has the same kind, parties and sectors as the agreement at /agreements/${earlier.index}: both count, so the tie weighs double — remove one if they are the same agreement`,
      );
    else if (bucket !== undefined) bucket.push(content);
    else byFirst.set(second, [content]);
  }

  for (const [actor, index] of actors) {
    const id = own(actor, 'id');
    if (typeof id === 'string' && id !== '' && !inSomeAgreement.has(id))
      problems.warning(
        pointer('/actors', index),
        `actor ${quote(id)} is party to no agreement: it will show without any tie`,
      );
  }
}

/** A sector `color` the app will not draw (a `url(…)`, a CSS expression): warned, then replaced by the palette. */
export function warnAboutColors(dataset: Record<string, unknown>, problems: ProblemList): void {
  for (const [sector, index] of recordsOf(dataset, 'sector')) {
    const color = own(sector, 'color');
    if (typeof color !== 'string' || isSafeColor(color)) continue;
    problems.warning(
      pointer(pointer('/sectors', index), 'color'),
      `${nameOf(sector, 'sector')} has color ${quote(color)}, which the app does not draw (only a hex colour such as "#1b9e77", rgb()/hsl() with plain numbers, or a colour name): its palette colour is used instead — write the colour in one of those forms`,
    );
  }
}
