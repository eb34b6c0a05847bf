// Where an actor brokers, off the main thread for large networks: the request and its computation, defined once for the worker and the client.
import { brokerageSteps, type Brokerage } from '../analysis/brokerage';
import { applyFilters } from '../model/filter';
import type { Dataset, Filters } from '../model/types';
import { defineStepsJob, type StepsJob } from './steps-job';

export interface BrokerageRequest {
  dataset: Dataset;
  filters: Filters;
  /** The actor whose brokerage is split by country pair. */
  actor: string;
}

export const brokerageJob = defineStepsJob('where it brokers', (request: BrokerageRequest) =>
  brokerageSteps(applyFilters(request.dataset, request.filters), request.actor),
);

export type BrokerageJob = StepsJob<BrokerageRequest>;
export type BrokerageResult = Brokerage | null;
