// The search index: accent-insensitive folding, ranking, and every word of the query having to match.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldText, search } from '../../../src/model/search';
import type { Dataset } from '../../../src/model/types';

const dataset: Pick<Dataset, 'actors' | 'agreements' | 'countries'> = {
  actors: [
    { id: 'oresund-food', label: 'Øresund Food Network', kind: 'cluster', country: 'DK', city: 'København' },
    { id: 'lodz-it', label: 'Łódź ICT Cluster', kind: 'cluster', country: 'PL', city: 'Łódź' },
    { id: 'munchen', label: 'Münchner Straße Health', kind: 'agency', country: 'DE' },
    { id: 'skane', label: 'Health Cluster Skåne', kind: 'cluster', country: 'SE', city: 'Malmö' },
    { id: '__proto__', label: 'Proto Agency', kind: 'agency', country: 'FI' },
  ],
  agreements: [{ id: 'health-mou', kind: 'bilateral', label: 'Health MoU', parties: ['munchen', 'skane'] }],
  countries: [{ code: 'IS', label: 'Ísland' }],
};
const names: Record<string, string> = {
  DK: 'Denmark',
  PL: 'Poland',
  DE: 'Germany',
  SE: 'Sweden',
  FI: 'Finland',
  IS: 'Iceland',
};
const index = buildSearchIndex(dataset, (code) => names[code] ?? code);
const ids = (query: string): string[] => search(index, query).map((hit) => `${hit.entry.kind}:${hit.entry.id}`);

describe('foldText', () => {
  it('strips accents and maps letters that do not decompose', () => {
    expect(foldText('Øresund')).toBe('oresund');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Æbeltoft  Đakovo')).toBe('aebeltoft dakovo');
    expect(foldText('Skåne Malmö')).toBe('skane malmo');
  });
});

describe('search', () => {
  it('finds accented names from plain queries and the other way round', () => {
    expect(ids('Oresund')).toEqual(['actor:oresund-food']);
    expect(ids('lodz')).toEqual(['actor:lodz-it']);
    expect(ids('strasse')).toEqual(['actor:munchen']);
    expect(ids('Skåne')).toEqual(['actor:skane']);
  });

  it('ranks label prefixes before word prefixes and before other matches; actors before agreements', () => {
    // "Health MoU" starts with the query (agreement, rank 0); "Health Cluster Skåne" too (actor, rank 0);
    // "Münchner Straße Health" has it as a later word (rank 1).
    expect(ids('health')).toEqual(['actor:skane', 'agreement:health-mou', 'actor:munchen']);
  });

  it('requires every word of the query, and matches cities and country names as extra words', () => {
    expect(ids('health skane')).toEqual(['actor:skane']);
    expect(ids('malmo')).toEqual(['actor:skane']);
    expect(ids('poland')).toEqual(['country:PL', 'actor:lodz-it']);
  });

  it('lists countries of actors and declared countries, with their names', () => {
    expect(ids('iceland')).toEqual(['country:IS']);
    expect(index.filter((e) => e.kind === 'country').map((e) => e.id)).toEqual(['DE', 'DK', 'FI', 'IS', 'PL', 'SE']);
  });

  it('treats ids like __proto__ as data and returns nothing for an empty query', () => {
    expect(ids('proto')).toEqual(['actor:__proto__']);
    expect(ids('   ')).toEqual([]);
    expect(search(index, 'a', 2)).toHaveLength(2);
  });
});
