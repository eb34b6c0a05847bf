// Where an actor brokers and the paths behind one pair of countries, off the main thread for large networks: the requests and their computations, defined once for the workers and the clients.
import { brokerageSteps, type Brokerage } from '../analysis/brokerage';
import { brokerPathsSteps, type BrokerPaths } from '../analysis/broker-paths';
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

export interface BrokerPathsRequest extends BrokerageRequest {
  /** The two countries whose actors' shortest paths through `actor` are drawn. */
  countries: [string, string];
}

export const brokerPathsJob = defineStepsJob('the paths through it', (request: BrokerPathsRequest) =>
  brokerPathsSteps(applyFilters(request.dataset, request.filters), request.actor, request.countries),
);

export type BrokerPathsJob = StepsJob<BrokerPathsRequest>;
export type BrokerPathsResult = BrokerPaths | null;
