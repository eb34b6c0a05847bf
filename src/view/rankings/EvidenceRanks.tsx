// "With vs without illustrative ties" in the rankings: a switch, and the two ranks it adds beside each actor's name.
import type { EvidenceRank } from '../../analysis/evidence-ranks';
import type { RobustnessMetric } from '../../analysis/robustness';
import type { Dataset, Filters, Projection } from '../../model/types';
import { createEvidenceRanksClient } from '../../worker/evidence-ranks-client';
import { METRIC_LABELS } from '../labels';
import { useStepsJob, type StepsJobState } from '../use-steps-job';

export type EvidenceRanks = ReadonlyMap<string, EvidenceRank>;

/** The two ranks of every actor, computed in a worker of their own (twice the metric) while the switch is on and nothing blocks it. */
export function useEvidenceRanks(
  dataset: Dataset | null,
  filters: Filters,
  metric: RobustnessMetric,
  projection: Projection,
  wanted: boolean,
): StepsJobState<EvidenceRanks> | null {
  const request = wanted && dataset !== null ? { dataset, filters, metric, projection } : null;
  return useStepsJob(createEvidenceRanksClient, request, [dataset, filters, metric, projection]);
}

/** Whether the comparison can be shown, and if not why, for the switch's note. */
export function evidenceBlocker(dataset: Dataset, filters: Filters): 'none-illustrative' | 'filtered' | null {
  if (filters.documentedOnly) return 'filtered';
  const illustrative = (record: { evidence?: string }): boolean => record.evidence === 'illustrative';
  if (!dataset.agreements.some(illustrative) && !dataset.actors.some(illustrative)) return 'none-illustrative';
  return null;
}

const BLOCKED: Readonly<Record<NonNullable<ReturnType<typeof evidenceBlocker>>, string>> = {
  'none-illustrative': 'This dataset marks no agreement as illustrative.',
  filtered: 'The filters already leave illustrative agreements out ("Documented only").',
};

export function EvidenceSwitch({
  on,
  onChange,
  metric,
  blocker,
  job,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  metric: RobustnessMetric;
  blocker: ReturnType<typeof evidenceBlocker>;
  job: StepsJobState<EvidenceRanks> | null;
}) {
  return (
    <p className="rankings-note rankings-evidence">
      <label>
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} /> With vs without
        illustrative ties
      </label>{' '}
      {on && (blocker === null ? jobText(job, metric) : BLOCKED[blocker])}
    </p>
  );
}

function jobText(job: StepsJobState<EvidenceRanks> | null, metric: RobustnessMetric): string {
  const what = `rank by ${METRIC_LABELS[metric].toLowerCase()} with all agreements and with documented ones only`;
  if (job?.status === 'failed') return `Could not ${what}: ${job.message}`;
  if (job?.status === 'running') return `Computing the ${what}… ${Math.round(job.progress * 100)} %`;
  return `${what[0]!.toUpperCase()}${what.slice(1)}.`;
}
