// Every ISO 3166-1 alpha-2 country with an English name and a centroid, merged with a dataset's own `countries` list.
import { COUNTRY_ROWS } from './countries-data';
import type { Dataset } from './types';

/** What the app knows about a country code: its name, a point to draw it at, and whether ISO knows it. */
export interface CountryInfo {
  code: string;
  name: string;
  /** [lat, lon]; null only for a code the dataset declares without coordinates and ISO does not know. */
  centroid: readonly [number, number] | null;
  region?: string;
  /** True when the code is an ISO 3166-1 alpha-2 code (rather than one the dataset declares). */
  iso: boolean;
}

interface BuiltIn {
  name: string;
  centroid: readonly [number, number];
}

const BUILT_IN = new Map<string, BuiltIn>(
  COUNTRY_ROWS.map(([code, name, lat, lon]) => [code, { name, centroid: [lat, lon] as const }]),
);

/** The quick-pick regions of the UI. BSR Stars: the programme's member countries around the Baltic Sea. */
export const BSR_STARS: readonly string[] = ['DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE'];
export const NORDIC: readonly string[] = ['DK', 'FI', 'IS', 'NO', 'SE'];
export const BALTIC: readonly string[] = ['EE', 'LV', 'LT'];

/** All built-in ISO codes, sorted. */
export const ISO_CODES: readonly string[] = COUNTRY_ROWS.map((row) => row[0]);

/** True for an ISO 3166-1 alpha-2 code (upper case) that the app knows. */
export const isKnownCountry = (code: string): boolean => BUILT_IN.has(code);

type CountriesOf = Pick<Dataset, 'countries'>;

/** The dataset's `countries` records by code, cached per list so lookups in a render loop stay cheap. */
const declaredCache = new WeakMap<object, Map<string, NonNullable<Dataset['countries']>[number]>>();
function declared(dataset: CountriesOf | undefined): Map<string, NonNullable<Dataset['countries']>[number]> | null {
  const list = dataset?.countries;
  if (!Array.isArray(list)) return null;
  let map = declaredCache.get(list);
  if (map === undefined) {
    map = new Map();
    for (const country of list) if (typeof country?.code === 'string') map.set(country.code, country);
    declaredCache.set(list, map);
  }
  return map;
}

/**
 * What the app shows for a country code: the dataset's `countries` record (label, lat, lon, region)
 * laid over the built-in table. Unknown undeclared codes come back with the code as name and no centroid.
 */
export function countryInfo(code: string, dataset?: CountriesOf): CountryInfo {
  const builtIn = BUILT_IN.get(code);
  const own = declared(dataset)?.get(code);
  const info: CountryInfo = {
    code,
    name: builtIn?.name ?? code,
    centroid: builtIn?.centroid ?? null,
    iso: builtIn !== undefined,
  };
  if (own === undefined) return info;
  if (typeof own.label === 'string' && own.label !== '') info.name = own.label;
  if (typeof own.lat === 'number' && typeof own.lon === 'number') info.centroid = [own.lat, own.lon];
  if (typeof own.region === 'string') info.region = own.region;
  return info;
}

/** The display name of a country code (the dataset's label if it gives one). */
export const countryName = (code: string, dataset?: CountriesOf): string => countryInfo(code, dataset).name;

/** Lower case, accents and punctuation dropped: "Côte d'Ivoire" and "cote divoire" compare equal. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every English name and alias by normalised form; an alias shared by two codes ("Congo") is left out. */
const BY_NAME: Map<string, string> = (() => {
  const counts = new Map<string, Set<string>>();
  for (const [code, name, , , aliases] of COUNTRY_ROWS) {
    for (const label of [name, ...(aliases ?? [])]) {
      const key = normaliseName(label);
      const codes = counts.get(key) ?? new Set<string>();
      codes.add(code);
      counts.set(key, codes);
    }
  }
  const map = new Map<string, string>();
  for (const [key, codes] of counts) if (codes.size === 1) map.set(key, [...codes][0] as string);
  return map;
})();

/** The ISO code for an English country name or common alias (case- and accent-insensitive), if there is one. */
export const countryByName = (name: string): string | undefined => BY_NAME.get(normaliseName(name));
