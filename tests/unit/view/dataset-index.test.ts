// The dataset's lookups: each actor's agreements in dataset order, an agreement counted once per actor.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/types';
import { datasetIndex } from '../../../src/view/dataset-index';

const dataset = {
  format: 'alliance-graph@1',
  actors: [
    { id: 'a', label: 'A', country: 'FI' },
    { id: 'b', label: 'B', country: 'SE' },
    { id: 'c', label: 'C', country: 'EE' },
  ],
  agreements: [
    { id: 'first', kind: 'bilateral', parties: ['a', 'b'] },
    { id: 'repeat', kind: 'multilateral', parties: ['c', 'a', 'c', 'b', 'a'] },
    { id: 'last', kind: 'bilateral', parties: ['b', 'c'] },
  ],
} as unknown as Dataset;

describe('datasetIndex', () => {
  it("lists each actor's agreements in dataset order, once even where the actor is listed twice", () => {
    const { agreementsOf, actors } = datasetIndex(dataset);
    const ids = (actor: string) => agreementsOf.get(actor)?.map((agreement) => agreement.id);
    expect(ids('a')).toEqual(['first', 'repeat']);
    expect(ids('b')).toEqual(['first', 'repeat', 'last']);
    expect(ids('c')).toEqual(['repeat', 'last']);
    expect(actors.get('b')?.label).toBe('B');
  });
});
