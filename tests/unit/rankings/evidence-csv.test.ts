// The rankings CSV with the ranks with and without illustrative ties: three columns after the actor, empty where left out.
import { describe, expect, it } from 'vitest';
import type { EvidenceRank } from '../../../src/analysis/evidence-ranks';
import { RANKING_COLUMNS, rankingsCsv, type RankingRow } from '../../../src/view/rankings/rankings-data';

const row = (id: string, label: string): RankingRow =>
  ({
    id,
    countryCode: 'LV',
    kindCode: 'cluster',
    search: id,
    text: { label, country: 'Latvia', kind: 'Cluster', sectors: '' },
    numbers: Object.fromEntries(RANKING_COLUMNS.filter((c) => c.numeric).map((c) => [c.key, 1])),
  }) as RankingRow;

describe('rankingsCsv with evidence ranks', () => {
  it('puts rank, rankDocumented and rankChange right after the actor, empty for an actor left out', () => {
    const evidence = new Map<string, EvidenceRank>([
      ['a', { all: 1, documented: 6, change: -5 }],
      ['b', { all: 2, documented: null, change: null }],
    ]);
    const columns = RANKING_COLUMNS.slice(0, 2);
    const lines = rankingsCsv([row('a', 'A'), row('b', 'B')], columns, null, evidence)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'actor,rank,rankDocumented,rankChange,country',
      'A,1,6,-5,Latvia',
      'B,2,,,Latvia',
    ]);
  });

  it('leaves the three columns out when the comparison is off', () => {
    const header = rankingsCsv([row('a', 'A')], RANKING_COLUMNS.slice(0, 2))
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    expect(header).toBe('actor,country');
  });
});
