// Ranks with and without illustrative ties: the pairing and change arithmetic, and the sample's numbers in the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeText, evidenceRanks, rankChanges } from '../../../src/analysis/evidence-ranks';
import { emptyFilters, type Dataset } from '../../../src/model/types';

describe('rankChanges', () => {
  it('gives all − documented as the change (positive = better without), null for an actor left out', () => {
    const all = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    const documented = new Map([
      ['a', 3],
      ['b', 1],
      ['c', 2],
    ]);
    expect(Object.fromEntries(rankChanges(all, documented))).toEqual({
      a: { all: 1, documented: 3, change: -2 },
      b: { all: 2, documented: 1, change: 1 },
      c: { all: 2, documented: 2, change: 0 },
      d: { all: 4, documented: null, change: null },
    });
  });

  it('writes the change as ▲ n, ▼ n, = or –', () => {
    expect([changeText(3), changeText(-5), changeText(0), changeText(null)]).toEqual(['▲ 3', '▼ 5', '=', '–']);
  });
});

describe('evidenceRanks on the sample', () => {
  const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;

  it('ranks the Latvian IT Cluster 1st by betweenness with and without the illustrative ties, Innovation Norway 3rd and 4th (README)', () => {
    const ranks = evidenceRanks(sample, emptyFilters(), 'betweenness', 'clique');
    expect(ranks.get('latvian-it-cluster')).toEqual({ all: 1, documented: 1, change: 0 });
    expect(ranks.get('innovation-norway')).toEqual({ all: 3, documented: 4, change: -1 });
    const firstWithout = [...ranks].filter(([, r]) => r.documented === 1).map(([id]) => id);
    expect(firstWithout).toEqual(['latvian-it-cluster']);
    expect(ranks.size).toBe(sample.actors.length);
  });

  it('changes nothing when the filters already leave illustrative records out', () => {
    const ranks = evidenceRanks(sample, { ...emptyFilters(), documentedOnly: true }, 'degree', 'clique');
    expect([...ranks.values()].every((r) => r.change === 0)).toBe(true);
  });
});
