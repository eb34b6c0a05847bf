// Ranks with and without illustrative ties off the main thread: the request and its computation, defined once for the worker and the client.
import { evidenceRanksSteps, type EvidenceRank } from '../analysis/evidence-ranks';
import type { RobustnessMetric } from '../analysis/robustness';
import type { Dataset, Filters, Projection } from '../model/types';
import { defineStepsJob, type StepsJob } from './steps-job';

export interface EvidenceRanksRequest {
  dataset: Dataset;
  filters: Filters;
  metric: RobustnessMetric;
  projection: Projection;
}

export type EvidenceRanksResult = Map<string, EvidenceRank>;

export const evidenceRanksJob = defineStepsJob('ranks without illustrative ties', (request: EvidenceRanksRequest) =>
  evidenceRanksSteps(request.dataset, request.filters, request.metric, request.projection),
);

export type EvidenceRanksJob = StepsJob<EvidenceRanksRequest>;
export const { handle: handleEvidenceRanksJob } = evidenceRanksJob;
