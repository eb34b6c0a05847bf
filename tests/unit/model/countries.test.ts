// Checks the built-in country table against i18n-iso-countries and the centroid source, and the lookup helpers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  BALTIC,
  BSR_STARS,
  NORDIC,
  countryByName,
  countryInfo,
  countryName,
  isKnownCountry,
  ISO_CODES,
} from '../../../src/model/countries';
import { COUNTRY_ROWS } from '../../../src/model/countries-data';

const require = createRequire(import.meta.url);
const en = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const officialName = (code: string): string => {
  const names = en[code];
  return Array.isArray(names) ? (names[0] as string) : (names as string);
};

describe('built-in country table', () => {
  it('has exactly the codes of i18n-iso-countries, with the same English names', () => {
    expect([...ISO_CODES].sort()).toEqual(Object.keys(en).sort());
    expect(ISO_CODES.length).toBe(250);
    for (const [code, name] of COUNTRY_ROWS) expect(name, code).toBe(officialName(code));
  });

  it('takes centroids from the gavinr CSV, choosing the country itself for duplicated codes', () => {
    const csv = readFileSync(
      new URL('../../../scripts/data/country-centroids.gavinr-v1.0.0.csv', import.meta.url),
      'utf8',
    );
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const row = (country: string) => rows.find((r) => r[2] === country) as string[];
    for (const [code, country] of [
      ['ES', 'Spain'],
      ['TF', 'French Southern Territories'],
      ['FI', 'Finland'],
      ['US', 'United States'],
    ] as const) {
      const [lon, lat] = row(country).map(Number) as [number, number];
      const centroid = countryInfo(code).centroid as [number, number];
      expect(centroid[0]).toBeCloseTo(lat, 3);
      expect(centroid[1]).toBeCloseTo(lon, 3);
    }
  });

  it('gives every code a centroid on the globe, with the hand-added ones where they belong', () => {
    for (const code of ISO_CODES) {
      const [lat, lon] = countryInfo(code).centroid as [number, number];
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
    // The six hand-added codes sit where they belong (roughly: they come from the CIA World Factbook).
    expect(countryInfo('TW').centroid?.[1]).toBeGreaterThan(119);
    expect(countryInfo('HK').centroid?.[0]).toBeCloseTo(22.3, 0);
    expect(countryInfo('XK').centroid?.[0]).toBeCloseTo(42.6, 0);
    expect(countryInfo('AX').centroid?.[0]).toBeCloseTo(60.1, 0);
  });
});

describe('country lookups', () => {
  it('lays a dataset record over the built-in one', () => {
    const dataset = { countries: [{ code: 'FI', label: 'Suomi', lat: 64.5, lon: 26 }, { code: 'EU' }] };
    expect(countryInfo('FI', dataset)).toEqual({
      code: 'FI',
      name: 'Suomi',
      centroid: [64.5, 26],
      iso: true,
    });
    expect(countryName('SE', dataset)).toBe('Sweden');
    expect(countryInfo('EU', dataset)).toEqual({ code: 'EU', name: 'EU', centroid: null, iso: false });
    expect(countryInfo('FI').name).toBe('Finland');
  });

  it('treats __proto__ and friends as unknown codes', () => {
    expect(isKnownCountry('__proto__')).toBe(false);
    expect(isKnownCountry('constructor')).toBe(false);
    expect(isKnownCountry('fi')).toBe(false);
    expect(isKnownCountry('FI')).toBe(true);
    expect(countryName('__proto__')).toBe('__proto__');
  });

  it('finds codes by English name or alias, ignoring case and accents', () => {
    expect(countryByName('Finland')).toBe('FI');
    expect(countryByName('  united kingdom ')).toBe('GB');
    expect(countryByName('Great Britain')).toBe('GB');
    expect(countryByName('cote d’ivoire')).toBe('CI');
    expect(countryByName('Aland Islands')).toBe('AX');
    expect(countryByName('Türkiye')).toBe('TR');
    expect(countryByName('turkey')).toBe('TR');
    expect(countryByName('Congo')).toBeUndefined(); // shared by CG and CD: not a safe guess
    expect(countryByName('Atlantis')).toBeUndefined();
    expect(countryByName('constructor')).toBeUndefined();
  });

  it('has the region quick picks inside the table', () => {
    for (const code of [...BSR_STARS, ...NORDIC, ...BALTIC]) expect(isKnownCountry(code)).toBe(true);
    expect(BSR_STARS).toHaveLength(10);
    expect(NORDIC.every((code) => BSR_STARS.includes(code))).toBe(true);
  });
});
