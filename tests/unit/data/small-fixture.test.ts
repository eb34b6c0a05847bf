// Checks the small test fixture (tests/fixtures/small.json): valid, warning-free, and carrying its tricky records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/model/validate';
import { applyFilters, effectiveSectors, actorIndex } from '../../../src/model/filter';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { structuralProblems } from './structure';

const text = readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8');
const loaded = parseDatasetText(text);
const dataset = JSON.parse(text) as Dataset;

describe('the small fixture tests/fixtures/small.json', () => {
  it('loads with no errors and no warnings', () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(structuralProblems(dataset)).toEqual([]);
  });

  it('is small: about a dozen actors and fifteen agreements', () => {
    expect(dataset.actors.length).toBeGreaterThanOrEqual(12);
    expect(dataset.actors.length).toBeLessThanOrEqual(16);
    expect(dataset.agreements.length).toBeGreaterThanOrEqual(14);
    expect(dataset.agreements.length).toBeLessThanOrEqual(18);
  });

  it('keeps the "__proto__" actor as an ordinary actor that filters and joins agreements', () => {
    const byId = actorIndex(dataset);
    expect(byId.get('__proto__')?.country).toBe('XB');
    const passing = applyFilters(dataset, { ...emptyFilters(), sectors: ['maritime'] });
    expect(passing.actorsById.has('__proto__')).toBe(true);
    const link = passing.agreements.find(({ agreement }) => agreement.id === 'offshore-wind-link');
    expect([...(link?.parties ?? [])].sort()).toEqual(['__proto__', 'clean', 'iceland-ocean-cluster']);
  });

  it("has an agreement without sectors that takes its parties' sectors", () => {
    const agreement = dataset.agreements.find((entry) => entry.id === 'ie-2015-health');
    expect(agreement?.sectors).toBeUndefined();
    expect(effectiveSectors(agreement!, actorIndex(dataset)).sort()).toEqual(['digital', 'health', 'life-science']);
  });

  it('has the tricky time values: dates, null end, undated, planned, one-year', () => {
    const byId = new Map(dataset.agreements.map((agreement) => [agreement.id, agreement]));
    expect(byId.get('stardust')?.since).toBe('2010-09-17');
    expect(byId.get('baltic-cleantech-alliance')?.until).toBeNull();
    expect(byId.get('mass-medicon-excerpt')?.since).toBeUndefined();
    expect(byId.get('constructor')?.status).toBe('planned');
    const inYear = (year: number): string[] =>
      applyFilters(dataset, { ...emptyFilters(), year }).agreements.map(({ agreement }) => agreement.id);
    expect(inYear(2016)).toContain('mobile-regions');
    expect(inYear(2015)).not.toContain('mobile-regions');
    expect(inYear(2017)).not.toContain('mobile-regions');
    // The undated agreement is active in every year, even long before the others.
    expect(inYear(1900)).toEqual(['mass-medicon-excerpt']);
  });

  it('has a two-party multilateral agreement and a weight other than 1', () => {
    const vikings = dataset.agreements.find((agreement) => agreement.id === 'stardust-mobile-vikings');
    expect(vikings?.kind).toBe('multilateral');
    expect(vikings?.parties).toHaveLength(2);
    expect(dataset.agreements.find((agreement) => agreement.id === 'bsr-stars')?.weight).toBe(2.5);
  });
});
