// When several of the chart's leaders share one rank: how many, and which other metric tells them apart.
import type { Trajectories } from '../../analysis/trajectories';
import type { MetricName } from '../../embed/view-state';
import { bumpData, type BumpData } from './bump-data';

/** Below this many actors on one rank a tie reads well on the chart; from it on the lines lie on top of each other. */
export const CROWDED_TIE = 3;

/** The metrics offered instead, in the order they are tried: the broker role first, the article's question. */
const ALTERNATIVES: readonly MetricName[] = [
  'betweenness',
  'strength',
  'pagerank',
  'eigenvector',
  'crossBorderPartners',
  'closeness',
  'constraint',
  'degree',
  'degreeCentrality',
];

export interface CrowdedTie {
  /** The shared rank in the chart's year. */
  rank: number;
  /** How many followed actors share it (at least CROWDED_TIE). */
  count: number;
}

/** The largest group of followed actors sharing one final rank, when it has CROWDED_TIE or more; else null. */
export function crowdedTie(data: BumpData): CrowdedTie | null {
  const byRank = new Map<number, number>();
  for (const series of data.series) byRank.set(series.finalRank, (byRank.get(series.finalRank) ?? 0) + 1);
  let best: CrowdedTie | null = null;
  for (const [rank, count] of byRank) {
    if (count >= CROWDED_TIE && (best === null || count > best.count || (count === best.count && rank < best.rank))) {
      best = { rank, count };
    }
  }
  return best;
}

/** The size of the largest group sharing one final rank (1 when there is no tie, 0 when nothing is ranked). */
function largestGroup(data: BumpData): number {
  const byRank = new Map<number, number>();
  let largest = 0;
  for (const series of data.series) {
    const count = (byRank.get(series.finalRank) ?? 0) + 1;
    byRank.set(series.finalRank, count);
    largest = Math.max(largest, count);
  }
  return largest;
}

/**
 * The metric (tried in ALTERNATIVES' order) whose top 10 has the smallest largest group on one rank, when that is
 * smaller than `current`'s and it follows as many actors; null when none separates the leaders better.
 */
export function separatingMetric(trajectories: Trajectories, current: BumpData): MetricName | null {
  let best: { metric: MetricName | null; largest: number } = { metric: null, largest: largestGroup(current) };
  for (const metric of ALTERNATIVES) {
    if (best.largest <= 1) break;
    if (metric === current.metric) continue;
    const data = bumpData(trajectories, metric);
    if (data.series.length < current.series.length) continue;
    const largest = largestGroup(data);
    if (largest < best.largest) best = { metric, largest };
  }
  return best.metric;
}
