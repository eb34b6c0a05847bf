// Ranks with and without illustrative ties off the main thread: the request, its computation, and the handler its worker runs (testable without a Worker).
import { evidenceRanksSteps, type EvidenceRank } from '../analysis/evidence-ranks';
import type { RobustnessMetric } from '../analysis/robustness';
import type { Steps } from '../analysis/steps';
import type { Dataset, Filters, Projection } from '../model/types';
import { handleStepsJob, type StepsJob, type StepsMemory, type StepsReply } from './steps-job';

export interface EvidenceRanksRequest {
  dataset: Dataset;
  filters: Filters;
  metric: RobustnessMetric;
  projection: Projection;
}

export type EvidenceRanksResult = Map<string, EvidenceRank>;
export type EvidenceRanksJob = StepsJob<EvidenceRanksRequest>;
export type EvidenceRanksReply = StepsReply<EvidenceRanksResult>;

/** The computation, the same in the worker and in the main thread's slices. */
export const evidenceRanksStepsOf = (request: EvidenceRanksRequest): Steps<EvidenceRanksResult> =>
  evidenceRanksSteps(request.dataset, request.filters, request.metric, request.projection);

export const handleEvidenceRanksJob = (
  job: EvidenceRanksJob,
  post: (reply: EvidenceRanksReply) => void,
  memory: StepsMemory,
): void => handleStepsJob(job, post, memory, evidenceRanksStepsOf);
