// "With vs without illustrative ties" in the rankings: a switch, and the two ranks it adds beside each actor's name.
import { evidenceRanks, type EvidenceRank } from '../../analysis/evidence-ranks';
import type { RobustnessMetric } from '../../analysis/robustness';
import type { Dataset, Filters, Projection } from '../../model/types';
import { memoLast } from '../../state/memo';
import { METRIC_LABELS } from '../labels';

/**
 * The ranks are computed on the main thread, twice the metric (with all ties, then documented only): well under a
 * second up to this many actors; above it the switch says to compare with the "Documented only" filter instead.
 */
export const EVIDENCE_RANKS_LIMIT = 1500;

export const evidenceRanksOf = memoLast(
  (dataset: Dataset, filters: Filters, metric: RobustnessMetric, projection: Projection) =>
    evidenceRanks(dataset, filters, metric, projection),
);

/** Whether the comparison can be shown, and if not why, for the switch's note. */
export function evidenceBlocker(
  dataset: Dataset,
  filters: Filters,
  actors: number,
): 'none-illustrative' | 'filtered' | 'large' | null {
  if (filters.documentedOnly) return 'filtered';
  const illustrative = (record: { evidence?: string }): boolean => record.evidence === 'illustrative';
  if (!dataset.agreements.some(illustrative) && !dataset.actors.some(illustrative)) return 'none-illustrative';
  return actors > EVIDENCE_RANKS_LIMIT ? 'large' : null;
}

const BLOCKED: Readonly<Record<NonNullable<ReturnType<typeof evidenceBlocker>>, string>> = {
  'none-illustrative': 'This dataset marks no agreement as illustrative.',
  filtered: 'The filters already leave illustrative agreements out ("Documented only").',
  large: `Compared in the table for up to ${EVIDENCE_RANKS_LIMIT.toLocaleString('en')} actors; for a larger network, download the table with and without "Documented only".`,
};

export function EvidenceSwitch({
  on,
  onChange,
  metric,
  blocker,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  metric: RobustnessMetric;
  blocker: ReturnType<typeof evidenceBlocker>;
}) {
  return (
    <p className="rankings-note rankings-evidence">
      <label>
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} /> With vs without
        illustrative ties
      </label>{' '}
      {on &&
        (blocker === null
          ? `Rank by ${METRIC_LABELS[metric].toLowerCase()} with all agreements and with documented ones only.`
          : BLOCKED[blocker])}
    </p>
  );
}

export type EvidenceRanks = ReadonlyMap<string, EvidenceRank>;
