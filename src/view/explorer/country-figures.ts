// A country's figures under the current filters: its actors, its agreements, and the countries it is tied to.
import type { FilteredDataset } from '../../model/filter';
import type { Actor } from '../../model/types';

export interface CountryFigures {
  actors: Actor[];
  /** Passing agreements with at least one party in the country. */
  agreements: number;
  /** Of those, the ones with a party in another country too. */
  crossBorder: number;
  /** Partner countries with the number of agreements shared, most first (ties by code). */
  partners: Array<{ code: string; agreements: number }>;
}

export function countryFigures(filtered: FilteredDataset, code: string): CountryFigures {
  const actors = filtered.actors.filter((actor) => actor.country === code);
  let agreements = 0;
  let crossBorder = 0;
  const partners = new Map<string, number>();
  for (const { parties } of filtered.agreements) {
    const countries = new Set(parties.map((party) => filtered.actorsById.get(party)?.country ?? ''));
    if (!countries.has(code)) continue;
    agreements++;
    countries.delete(code);
    countries.delete('');
    if (countries.size > 0) crossBorder++;
    for (const other of countries) partners.set(other, (partners.get(other) ?? 0) + 1);
  }
  return {
    actors: [...actors].sort((a, b) => a.label.localeCompare(b.label)),
    agreements,
    crossBorder,
    partners: [...partners]
      .map(([c, n]) => ({ code: c, agreements: n }))
      .sort((a, b) => b.agreements - a.agreements || (a.code < b.code ? -1 : 1)),
  };
}
