// A hand-made dataset for the rankings: a star (hub and three leaves), a pair and an isolated actor, values worked out below.
import { analyzeDataset } from '../../../src/analysis/analyze';
import type { Dataset, Filters } from '../../../src/model/types';
import { loadDatasetFromText } from '../../../src/state/actions';
import { useAtlas } from '../../../src/state/store';

/**
 * Actor graph (clique projection), n = 7: hub–l1 (weight 2), hub–l2, hub–l3; p1–__proto__; iso alone.
 * Worked out by hand (analysis.md definitions):
 * - betweenness: hub 3 of the C(6,2) = 15 pairs among the other six → 0.2; everyone else 0;
 * - closeness (Wasserman–Faust): hub (3/3)·(3/6) = 0.5; a leaf (3/5)·(3/6) = 0.3; p1 (1/1)·(1/6); iso 0;
 * - constraint: hub 3·(1/3)² = 1/3; every actor with one partner 1; iso none (null);
 * - strength: hub 2 + 1 + 1 = 4, l1 2; partners abroad: hub 2 (EE, SE), l3 0 (FI like the hub).
 */
export const rankingsFixture = (): Dataset => ({
  format: 'alliance-graph@1',
  title: 'Rankings fixture',
  sectors: [
    { id: 'health', label: 'Health' },
    { id: 'digital', label: 'Digital' },
  ],
  actors: [
    { id: 'hub', label: 'Hub Agency', kind: 'agency', country: 'FI', sectors: ['health', 'digital'] },
    { id: 'l1', label: 'Leaf Estonia', kind: 'cluster', country: 'EE', sectors: ['health'], city: 'Tartu' },
    { id: 'l2', label: 'Leaf Sweden', kind: 'cluster', country: 'SE', sectors: ['digital'] },
    { id: 'l3', label: 'Leaf Finland', kind: 'cluster', country: 'FI' },
    { id: 'p1', label: 'Pair One', kind: 'network', country: 'LV', sectors: ['digital'] },
    { id: '__proto__', label: '=Pair Two', kind: 'programme', country: 'LV' },
    { id: 'iso', label: 'Isolated', kind: 'other', country: 'DK' },
  ],
  agreements: [
    { id: 'a1', kind: 'bilateral', parties: ['hub', 'l1'], weight: 2 },
    { id: 'a2', kind: 'bilateral', parties: ['hub', 'l2'] },
    { id: 'a3', kind: 'bilateral', parties: ['hub', 'l3'] },
    { id: 'a4', kind: 'bilateral', parties: ['p1', '__proto__'] },
  ],
});

/** Loads a dataset into the store; with `analysed`, also stores its analysis as the worker would. */
export function loadIntoStore(dataset: Dataset, analysed = true): void {
  const result = loadDatasetFromText(JSON.stringify(dataset), 'fixture');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.pointer}: ${e.message}`).join('; '));
  if (analysed) storeAnalysis();
}

/** Runs the analysis of the store's dataset, filters and projection, and stores it for the current graph version. */
export function storeAnalysis(): void {
  const { dataset, view, graphVersion } = useAtlas.getState();
  if (dataset === null) throw new Error('no dataset in the store');
  const result = analyzeDataset(dataset, { filters: view.filters as Filters, projection: view.projection });
  useAtlas.setState({
    metrics: { graphVersion, byActor: new Map(result.actors.map((row) => [row.id, row])), result },
    analysis: { status: 'done', progress: 1, message: null },
  });
}
