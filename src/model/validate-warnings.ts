// The warnings of format.md: unknown keys, actors in no agreement, domestic ties, and repeated agreements.
import { countryName } from './countries';
import { ownValue as own, pointer, ProblemList, quote } from './problems';
import { recordsOf } from './validate-refs';
import type { UnknownKey } from './validate-shape';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The values without repeats, first occurrence first (short lists, the usual case, skip building a Set). */
function distinct(values: string[]): string[] {
  if (values.length > 16) return [...new Set(values)];
  const out: string[] = [];
  for (const value of values) if (!out.includes(value)) out.push(value);
  return out;
}

/** What makes two agreements "the same" for the repeat warning: kind, and parties and sectors as sorted sets. */
interface Content {
  pointer: string;
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
    const parties = distinct(strings(own(agreement, 'parties')));
    for (const party of parties) inSomeAgreement.add(party);
    // Named only when a warning is written: this loop runs for every agreement, and most have none.
    const who = (): string => {
      const id = own(agreement, 'id');
      return typeof id === 'string' && id !== '' ? `agreement ${quote(id)}` : 'this agreement';
    };

    const only = parties.length >= 2 ? countryOf.get(parties[0]!) : undefined;
    if (only !== undefined && parties.every((party) => countryOf.get(party) === only))
      problems.warning(
        `/agreements/${index}`,
        `${who()} is domestic: all its parties are in ${countryName(only)} (${quote(only)}); it is kept, but it is not a cross-border tie`,
      );

    const kind = own(agreement, 'kind');
    if (typeof kind !== 'string' || parties.length < 2) continue;
    const content: Content = {
      pointer: `/agreements/${index}`,
      kind,
      parties: parties.sort(),
      sectors: distinct(strings(own(agreement, 'sectors'))).sort(),
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
        content.pointer,
        `${who()} has the same kind, parties and sectors as the agreement at ${earlier.pointer}: both count, so the tie weighs double — remove one if they are the same agreement`,
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
