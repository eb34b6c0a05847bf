// Rank robustness (analysis.md): how far each of the top 10 by one metric falls when any one passing agreement is removed.
import type { FilteredDataset } from '../model/filter';
import type { Projection } from '../model/types';
import { crossBorderCounts } from './cross-border';
import { betweennessClosenessSteps } from './brandes';
import { constraint, degreeCentrality, degrees, eigenvectorCentrality, pagerank, strengths } from './centrality';
import { csrFromFiltered, type Csr } from './csr';
import { runSteps, scaled, type Steps } from './steps';
import { ACTOR_METRIC_KEYS, type RunControl } from './types';

export type RobustnessMetric = Exclude<(typeof ACTOR_METRIC_KEYS)[number], 'community'>;
export const ROBUSTNESS_METRICS: readonly RobustnessMetric[] = ACTOR_METRIC_KEYS.filter(
  (key): key is RobustnessMetric => key !== 'community',
);

/** How many leading actors are followed. */
export const ROBUSTNESS_TOP = 10;
/** Up to this many passing agreements every one is removed in turn; above it only those touching the top 10. */
export const ROBUSTNESS_EXACT_LIMIT = 1000;
/** Values this close (relative to the larger of 1 and the value) are equal: sums in another order differ in the last bits. */
const TOLERANCE = 1e-9;

export interface RobustnessEntry {
  actor: string;
  label: string;
  /** Competition rank on the filtered graph with every agreement (1 = best; equal values share a rank). */
  rank: number;
  value: number | null;
  /** The largest competition rank over the single removals tried (its own rank when none was tried). */
  worstRank: number;
  /** The agreement whose removal gives worstRank (ties: the smallest id); null when no agreement was removed. */
  worstAgreement: string | null;
  /** Its label (its id where it has none), for reports. */
  worstAgreementLabel: string | null;
  /** stable: worstRank ≤ 10 under every removal tried; fragile: some removal drops it out of the top 10. */
  status: 'stable' | 'fragile';
}

export interface Robustness {
  metric: RobustnessMetric;
  projection: Projection;
  /** True when every passing agreement was removed in turn; false above ROBUSTNESS_EXACT_LIMIT. */
  exact: boolean;
  passingAgreements: number;
  /** Agreements removed one at a time: all passing ones when exact, else those with a passing party in the top 10. */
  removed: number;
  /** The top 10 (fewer in a smaller network), best first: by rank, ties by actor id. */
  actors: RobustnessEntry[];
}

export interface RobustnessOptions extends RunControl {
  metric?: RobustnessMetric;
  projection?: Projection;
}

/** Burt's constraint is the one metric where low is better (a broker across structural holes). */
export const lowIsBetter = (metric: RobustnessMetric): boolean => metric === 'constraint';

/**
 * The metric for the first `count` nodes of the CSR (the actors), with the same functions analyze uses, as
 * Steps: the Brandes passes yield between chunks of sources, so that even one recomputation on a large
 * graph leaves the main-thread fallback room to breathe (and progress moves within a removal).
 */
export function* metricOnCsrSteps(
  csr: Csr,
  metric: RobustnessMetric,
  count: number,
  countryOf: (index: number) => string,
): Steps<Array<number | null>> {
  let values: ArrayLike<number | null> | null;
  switch (metric) {
    case 'degree':
      values = degrees(csr);
      break;
    case 'strength':
      values = strengths(csr);
      break;
    case 'degreeCentrality':
      values = degreeCentrality(csr);
      break;
    case 'betweenness':
    case 'closeness': {
      const paths = yield* betweennessClosenessSteps(csr);
      values = paths[metric];
      break;
    }
    case 'eigenvector':
      values = eigenvectorCentrality(csr).values;
      break;
    case 'pagerank':
      values = pagerank(csr).values;
      break;
    case 'constraint':
      values = constraint(csr);
      break;
    case 'crossBorderPartners':
      // Keyed by actor id in node order, and the actors are the first `count` nodes.
      values = [...crossBorderCounts(csr, (_key, index) => countryOf(index)).values()];
      break;
  }
  const out: Array<number | null> = [];
  for (let i = 0; i < count; i++) {
    const value = values === null ? null : (values[i] ?? null);
    out.push(value !== null && Number.isFinite(value) ? value : null);
  }
  return out;
}

