// Compare two years / two datasets on the hand-made fixture; every expected value worked out in the comments.
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/model/filter';
import { emptyFilters } from '../../../src/model/types';
import { compareDatasets, compareYears, competitionRanks, coverageChanges } from '../../../src/analysis/compare';
import { compareEdges } from '../../../src/analysis/compare-edges';
import { fixture } from './fixture';

// 2010: a1 (ee1–lv1), a3 (ee2–se1, 2008–2011), a4 (fi1–fi2, no dates).
// 2012: a1, a2 (ee1, ee2, fi2; since 2012), a4, a5 (ee1–ee2; since 2011-05-01).
describe('compareYears', () => {
  it('lists agreements added and ended, and countries that joined and left', () => {
    const result = compareYears(fixture(), emptyFilters(), 2010, 2012, { metric: 'degree' });
    expect(result.added).toEqual([
      { id: 'a2', label: 'a2', kind: 'multilateral', countries: ['EE', 'FI'], parties: ['ee1', 'ee2', 'fi2'] },
      { id: 'a5', label: 'a5', kind: 'bilateral', countries: ['EE'], parties: ['ee1', 'ee2'] },
    ]);
    expect(result.ended).toEqual([
      { id: 'a3', label: 'a3', kind: 'bilateral', countries: ['EE', 'SE'], parties: ['ee2', 'se1'] },
    ]);
    expect(result.joined).toEqual(['FI']); // a4 was domestic, a2 is its first cross-border tie
    expect(result.left).toEqual(['SE']);
  });

  it('ranks by degree: everyone shares rank 1 in 2010, then ee1 and fi2 (3), ee2 (2), lv1 and fi1 (1), se1 (0)', () => {
    const result = compareYears(fixture(), emptyFilters(), 2010, 2012, { metric: 'degree' });
    expect(result.rankMoves.map((m) => [m.actor, m.before, m.after, m.move, m.valueBefore, m.valueAfter])).toEqual([
      ['se1', 1, 6, -5, 1, 0],
      ['fi1', 1, 4, -3, 1, 1],
      ['lv1', 1, 4, -3, 1, 1],
      ['ee2', 1, 3, -2, 1, 2],
    ]);
  });

  it('ranks by betweenness: 2012 puts ee1 and fi2 at 3/10 each, all else 0', () => {
    const result = compareYears(fixture(), emptyFilters(), 2010, 2012, { top: 3 });
    expect(result.metric).toBe('betweenness');
    expect(result.rankMoves.map((m) => [m.actor, m.before, m.after])).toEqual([
      ['ee2', 1, 3],
      ['fi1', 1, 3],
      ['lv1', 1, 3],
    ]);
    // ee1 is on lv1–ee2, lv1–fi2, lv1–fi1: 3 of the 10 pairs; its rank stays 1 so it is not a move.
    expect(result.rankMoves.some((m) => m.actor === 'ee1')).toBe(false);
  });

  it('keeps the other filters: under health, a2 and a4 never pass', () => {
    const result = compareYears(fixture(), { ...emptyFilters(), sectors: ['health'] }, 2010, 2012);
    expect(result.added.map((a) => a.id)).toEqual(['a5']);
    expect(result.ended.map((a) => a.id)).toEqual(['a3']);
    expect(result.joined).toEqual([]);
  });
});

describe('compareYears per sector', () => {
  it('tracks coverage and gaps of each target sector', () => {
    const result = compareYears(fixture(), emptyFilters(), 2010, 2012);
    expect(result.sectors.map((s) => s.sector)).toEqual(['health', 'cleantech', 'digital']);
    const [health, cleantech, digital] = result.sectors;
    // Health: a1 + a3 (health from its parties) in 2010, a1 + a5 in 2012; SE drops out with a3.
    expect(health).toEqual({
      sector: 'health',
      actors: [3, 3],
      agreements: [2, 2],
      countries: [2, 2],
      gaps: [0, 0],
      closedGaps: [],
      openedGaps: [],
      coverage: [
        { country: 'EE', actors: [2, 2], agreements: [2, 2], partnerCountries: [2, 1] },
        { country: 'SE', actors: [0, 0], agreements: [1, 0], partnerCountries: [1, 0] },
      ],
    });
    // Cleantech: a2 brings EE in as a partner of FI.
    expect(cleantech?.agreements).toEqual([1, 2]);
    expect(cleantech?.coverage).toEqual([
      { country: 'EE', actors: [0, 0], agreements: [0, 1], partnerCountries: [0, 1] },
      { country: 'FI', actors: [2, 2], agreements: [1, 2], partnerCountries: [0, 1] },
    ]);
    // Digital: a3 ended, so EE–SE (1 × 1) opens as a gap.
    expect([digital?.agreements, digital?.gaps, digital?.openedGaps, digital?.closedGaps]).toEqual([
      [1, 0],
      [0, 1],
      [['EE', 'SE']],
      [],
    ]);
  });
});

