// Comparing two years off the main thread: the request, its computation, and the handler its worker runs (testable without a Worker).
import { compareYearsSteps, type Comparison } from '../analysis/compare';
import type { Steps } from '../analysis/steps';
import type { Dataset, Filters } from '../model/types';
import { handleStepsJob, type StepsJob, type StepsMemory, type StepsReply } from './steps-job';

/** The network under `filters` in year `from` against year `to` (the year filter replaced by each in turn). */
export interface CompareRequest {
  dataset: Dataset;
  filters: Filters;
  from: number;
  to: number;
}

export type CompareJob = StepsJob<CompareRequest>;
export type CompareReply = StepsReply<Comparison>;

/** The computation, the same in the worker and in the main thread's slices: ranks by betweenness at every size. */
export const compareStepsOf = (request: CompareRequest): Steps<Comparison> =>
  compareYearsSteps(request.dataset, request.filters, request.from, request.to);

export const handleCompareJob = (job: CompareJob, post: (reply: CompareReply) => void, memory: StepsMemory): void =>
  handleStepsJob(job, post, memory, compareStepsOf);
