// passingParties: an agreement's parties that pass a filter, each once and in order, without a copy when all pass.
import { describe, expect, it } from 'vitest';
import { passingParties } from '../../../src/model/filter';

const passing = (...ids: string[]): Map<string, true> => new Map(ids.map((id) => [id, true]));

describe('passingParties', () => {
  it('returns the agreement’s own array when every party passes and none repeats', () => {
    const parties = ['fi1', 'se1', 'ee1'];
    expect(passingParties(parties, passing('fi1', 'se1', 'ee1', 'dk1'))).toBe(parties);
  });

  it('returns a new array of the passing parties in listed order, leaving the agreement’s untouched', () => {
    const parties = ['fi1', 'dk1', 'se1', 'ee1'];
    const out = passingParties(parties, passing('ee1', 'fi1', 'se1'));
    expect(out).toEqual(['fi1', 'se1', 'ee1']);
    expect(out).not.toBe(parties);
    expect(parties).toEqual(['fi1', 'dk1', 'se1', 'ee1']);
  });

  it('keeps the first of a repeated party in a short list, the repeat at the start or later', () => {
    expect(passingParties(['fi1', 'fi1', 'se1'], passing('fi1', 'se1'))).toEqual(['fi1', 'se1']);
    expect(passingParties(['fi1', 'se1', 'fi1'], passing('fi1', 'se1'))).toEqual(['fi1', 'se1']);
    expect(passingParties(['dk1', 'fi1', 'dk1', 'se1'], passing('fi1', 'se1'))).toEqual(['fi1', 'se1']);
  });

  it('keeps the first of a repeated party in a list of more than 16 parties', () => {
    const parties = Array.from({ length: 20 }, (_, i) => `a${i % 18}`);
    const out = passingParties(parties, passing(...parties));
    expect(out).toEqual(Array.from({ length: 18 }, (_, i) => `a${i}`));
  });

  it('gives an empty list when no party passes', () => {
    expect(passingParties(['fi1', 'se1'], passing('dk1'))).toEqual([]);
  });
});
