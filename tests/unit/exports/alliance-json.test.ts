// The filtered dataset export: a valid `alliance-graph@1` file holding exactly what passed the filters.
import { describe, expect, it } from 'vitest';
import { filteredDatasetForExport, toAllianceJson } from '../../../src/model/exports';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters, type Filters } from '../../../src/model/types';
import { parseDatasetText } from '../../../src/model/validate';
import { hostile } from './fixture';

const filters = (changes: Partial<Filters>): Filters => ({ ...emptyFilters(), ...changes });

describe('toAllianceJson', () => {
  it('keeps only passing actors and agreements, with parties cut to passing ones', () => {
    const result = filteredDatasetForExport(hostile, applyFilters(hostile, filters({ countries: ['FI', 'XK', 'SE'] })));
    expect(result.actors.map((a) => a.id)).toEqual(['a&b', '__proto__', 'ctlx']);
    expect(result.agreements.map((a) => [a.id, a.parties])).toEqual([
      ['ab', ['a&b', '__proto__']],
      ['tri', ['a&b', '__proto__']],
      ['old', ['ctlx', 'a&b']],
    ]);
  });

  it('keeps only the sectors, sources and declared countries that remain referenced', () => {
    const result = filteredDatasetForExport(
      hostile,
      applyFilters(hostile, filters({ year: 2002, countries: ['FI', 'SE'] })),
    );
    expect(result.actors.map((a) => a.id)).toEqual(['a&b', 'ctlx']);
    expect(result.sectors?.map((s) => s.id)).toEqual(['cleantech', 'health']);
    expect(result.sources?.map((s) => s.id)).toEqual(['src-a']);
    expect(result.countries?.map((c) => c.code)).toEqual(['FI']);
    expect(result.title).toBe(hostile.title);
    expect(result.views).toEqual(hostile.views);
  });

  it('writes layout positions as x/y, rounded, and leaves the input untouched', () => {
    const positions = new Map([
      ['__proto__', { x: 1.23456, y: -0.0001 }],
      ['loner', { x: Number.NaN, y: 1 }],
    ]);
    const text = toAllianceJson(hostile, applyFilters(hostile, emptyFilters()), { positions });
    const parsed = JSON.parse(text) as typeof hostile;
    const byId = new Map(parsed.actors.map((a) => [a.id, a]));
    expect([byId.get('__proto__')?.x, byId.get('__proto__')?.y]).toEqual([1.23, 0]);
    expect([byId.get('a&b')?.x, byId.get('a&b')?.y]).toEqual([10, 20]);
    expect(byId.get('loner')?.x).toBeUndefined();
    expect(hostile.actors[1]?.x).toBeUndefined();
  });

  it.each<[string, Partial<Filters>]>([
    ['no filter', {}],
    ['a sector', { sectors: ['cleantech'] }],
    ['a year', { year: 2011 }],
    ['kinds', { actorKinds: ['cluster', 'agency'], agreementKinds: ['multilateral'] }],
    ['nothing passes', { countries: ['NO'] }],
  ])('passes the project validator with %s', (_name, changes) => {
    const filtered = applyFilters(hostile, filters(changes));
    const loaded = parseDatasetText(toAllianceJson(hostile, filtered));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    if (loaded.ok) {
      expect(loaded.dataset.actors).toHaveLength(filtered.actors.length);
      expect(loaded.dataset.agreements).toHaveLength(filtered.agreements.length);
      expect(applyFilters(loaded.dataset, filters(changes)).actors.map((a) => a.id)).toEqual(
        filtered.actors.map((a) => a.id),
      );
    }
  });
});