describe('compareYears with awkward ids', () => {
  it('ranks an actor called __proto__ like any other', () => {
    const dataset = fixture();
    dataset.actors.push({ id: '__proto__', label: 'Proto', kind: 'cluster', country: 'LT' });
    dataset.agreements.push({
      id: 'constructor',
      kind: 'multilateral',
      parties: ['__proto__', 'lv1', 'se1', 'fi1'],
      since: 2012,
    });
    // 2012 degrees: lv1 4, fi1 4, ee1 3, fi2 3, se1 3, __proto__ 3, ee2 2; in 2010 six actors had 1 and
    // __proto__ none, so it climbs from rank 7 to 3 while ee2 falls from 1 to 7.
    const result = compareYears(dataset, emptyFilters(), 2010, 2012, { metric: 'degree' });
    expect(result.rankMoves[0]).toMatchObject({ actor: 'ee2', before: 1, after: 7, move: -6 });
    expect(result.rankMoves.find((m) => m.actor === '__proto__')).toMatchObject({ before: 7, after: 3, move: 4 });
    expect(result.added.map((a) => a.id)).toEqual(['a2', 'a5', 'constructor']);
    expect(result.joined).toEqual(['FI', 'LT']);
  });
});

describe('compareDatasets', () => {
  it('matches agreements by id across two editions', () => {
    const before = fixture();
    const after = fixture();
    after.agreements = after.agreements.filter((a) => a.id !== 'a3');
    after.agreements.push({ id: 'a6', kind: 'bilateral', parties: ['lv1', 'se1'], label: 'LV–SE digital' });
    const result = compareDatasets(before, after, emptyFilters());
    expect(result.added.map((a) => [a.id, a.label, a.countries])).toEqual([['a6', 'LV–SE digital', ['LV', 'SE']]]);
    expect(result.ended.map((a) => a.id)).toEqual(['a3']);
    expect([result.joined, result.left]).toEqual([[], []]);
  });
});

describe('competitionRanks', () => {
  it('gives equal values the same rank and skips the next ones', () => {
    const ranks = competitionRanks(
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 3],
        ['d', 0],
        ['__proto__', 1],
      ]),
    );
    expect([...ranks]).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 1],
      ['d', 5],
      ['__proto__', 3],
    ]);
  });
});

describe('coverageChanges', () => {
  it('keeps only countries whose coverage changed, new and vanished countries included', () => {
    const before = [
      { country: 'EE', actors: 2, agreements: 1, partnerCountries: 1 },
      { country: 'LV', actors: 1, agreements: 1, partnerCountries: 1 },
      { country: 'SE', actors: 1, agreements: 1, partnerCountries: 1 },
    ];
    const after = [
      { country: 'EE', actors: 2, agreements: 2, partnerCountries: 1 },
      { country: 'LV', actors: 1, agreements: 1, partnerCountries: 1 },
      { country: 'FI', actors: 1, agreements: 1, partnerCountries: 1 },
    ];
    expect(coverageChanges(before, after)).toEqual([
      { country: 'EE', actors: [2, 2], agreements: [1, 2], partnerCountries: [1, 1] },
      { country: 'FI', actors: [0, 1], agreements: [0, 1], partnerCountries: [0, 1] },
      { country: 'SE', actors: [1, 0], agreements: [1, 0], partnerCountries: [1, 0] },
    ]);
  });
});

describe('compareEdges', () => {
  it('marks each actor pair added, ended or kept between 2010 and 2012', () => {
    const before = applyFilters(fixture(), { ...emptyFilters(), year: 2010 });
    const after = applyFilters(fixture(), { ...emptyFilters(), year: 2012 });
    expect(compareEdges(before, after)).toEqual([
      { source: 'ee1', target: 'ee2', status: 'added' },
      { source: 'ee1', target: 'fi2', status: 'added' },
      { source: 'ee1', target: 'lv1', status: 'kept' },
      { source: 'ee2', target: 'fi2', status: 'added' },
      { source: 'ee2', target: 'se1', status: 'ended' },
      { source: 'fi1', target: 'fi2', status: 'kept' },
    ]);
  });
});
