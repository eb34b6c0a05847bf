// What-if agreements and the best bridging agreement on hand-made fixtures, expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import {
  addHypothetical,
  bestBridgingAgreement,
  checkHypothetical,
  exportable,
  removeHypothetical,
  whatIfOf,
} from '../../../src/analysis/whatif';
import { fixture } from './fixture';

/**
 * The fixture plus Lithuania (lt1 cluster, lt2 agency) and Poland (pl1), all in health and in no agreement.
 * Health: EE 2 actors, LV 1, LT 2, PL 1; EE–LV joined by a1. Gaps and scores: EE–LT 4, EE–PL 2,
 * LT–LV 2, LT–PL 2, LV–PL 1. Isolated in health: lt1, lt2, pl1.
 */
function withBaltics(): Dataset {
  const dataset = fixture();
  dataset.actors.push(
    { id: 'lt1', label: 'Lithuanian Health', kind: 'cluster', country: 'LT', sectors: ['health'] },
    { id: 'lt2', label: 'Enterprise Lithuania', kind: 'agency', country: 'LT', sectors: ['health'] },
    { id: 'pl1', label: 'Polish MedTech', kind: 'cluster', country: 'PL', sectors: ['health'] },
  );
  return dataset;
}

describe('hypothetical agreements', () => {
  it('adds a marked agreement, removes it, and exports with or without it', () => {
    const start = whatIfOf(fixture());
    const { state, id } = addHypothetical(start, { parties: ['lv1', 'se1'], kind: 'bilateral', sectors: ['health'] });
    expect(id).toBe('what-if-1');
    expect(state.hypothetical).toEqual(new Set(['what-if-1']));
    expect(state.dataset.agreements.at(-1)).toEqual({
      id: 'what-if-1',
      kind: 'bilateral',
      parties: ['lv1', 'se1'],
      label: 'What-if 1',
      sectors: ['health'],
    });
    expect(start.dataset.agreements).toHaveLength(5); // the input is not changed
    expect(exportable(state, true).agreements).toHaveLength(6);
    expect(exportable(state, false).agreements.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    const back = removeHypothetical(state, id);
    expect(back.dataset.agreements).toHaveLength(5);
    expect(back.hypothetical.size).toBe(0);
    expect(removeHypothetical(state, 'a1')).toBe(state); // real agreements stay
  });

  it('picks an id that the dataset does not use yet', () => {
    const dataset = fixture();
    dataset.agreements.push({ id: 'what-if-1', kind: 'bilateral', parties: ['ee1', 'se1'] });
    const { id } = addHypothetical(whatIfOf(dataset), { parties: ['lv1', 'se1'], kind: 'multilateral', sectors: [] });
    expect(id).toBe('what-if-2');
  });

  it('names each problem and its fix', () => {
    expect(
      checkHypothetical(fixture(), { parties: ['ee1', 'ee1', 'nope'], kind: 'bilateral', sectors: ['x'] }),
    ).toEqual([
      'Party "nope" is not an actor of this dataset: pick one from the list.',
      'The same party is listed twice: remove the repeat.',
      'Unknown sector "x": pick one of the dataset\'s sectors.',
    ]);
    expect(checkHypothetical(fixture(), { parties: ['ee1'], kind: 'bilateral', sectors: [] })).toEqual([
      'An agreement needs at least two different parties: add another party.',
      'A bilateral agreement has exactly two parties, not 1: choose "multilateral".',
    ]);
    expect(() => addHypothetical(whatIfOf(fixture()), { parties: ['ee1'], kind: 'other', sectors: [] })).toThrow(
      /at least two different parties/,
    );
  });
});

describe('bestBridgingAgreement', () => {
  it('finds nothing to do where every country with actors in s is joined', () => {
    expect(bestBridgingAgreement(fixture(), emptyFilters(), 'health')).toBeNull();
    expect(bestBridgingAgreement(fixture(), emptyFilters(), 'cleantech')).toBeNull(); // one country only
  });

  it('suggests EE, LT, PL for health: 3 gaps closed + 2 isolated connected beats LT, LV, PL (gap score 8 > 5)', () => {
    expect(bestBridgingAgreement(withBaltics(), emptyFilters(), 'health')).toEqual({
      sector: 'health',
      kind: 'multilateral',
      parties: ['ee1', 'lt1', 'pl1'], // lt1 before lt2: both isolated, clusters first
      countries: ['EE', 'LT', 'PL'],
      closesGaps: [
        ['EE', 'LT'],
        ['EE', 'PL'],
        ['LT', 'PL'],
      ],
      connectsIsolated: ['lt1', 'pl1'],
      value: 5,
    });
  });

  it('keeps to the party limit: a bilateral LT–PL (1 gap + 2 isolated) with two, all four with four', () => {
    const two = bestBridgingAgreement(withBaltics(), emptyFilters(), 'health', { maxParties: 2 });
    expect([two?.kind, two?.parties, two?.value]).toEqual(['bilateral', ['lt1', 'pl1'], 3]);
    const four = bestBridgingAgreement(withBaltics(), emptyFilters(), 'health', { maxParties: 4 });
    expect([four?.countries, four?.value]).toEqual([['EE', 'LT', 'LV', 'PL'], 7]);
  });

  it('moves on once the suggestion is added as a what-if', () => {
    const first = bestBridgingAgreement(withBaltics(), emptyFilters(), 'health', { maxParties: 2 })!;
    const { state } = addHypothetical(whatIfOf(withBaltics()), {
      parties: first.parties,
      kind: first.kind,
      sectors: ['health'],
    });
    // Left: gaps EE–LT (4), EE–PL (2), LT–LV (2), LV–PL (1); lt2 the only isolated actor, so LT now
    // offers lt2. EE–LT and LT–LV both give 1 gap + 1 isolated; EE–LT has the larger gap score.
    expect(bestBridgingAgreement(state.dataset, emptyFilters(), 'health', { maxParties: 2 })).toEqual({
      sector: 'health',
      kind: 'bilateral',
      parties: ['ee1', 'lt2'],
      countries: ['EE', 'LT'],
      closesGaps: [['EE', 'LT']],
      connectsIsolated: ['lt2'],
      value: 2,
    });
  });

  it('follows the country filter: without SE, a3 drops and ee2 becomes isolated', () => {
    const filters = { ...emptyFilters(), countries: ['EE', 'LV', 'LT'] };
    const suggestion = bestBridgingAgreement(withBaltics(), filters, 'health');
    // Gaps EE–LT, LT–LV closed (2) + isolated ee2 and lt1 connected (2).
    expect([suggestion?.parties, suggestion?.value]).toEqual([['ee2', 'lt1', 'lv1'], 4]);
  });
});
