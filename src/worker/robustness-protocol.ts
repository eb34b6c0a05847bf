// Rank robustness off the main thread: the request, its computation, and the handler its worker runs (testable without a Worker).
import { robustnessSteps, type Robustness, type RobustnessMetric } from '../analysis/robustness';
import type { Steps } from '../analysis/steps';
import { applyFilters } from '../model/filter';
import type { Dataset, Filters, Projection } from '../model/types';
import { handleStepsJob, type StepsJob, type StepsMemory, type StepsReply } from './steps-job';

export interface RobustnessRequest {
  dataset: Dataset;
  filters: Filters;
  projection: Projection;
  metric: RobustnessMetric;
}

export type RobustnessJob = StepsJob<RobustnessRequest>;
export type RobustnessReply = StepsReply<Robustness>;

/** The computation, the same in the worker and in the main thread's slices. */
export const robustnessStepsOf = (request: RobustnessRequest): Steps<Robustness> =>
  robustnessSteps(applyFilters(request.dataset, request.filters), {
    metric: request.metric,
    projection: request.projection,
  });

export const handleRobustnessJob = (
  job: RobustnessJob,
  post: (reply: RobustnessReply) => void,
  memory: StepsMemory,
): void => handleStepsJob(job, post, memory, robustnessStepsOf);
