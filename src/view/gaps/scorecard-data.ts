// The scorecards of the loaded dataset: figures from analysis/scorecard, betweenness from the analysis worker's metrics.
import { exportLinkGaps } from '../../analysis/gaps';
import type { AnalysisScope } from '../../analysis/scope';
import { countryScorecards, type CountryScorecard } from '../../analysis/scorecard';
import { memoLast } from '../../state/memo';
import type { MetricsState } from '../../state/store';

const fromMetrics = memoLast(
  (byActor: MetricsState['byActor']): ReadonlyMap<string, number> =>
    new Map([...byActor].map(([id, row]) => [id, row.betweenness])),
);

/**
 * Betweenness per actor from the analysis worker, or null until its metrics of this graph version are in.
 * Never computed here: up to 1,500 actors it used to run inline, a main-thread task of up to seconds
 * during render, while the worker was computing the same numbers for the same filters.
 */
export function betweennessFor(metrics: MetricsState | null, graphVersion: number): ReadonlyMap<string, number> | null {
  return metrics !== null && metrics.graphVersion === graphVersion ? fromMetrics(metrics.byActor) : null;
}

export const scorecardsOf = memoLast(
  (scope: AnalysisScope, sectors: readonly string[], betweenness: ReadonlyMap<string, number>): CountryScorecard[] =>
    countryScorecards(scope, { targetSectors: sectors, betweenness, exportLinkGaps: exportLinkGaps(scope) }),
);
