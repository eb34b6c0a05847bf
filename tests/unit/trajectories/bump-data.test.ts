// The bump chart's data on hand-made years: who is followed, competition ranks with ties, gaps, trimming, and the CSV.
import { describe, expect, it } from 'vitest';
import type { Trajectories, TrajectoryYear } from '../../../src/analysis/trajectories';
import type { ActorMetrics } from '../../../src/analysis/types';
import { bumpCsv, bumpData, BUMP_TOP } from '../../../src/view/trajectories/bump-data';

/** An actor's metrics in one year: betweenness and degree as given, constraint as given (default: none). */
function actor(id: string, betweenness: number, degree = 1, constraint: number | null = null): ActorMetrics {
  return {
    id,
    label: `Actor ${id}`,
    country: id.startsWith('f') ? 'FI' : 'LV',
    degree,
    strength: degree,
    degreeCentrality: 0,
    betweenness,
    closeness: 0,
    eigenvector: null,
    pagerank: null,
    constraint,
    community: 0,
    crossBorderPartners: 0,
  };
}

const year = (y: number, actors: ActorMetrics[]): TrajectoryYear => ({ year: y, actors });

/** Twelve actors a..l in the last year: a 12, b 11, …, with j and k tied at 3 (rank 10) and l at 1. */
function lastYear(y: number): TrajectoryYear {
  const values: Record<string, number> = { a: 12, b: 11, c: 10, d: 9, e: 8, f: 7, g: 6, h: 5, i: 4, j: 3, k: 3, l: 1 };
  return year(
    y,
    Object.entries(values).map(([id, value]) => actor(id, value)),
  );
}