/** True when a is clearly better than b; a value always beats no value. */
function better(a: number | null, b: number | null, low: boolean): boolean {
  if (a === null) return false;
  if (b === null) return true;
  const margin = TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  return low ? a < b - margin : a > b + margin;
}

/** Competition rank of node v: 1 + the number of actors clearly better. */
export function rankOf(values: ReadonlyArray<number | null>, v: number, low: boolean): number {
  let higher = 0;
  for (let u = 0; u < values.length; u++) if (u !== v && better(values[u]!, values[v]!, low)) higher++;
  return higher + 1;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rank robustness as Steps: one step per agreement removed (each a full recomputation of the metric). */
export function* robustnessSteps(filtered: FilteredDataset, options: RobustnessOptions = {}): Steps<Robustness> {
  const metric = options.metric ?? 'betweenness';
  const projection = options.projection ?? 'clique';
  const low = lowIsBetter(metric);
  const actors = filtered.actors;
  const count = actors.length;
  const countryOf = (index: number): string => actors[index]?.country ?? '';
  const measure = (input: FilteredDataset): Steps<Array<number | null>> =>
    metricOnCsrSteps(csrFromFiltered(input, projection), metric, count, countryOf);
  const base = yield* scaled(measure(filtered), 0, 0.01);
  const ranks = base.map((_, v) => rankOf(base, v, low));
  const top = actors
    .map((_, v) => v)
    .sort((a, b) => ranks[a]! - ranks[b]! || byCode(actors[a]!.id, actors[b]!.id))
    .slice(0, ROBUSTNESS_TOP);
  const exact = filtered.agreements.length <= ROBUSTNESS_EXACT_LIMIT;
  const topIds = new Set(top.map((v) => actors[v]!.id));
  const candidates = filtered.agreements
    .map((passing, index) => ({ passing, index }))
    .filter(({ passing }) => exact || passing.parties.some((party) => topIds.has(party)));
  const worst = top.map((v) => ({ rank: ranks[v]!, agreement: null as string | null, label: null as string | null }));
  for (let k = 0; k < candidates.length; k++) {
    const { passing, index } = candidates[k]!;
    const without = { ...filtered, agreements: filtered.agreements.filter((_, i) => i !== index) };
    const done = 0.01 + (0.99 * k) / candidates.length;
    const values = yield* scaled(measure(without), done, done + 0.99 / candidates.length);
    const id = passing.agreement.id;
    const label = passing.agreement.label ?? id;
    top.forEach((v, t) => {
      const rank = rankOf(values, v, low);
      const current = worst[t]!;
      if (
        current.agreement === null ||
        rank > current.rank ||
        (rank === current.rank && byCode(id, current.agreement) < 0)
      ) {
        worst[t] = { rank, agreement: id, label };
      }
    });
  }
  return {
    metric,
    projection,
    exact,
    passingAgreements: filtered.agreements.length,
    removed: candidates.length,
    actors: top.map((v, t) => ({
      actor: actors[v]!.id,
      label: actors[v]!.label,
      rank: ranks[v]!,
      value: base[v]!,
      worstRank: worst[t]!.rank,
      worstAgreement: worst[t]!.agreement,
      worstAgreementLabel: worst[t]!.label,
      status: worst[t]!.rank <= ROBUSTNESS_TOP ? 'stable' : 'fragile',
    })),
  };
}

/** Rank robustness of the top 10 by `metric` on the filtered actor graph, run straight through. */
export function robustness(filtered: FilteredDataset, options: RobustnessOptions = {}): Robustness {
  return runSteps(robustnessSteps(filtered, options), options);
}
