// Comparing two years off the main thread: the request and its computation (ranks by betweenness at every size), defined once for the worker and the client.
import { compareYearsSteps } from '../analysis/compare';
import type { Dataset, Filters } from '../model/types';
import { defineStepsJob, type StepsJob } from './steps-job';

/** The network under `filters` in year `from` against year `to` (the year filter replaced by each in turn). */
export interface CompareRequest {
  dataset: Dataset;
  filters: Filters;
  from: number;
  to: number;
}

export const compareJob = defineStepsJob('comparison', (request: CompareRequest) =>
  compareYearsSteps(request.dataset, request.filters, request.from, request.to),
);

export type CompareJob = StepsJob<CompareRequest>;
export const { handle: handleCompareJob } = compareJob;