describe('bumpData', () => {
  it('follows the top 10 of the last year, ties at the tenth rank by id, best first', () => {
    const data = bumpData({ years: [lastYear(2020)] }, 'betweenness');
    expect(data.year).toBe(2020);
    expect(data.series.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    // j and k share rank 10 (competition rank); k, later by id, is the eleventh and is not followed.
    expect(data.series.map((s) => s.finalRank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.series).toHaveLength(BUMP_TOP);
  });

  it('ranks each year among all actors listed that year: ties share a rank, a rank can pass 10', () => {
    const trajectories: Trajectories = {
      years: [
        // 2019: b and c tie first (5), a third (4), twelve others 6..17 above everyone: a falls to 15.
        year(2019, [
          actor('a', 4),
          actor('b', 5),
          actor('c', 5),
          // f and g make five of the ten followed actors tied in 2019, so the chart starts there.
          actor('f', 0.5),
          actor('g', 0.5),
          ...Array.from({ length: 12 }, (_, k) => actor(`z${k}`, 6 + k)),
        ]),
        lastYear(2020),
      ],
    };
    const data = bumpData(trajectories, 'betweenness');
    expect(data.years).toEqual([2019, 2020]);
    const a = data.series.find((s) => s.id === 'a')!;
    const b = data.series.find((s) => s.id === 'b')!;
    const c = data.series.find((s) => s.id === 'c')!;
    expect(a.points[0]).toEqual({ year: 2019, value: 4, rank: 15, present: true });
    expect(b.points[0]).toEqual({ year: 2019, value: 5, rank: 13, present: true });
    expect(c.points[0]).toEqual({ year: 2019, value: 5, rank: 13, present: true });
    // d is not listed in 2019 (a sector filter can do that): no value, no rank.
    expect(data.series.find((s) => s.id === 'd')!.points[0]).toEqual({
      year: 2019,
      value: null,
      rank: null,
      present: false,
    });
  });

  it('counts values within 1e-9 of each other as equal, as the rankings do', () => {
    const data = bumpData(
      { years: [year(2020, [actor('a', 0.3), actor('b', 0.1 + 0.2), actor('c', 0.2)])] },
      'betweenness',
    );
    expect(data.series.map((s) => [s.id, s.finalRank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('ranks constraint low first and an actor without a value last', () => {
    const data = bumpData(
      {
        years: [
          year(2020, [actor('a', 0, 1, 0.5), actor('b', 0, 1, 0.2), actor('c', 0, 1, null), actor('d', 0, 1, 0.9)]),
        ],
      },
      'constraint',
    );
    expect(data.series.map((s) => [s.id, s.finalRank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['d', 3],
      ['c', 4],
    ]);
  });

  it('never follows an actor without a tie in the chosen year, and does not draw its untied years', () => {
    const data = bumpData(
      {
        years: [
          year(2019, [actor('a', 0, 0), actor('b', 1, 1)]),
          // c has no agreement in 2020 (degree 0) and betweenness 0, like b: it is ranked but not followed.
          year(2020, [actor('a', 2, 2), actor('b', 0, 1), actor('c', 0, 0)]),
        ],
      },
      'betweenness',
    );
    expect(data.series.map((s) => s.id)).toEqual(['a', 'b']);
    expect(data.series[0]!.points[0]).toEqual({ year: 2019, value: 0, rank: 2, present: false });
    expect(data.series[1]!.finalRank).toBe(2);
  });

  it('starts in the first year in which at least half of the followed actors have a tie', () => {
    const data = bumpData(
      {
        years: [
          // 2016: only a of a..d has a tie (1 of 4); 2017: a and b (2 of 4, half): the chart starts there.
          year(2016, [actor('a', 1, 1), actor('b', 0, 0), actor('c', 0, 0), actor('d', 0, 0)]),
          year(2017, [actor('a', 1, 1), actor('b', 1, 1), actor('c', 0, 0), actor('d', 0, 0)]),
          year(2018, [actor('a', 4, 1), actor('b', 3, 1), actor('c', 2, 1), actor('d', 1, 1)]),
        ],
      },
      'betweenness',
    );
    expect(data.years).toEqual([2017, 2018]);
    expect(data.series.map((s) => s.points.length)).toEqual([2, 2, 2, 2]);
  });

  it('follows the last year with a tie and leaves out leading years in which none of them has one', () => {
    const data = bumpData(
      {
        years: [
          year(2017, [actor('a', 0, 0), actor('b', 0, 0)]),
          year(2018, [actor('a', 0, 0), actor('b', 1, 1)]),
          year(2019, [actor('a', 1, 1), actor('b', 2, 1)]),
          // No agreement passes in 2020 and 2021: everyone is isolated, so 2019's leaders are followed.
          year(2020, [actor('a', 0, 0), actor('b', 0, 0)]),
          year(2021, []),
        ],
      },
      'betweenness',
    );
    expect(data.year).toBe(2019);
    expect(data.years).toEqual([2018, 2019]);
    // b leads in 2019; in 2018 a is listed without a tie (rank 2, not drawn).
    expect(data.series.map((s) => [s.id, s.points.map((p) => [p.rank, p.present])])).toEqual([
      [
        'b',
        [
          [1, true],
          [1, true],
        ],
      ],
      [
        'a',
        [
          [2, false],
          [2, true],
        ],
      ],
    ]);
  });

  it('is empty when no actor has a tie in any year', () => {
    expect(bumpData({ years: [year(2020, [actor('a', 0, 0)])] }, 'degree')).toEqual({
      metric: 'degree',
      years: [],
      year: null,
      series: [],
    });
  });
});

describe('bumpCsv', () => {
  it('writes one row per actor and year with the metric under its key, empty where not listed, formulas guarded', () => {
    const data = bumpData(
      {
        years: [
          year(2019, [actor('a', 1, 1)]),
          year(2020, [{ ...actor('a', 2, 1), label: '=HYPERLINK("x")' }, actor('f1', 3, 1)]),
        ],
      },
      'betweenness',
    );
    const lines = bumpCsv(data).split('\r\n');
    expect(lines).toEqual([
      '\uFEFFactor,label,country,year,betweenness,rank',
      'f1,Actor f1,FI,2019,,',
      'f1,Actor f1,FI,2020,3,1',
      // The label is the chosen year's; a leading = is guarded so that a spreadsheet shows it as text.
      `a,"'=HYPERLINK(""x"")",LV,2019,1,1`,
      `a,"'=HYPERLINK(""x"")",LV,2020,2,2`,
      '',
    ]);
  });
});
