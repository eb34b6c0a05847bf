// The rankings' Robustness column: which metric it follows, its cell text and its CSV columns (analysis.md "Rank robustness").
import { ROBUSTNESS_METRICS, type RobustnessEntry, type RobustnessMetric } from '../../analysis/robustness';

/** The table's sort column when it is a metric (community and text columns are not), else the size metric. */
export function robustnessMetricOf(sortKey: string, size: RobustnessMetric): RobustnessMetric {
  return (ROBUSTNESS_METRICS as readonly string[]).includes(sortKey) ? (sortKey as RobustnessMetric) : size;
}

/** "stable", or "fragile: drops to 14 without <agreement>". */
export function robustnessText(entry: RobustnessEntry): string {
  if (entry.status === 'stable') return 'stable';
  return `fragile: drops to ${entry.worstRank} without ${entry.worstAgreementLabel ?? entry.worstAgreement ?? '–'}`;
}

/** The cell's tooltip: the rank now and the worst, for stable actors too. */
export function robustnessTitle(entry: RobustnessEntry): string {
  const without = entry.worstAgreementLabel ?? entry.worstAgreement;
  return without === null
    ? `Rank ${entry.rank}; no agreement to remove`
    : `Rank ${entry.rank}; at worst ${entry.worstRank} when "${without}" is removed`;
}

/** The CSV headers, as `analyze --robustness --format csv` has them. */
export const ROBUSTNESS_CSV = ['robustness', 'robustnessWorstRank', 'robustnessWorstAgreement'] as const;

export function robustnessCells(
  entry: RobustnessEntry | undefined,
): Record<(typeof ROBUSTNESS_CSV)[number], string | number | null> {
  return {
    robustness: entry?.status ?? null,
    robustnessWorstRank: entry?.worstRank ?? null,
    robustnessWorstAgreement: entry?.worstAgreement ?? null,
  };
}
