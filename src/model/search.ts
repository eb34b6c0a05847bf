// Accent-insensitive search over actor, country and agreement names: the pure index behind the search box.
import type { Dataset } from './types';

export type SearchKind = 'actor' | 'country' | 'agreement';

/** One thing the user can find: its kind, id, visible label and a short description. */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  label: string;
  /** Shown under the label, e.g. "cluster · Helsinki, FI". */
  detail: string;
  /** Folded label, what the query is matched against first. */
  key: string;
  /** Folded extra words (id, city, country code…) that also match, ranked lower. */
  extra: string;
}

export interface SearchHit {
  entry: SearchEntry;
  /** Lower is better: 0 label starts with the query, 1 a word of the label does, 2 label contains it, 3 extra words do. */
  rank: number;
}

/** Letters that NFD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
]);
const SPECIAL_PATTERN = /[øæœßłđðþı]/g;

/**
 * Folds text for matching: lower case, NFD with combining marks removed ("Ö" → "o"), the letters
 * that do not decompose mapped by hand ("Øresund" → "oresund", "Straße" → "strasse"), runs of
 * spaces collapsed.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS.get(letter) ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const KIND_ORDER: Record<SearchKind, number> = { actor: 0, country: 1, agreement: 2 };

/** Builds the entries of a dataset. `countryName` gives a country's display name (defaults to the code). */
export function buildSearchIndex(
  dataset: Pick<Dataset, 'actors' | 'agreements' | 'countries'>,
  countryName: (code: string) => string = (code) => code,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const countryCodes = new Set<string>();
  for (const actor of dataset.actors) {
    countryCodes.add(actor.country);
    const place = actor.city ? `${actor.city}, ${actor.country}` : actor.country;
    entries.push({
      kind: 'actor',
      id: actor.id,
      label: actor.label,
      detail: `${actor.kind} · ${place}`,
      key: foldText(actor.label),
      extra: foldText([actor.id, actor.city ?? '', countryName(actor.country)].join(' ')),
    });
  }
  for (const country of dataset.countries ?? []) countryCodes.add(country.code);
  for (const code of [...countryCodes].sort()) {
    const label = countryName(code);
    entries.push({
      kind: 'country',
      id: code,
      label,
      detail: code,
      key: foldText(label),
      extra: foldText(code),
    });
  }
  for (const agreement of dataset.agreements) {
    const label = agreement.label ?? agreement.id;
    entries.push({
      kind: 'agreement',
      id: agreement.id,
      label,
      detail: `${agreement.kind}, ${agreement.parties.length} parties`,
      key: foldText(label),
      extra: foldText(agreement.id),
    });
  }
  return entries;
}

/** How well one folded query token matches an entry, or null when it does not. */
function tokenRank(entry: SearchEntry, token: string): number | null {
  if (entry.key.startsWith(token)) return 0;
  if (entry.key.split(/[\s\-–/(),.]+/).some((word) => word.startsWith(token))) return 1;
  if (entry.key.includes(token)) return 2;
  if (entry.extra.includes(token)) return 3;
  return null;
}

/**
 * Finds the entries that match every word of the query (accent-insensitive), best first:
 * by rank, then actors before countries before agreements, then by label.
 */
export function search(index: readonly SearchEntry[], query: string, limit = 20): SearchHit[] {
  const tokens = foldText(query)
    .split(' ')
    .filter((token) => token !== '');
  if (tokens.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let rank = 0;
    let matched = true;
    for (const token of tokens) {
      const r = tokenRank(entry, token);
      if (r === null) {
        matched = false;
        break;
      }
      rank = Math.max(rank, r);
    }
    if (matched) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.key.localeCompare(b.entry.key) ||
      a.entry.id.localeCompare(b.entry.id),
  );
  return hits.slice(0, limit);
}
