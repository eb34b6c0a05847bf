// The compare view's comparison of two years, computed in its own worker: "running" with progress until it arrives.
import type { Comparison } from '../../analysis/compare';
import type { Dataset, Filters } from '../../model/types';
import { createCompareClient } from '../../worker/compare-client';
import { useStepsJob, type StepsJobState } from '../use-steps-job';

export type ComparisonState = StepsJobState<Comparison>;

/** The comparison of these very inputs: a change of data, filters or years cancels the job still running and starts another. */
export function useComparison(dataset: Dataset, filters: Filters, from: number, to: number): ComparisonState {
  const inputs = [dataset, filters, from, to];
  // The request is always given, so the job's state is never null; the fallback only satisfies the type.
  return useStepsJob(createCompareClient, { dataset, filters, from, to }, inputs) ?? { status: 'running', progress: 0 };
}
