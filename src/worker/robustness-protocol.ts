// Rank robustness off the main thread: the request and its computation, defined once for the worker and the client.
import { robustnessSteps, type RobustnessMetric } from '../analysis/robustness';
import { applyFilters } from '../model/filter';
import type { Dataset, Filters, Projection } from '../model/types';
import { defineStepsJob, type StepsJob } from './steps-job';

export interface RobustnessRequest {
  dataset: Dataset;
  filters: Filters;
  projection: Projection;
  metric: RobustnessMetric;
}

export const robustnessJob = defineStepsJob('robustness', (request: RobustnessRequest) =>
  robustnessSteps(applyFilters(request.dataset, request.filters), {
    metric: request.metric,
    projection: request.projection,
  }),
);

export type RobustnessJob = StepsJob<RobustnessRequest>;
export const { handle: handleRobustnessJob } = robustnessJob;
