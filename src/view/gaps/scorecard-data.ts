// The scorecards of the loaded dataset: figures from analysis/scorecard, betweenness from the store's metrics when fresh.
import { actorMetrics } from '../../analysis/actor-metrics';
import { exportLinkGaps } from '../../analysis/gaps';
import type { AnalysisScope } from '../../analysis/scope';
import { countryScorecards, type CountryScorecard } from '../../analysis/scorecard';
import { actorGraphFrom } from '../../model/graph';
import { memoLast } from '../../state/memo';
import type { MetricsState } from '../../state/store';

/** Above this many actors the scorecard waits for the worker's metrics instead of computing them on the main thread. */
export const INLINE_METRICS_LIMIT = 1500;

const inlineBetweenness = memoLast((scope: AnalysisScope): ReadonlyMap<string, number> => {
  const { actors } = actorMetrics(actorGraphFrom(scope.filtered, 'clique'));
  return new Map(actors.map((row) => [row.id, row.betweenness]));
});

const fromMetrics = memoLast(
  (byActor: MetricsState['byActor']): ReadonlyMap<string, number> =>
    new Map([...byActor].map(([id, row]) => [id, row.betweenness])),
);

/** Betweenness per actor, or null while it is still being computed elsewhere. */
export function betweennessFor(
  scope: AnalysisScope,
  metrics: MetricsState | null,
  graphVersion: number,
): ReadonlyMap<string, number> | null {
  if (metrics !== null && metrics.graphVersion === graphVersion) {
    return fromMetrics(metrics.byActor);
  }
  return scope.filtered.actors.length <= INLINE_METRICS_LIMIT ? inlineBetweenness(scope) : null;
}

export const scorecardsOf = memoLast(
  (scope: AnalysisScope, sectors: readonly string[], betweenness: ReadonlyMap<string, number>): CountryScorecard[] =>
    countryScorecards(scope, { targetSectors: sectors, betweenness, exportLinkGaps: exportLinkGaps(scope) }),
);
