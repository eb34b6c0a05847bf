// Turns what people type into ids: missing ids from labels, parties and sectors by name, countries by name or code.
import { countryByName, isKnownCountry } from '../countries';
import { suggest } from '../suggest';
import { q, setKey, sheetProblem, type SheetRow } from './records';
import type { SheetProblem } from './types';

/** Lower case, accents dropped, punctuation and spaces folded: "CLEAN  Denmark" and "clean-denmark" meet. */
export const looseKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const slug = (text: string): string => looseKey(text).replace(/ /g, '-').slice(0, 200).replace(/-+$/, '');

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Gives every row without an id one made from its label ("Cleantech Finland" → cleantech-finland),
 * or from its sheet and row when it has no label either; one warning per sheet says so.
 */
export function fillMissingIds(rows: SheetRow[], kind: string, problems: SheetProblem[]): void {
  const taken = new Set(rows.map((row) => text(row.record.id)).filter((id): id is string => id !== undefined));
  const made: { row: SheetRow; id: string; fromLabel: boolean }[] = [];
  // The next suffix to try per base: restarting at 2 for every row made 20,000 equal labels quadratic.
  const nextSuffix = new Map<string, number>();
  for (const row of rows) {
    if (text(row.record.id) !== undefined && row.record.id !== '') continue;
    const fromLabel = slug(text(row.record.label) ?? '');
    const base = fromLabel || `${kind.replace(/s$/, '')}-row-${row.origin.row}`;
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    if (taken.has(id)) {
      while (taken.has(`${base}-${n}`)) n += 1;
      id = `${base}-${n}`;
      n += 1;
    }
    nextSuffix.set(base, n);
    taken.add(id);
    setKey(row.record, 'id', id);
    made.push({ row, id, fromLabel: fromLabel !== '' });
  }
  const first = made[0];
  if (first) {
    const others = made.length > 1 ? ` and ${made.length - 1} more` : '';
    const how = first.fromLabel ? 'from the label' : 'from the row number';
    const message = `no id given: made ${q(first.id)} ${how}${others} (write ids in an id column to choose them)`;
    problems.push(
      sheetProblem(
        'warning',
        first.row.origin.sheet,
        first.row.origin.row,
        first.row.origin.columns.get('id') ?? null,
        message,
      ),
    );
  }
}

/** An index from loosely compared ids and labels to ids; `null` marks a name shared by several records. */
function nameIndex(rows: SheetRow[], labelKey: string): Map<string, string | null> {
  const index = new Map<string, string | null>();
  const add = (name: string | undefined, id: string): void => {
    if (name === undefined || name.trim() === '') return;
    const key = looseKey(name);
    const existing = index.get(key);
    index.set(key, existing === undefined || existing === id ? id : null);
  };
  for (const row of rows) {
    const id = text(row.record.id);
    if (id === undefined) continue;
    add(id, id);
    add(text(row.record[labelKey]), id);
  }
  return index;
}

/**
 * Resolves sector or source references typed as ids, case variants or labels. What cannot be
 * resolved is kept as typed, for the validator to report with its own suggestion.
 */
export function resolveListRefs(rows: SheetRow[], field: string, targets: SheetRow[], labelKey: string): void {
  const ids = new Set(targets.map((row) => text(row.record.id)));
  const index = nameIndex(targets, labelKey);
  for (const row of rows) {
    const items = row.record[field];
    if (!Array.isArray(items)) continue;
    const resolved = items.map((item: unknown) =>
      typeof item !== 'string' || ids.has(item) ? item : (index.get(looseKey(item)) ?? item),
    );
    setKey(row.record, field, resolved);
  }
}

/** Resolves agreement parties typed as actor ids or actor names; an unknown or ambiguous name is a row error. */
export function resolveParties(agreements: SheetRow[], actors: SheetRow[], problems: SheetProblem[]): void {
  const ids = new Set(actors.map((row) => text(row.record.id)));
  const exactLabels = new Map<string, string[]>();
  for (const row of actors) {
    const id = text(row.record.id);
    const label = text(row.record.label);
    if (id === undefined || label === undefined) continue;
    const same = exactLabels.get(label);
    if (same) same.push(id);
    else exactLabels.set(label, [id]);
  }
  // Built only when some party is not an exact id or label: folding 100,000 names costs a second.
  let loose: Map<string, string | null> | undefined;
  let names: string[] | undefined;
  const hints = new Map<string, string | undefined>();
  const hintFor = (party: string): string | undefined => {
    if (!hints.has(party) && hints.size < 500) {
      names ??= [...new Set([...exactLabels.keys(), ...ids].filter((name): name is string => name !== undefined))];
      hints.set(party, suggest(party, names));
    }
    return hints.get(party);
  };
  for (const row of agreements) {
    const parties = row.record.parties;
    if (!Array.isArray(parties)) continue;
    const column = row.origin.columns.get('parties') ?? null;
    const report = (message: string): void => {
      problems.push(sheetProblem('error', row.origin.sheet, row.origin.row, column, message));
    };
    const resolved = parties.map((party: unknown) => {
      if (typeof party !== 'string' || ids.has(party)) return party;
      const exact = exactLabels.get(party);
      if (exact?.length === 1) return exact[0];
      loose ??= nameIndex(actors, 'label');
      const found = exact && exact.length > 1 ? null : loose.get(looseKey(party));
      if (found) return found;
      if (found === null) {
        report(`${q(party)} is the name of more than one actor: write the actor's id instead`);
      } else {
        const hint = hintFor(party);
        report(`no actor called ${q(party)}${hint ? ` — did you mean ${q(hint)}?` : ''}`);
      }
      return party;
    });
    setKey(row.record, 'parties', resolved);
  }
}

/** Country cells as codes: a known or declared code in any case, a declared label, or an English name. */
export function resolveCountries(actors: SheetRow[], countries: SheetRow[]): void {
  const declared = new Set(countries.map((row) => text(row.record.code)));
  const labels = new Map<string, string>();
  for (const row of countries) {
    const code = text(row.record.code);
    const label = text(row.record.label);
    if (code && label) labels.set(looseKey(label), code);
  }
  for (const row of actors) {
    const value = text(row.record.country);
    if (value === undefined) continue;
    const upper = value.toUpperCase();
    const code =
      /^[A-Z]{2}$/.test(upper) && (isKnownCountry(upper) || declared.has(upper))
        ? upper
        : (labels.get(looseKey(value)) ?? countryByName(value) ?? value);
    setKey(row.record, 'country', code);
  }
}

/** Declared country codes in upper case ("fi" → "FI"), as format.md wants them. */
export function upperCaseCodes(countries: SheetRow[]): void {
  for (const row of countries) {
    const code = text(row.record.code);
    if (code !== undefined && /^[a-z]{2}$/i.test(code)) setKey(row.record, 'code', code.toUpperCase());
  }
}
