// The crowded-tie note's data: which rank is shared by how many leaders, and which metric tells them apart.
import { describe, expect, it } from 'vitest';
import type { Trajectories } from '../../../src/analysis/trajectories';
import type { ActorMetrics } from '../../../src/analysis/types';
import { bumpData } from '../../../src/view/trajectories/bump-data';
import { crowdedTie, separatingMetric } from '../../../src/view/trajectories/bump-ties';

/** Metrics in one year with every measure at 0 but those given. */
function actor(id: string, values: Partial<ActorMetrics>): ActorMetrics {
  return {
    id,
    label: id,
    country: 'FI',
    degree: 1,
    strength: 1,
    degreeCentrality: 0,
    betweenness: 0,
    closeness: 0,
    eigenvector: 0,
    pagerank: 0,
    constraint: 0,
    community: 0,
    crossBorderPartners: 0,
    ...values,
  };
}

/** Five actors tied on degree 4 (one five-party agreement), two loners; strength tied too, betweenness apart. */
const tied: Trajectories = {
  years: [
    {
      year: 2026,
      actors: [
        ...['a', 'b', 'c', 'd', 'e'].map((id, k) => actor(id, { degree: 4, strength: 4, betweenness: k })),
        actor('f', { degree: 1, strength: 1, betweenness: 0 }),
        actor('g', { degree: 1, strength: 1, betweenness: 0 }),
      ],
    },
  ],
};

describe('crowdedTie', () => {
  it('names the rank five leaders share by degree and how many share it', () => {
    expect(crowdedTie(bumpData(tied, 'degree'))).toEqual({ rank: 1, count: 5 });
  });

  it('is null when no three leaders share a rank (two sharing one reads well)', () => {
    const two: Trajectories = {
      years: [{ year: 2026, actors: [actor('a', { degree: 2 }), actor('b', { degree: 2 }), actor('c', {})] }],
    };
    expect(crowdedTie(bumpData(two, 'degree'))).toBeNull();
  });
});

describe('separatingMetric', () => {
  it('offers betweenness when it leaves a smaller crowd than degree (three on one rank instead of five)', () => {
    const betweenness = bumpData(tied, 'betweenness');
    // a, f and g share betweenness 0; b..e are apart.
    expect(crowdedTie(betweenness)).toEqual({ rank: 5, count: 3 });
    expect(separatingMetric(tied, bumpData(tied, 'degree'))).toBe('betweenness');
  });

  it('offers nothing when no other metric splits the tied leaders', () => {
    const same: Trajectories = {
      years: [{ year: 2026, actors: ['a', 'b', 'c'].map((id) => actor(id, { degree: 2, strength: 2 })) }],
    };
    expect(separatingMetric(same, bumpData(same, 'degree'))).toBeNull();
  });

  it('picks the metric with the smallest shared group, the earlier in the order betweenness, strength, PageRank on a draw', () => {
    const apart: Trajectories = {
      years: [
        {
          year: 2026,
          actors: ['a', 'b', 'c', 'd'].map((id, k) =>
            actor(id, { degree: 3, strength: 3, betweenness: 0, pagerank: 0.1 * (k + 1) }),
          ),
        },
      ],
    };
    // Degree, strength and betweenness tie all four; PageRank tells them apart.
    expect(separatingMetric(apart, bumpData(apart, 'degree'))).toBe('pagerank');
    // Two shared ranks are no crowd: betweenness wins once it splits them into pairs.
    const pairs: Trajectories = {
      years: [
        {
          year: 2026,
          actors: ['a', 'b', 'c', 'd'].map((id, k) => actor(id, { degree: 3, betweenness: k < 2 ? 1 : 2 })),
        },
      ],
    };
    expect(separatingMetric(pairs, bumpData(pairs, 'degree'))).toBe('betweenness');
  });
});
