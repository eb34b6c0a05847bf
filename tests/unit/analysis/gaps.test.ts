// Gaps, coverage, the sector matrix and export-link gaps on Gapland, with the expected figures worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  countryPairGaps,
  exportLinkGaps,
  isolatedActors,
  sectorCountryMatrix,
  sectorCoverage,
  sectorSummaries,
} from '../../../src/analysis/gaps';
import { analysedSectors, analysisScope } from '../../../src/analysis/scope';
import { emptyFilters } from '../../../src/model/types';
import { gapland } from './gapland';

const scope = analysisScope(gapland(), emptyFilters());

describe('gaps on Gapland', () => {
  it('analyses the target sectors by default, the sector filter when set', () => {
    expect(analysedSectors(gapland(), emptyFilters())).toEqual(['cleantech', 'health']);
    expect(analysedSectors(gapland(), { ...emptyFilters(), sectors: ['ict'] })).toEqual(['ict']);
    expect(analysedSectors(gapland(), emptyFilters(), ['health'])).toEqual(['health']);
  });

  it('finds the country pairs with actors in the sector but no tie in it, scored by the product', () => {
    // Cleantech: FI 2, EE 1, LV 1 actors; a1 joins FI–EE, a2 (effective sectors) FI–LV; EE–LV is the gap.
    expect(countryPairGaps(scope, 'cleantech')).toEqual([{ sector: 'cleantech', countries: ['EE', 'LV'], score: 1 }]);
    // Health: FI, LV, SE one each; only a2 joins FI–LV (a4 is ICT), so FI–SE and LV–SE, tied, by code.
    expect(countryPairGaps(scope, 'health')).toEqual([
      { sector: 'health', countries: ['FI', 'SE'], score: 1 },
      { sector: 'health', countries: ['LV', 'SE'], score: 1 },
    ]);
  });

  it('ranks bigger gaps first', () => {
    const big = gapland();
    big.actors.push({ id: 'se2', label: 'SE two', kind: 'cluster', country: 'SE', sectors: ['health'] });
    const gaps = countryPairGaps(analysisScope(big, emptyFilters()), 'health');
    expect(gaps.map((gap) => [gap.countries.join('-'), gap.score])).toEqual([
      ['FI-SE', 2],
      ['LV-SE', 2],
    ]);
  });

  it('lists actors in a sector without a cross-border agreement in it', () => {
    expect(isolatedActors(scope, 'cleantech')).toEqual([]);
    expect(isolatedActors(scope, 'health')).toEqual([{ sector: 'health', actor: 'se1' }]);
    // In 2014 a2 has not started: fi2 keeps only the domestic a3, lv1 has nothing left.
    const in2014 = analysisScope(gapland(), { ...emptyFilters(), year: 2014 });
    expect(isolatedActors(in2014, 'cleantech').map((row) => row.actor)).toEqual(['fi2', 'lv1']);
  });

  it('lists clusters that share no agreement with an agency', () => {
    expect(exportLinkGaps(scope)).toEqual(['fi1', 'ee1', 'se1']);
    expect(exportLinkGaps(analysisScope(gapland(), { ...emptyFilters(), year: 2014 }))).toEqual([
      'fi1',
      'fi2',
      'ee1',
      'lv2',
      'se1',
    ]);
  });

  it('summarises and covers each sector per country', () => {
    expect(sectorSummaries(scope, ['cleantech', 'health'])).toEqual([
      { id: 'cleantech', actors: 4, agreements: 3, countries: 3 },
      { id: 'health', actors: 3, agreements: 1, countries: 3 },
    ]);
    expect(sectorCoverage(scope, ['cleantech'])).toEqual([
      {
        sector: 'cleantech',
        countries: [
          { country: 'EE', actors: 1, agreements: 1, partnerCountries: 1 },
          { country: 'FI', actors: 2, agreements: 3, partnerCountries: 2 },
          { country: 'LV', actors: 1, agreements: 1, partnerCountries: 1 },
        ],
      },
    ]);
  });

  it('fills the sector × country-pair matrix with counts and agreement ids, domestic ties on the diagonal', () => {
    const matrix = sectorCountryMatrix(scope, 'cleantech');
    expect(matrix.countries).toEqual(['EE', 'FI', 'LV']);
    expect(matrix.cells).toEqual([
      { countries: ['EE', 'FI'], count: 1, agreements: ['a1'] },
      { countries: ['FI', 'FI'], count: 1, agreements: ['a3'] },
      { countries: ['FI', 'LV'], count: 1, agreements: ['a2'] },
    ]);
    // ICT: a4 joins LV–SE; the country list includes countries that only appear as parties.
    expect(sectorCountryMatrix(scope, 'ict')).toMatchObject({
      countries: ['LV', 'SE'],
      cells: [{ countries: ['LV', 'SE'], count: 1, agreements: ['a4'] }],
    });
  });
});
