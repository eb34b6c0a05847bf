// Rank robustness off the main thread: the messages, and the handler its worker runs (testable without a Worker).
import { robustnessSteps, type Robustness, type RobustnessMetric } from '../analysis/robustness';
import { runSteps } from '../analysis/steps';
import { messageOf } from '../model/errors';
import { applyFilters } from '../model/filter';
import type { Dataset, Filters, Projection } from '../model/types';

export interface RobustnessRequest {
  dataset: Dataset;
  filters: Filters;
  projection: Projection;
  metric: RobustnessMetric;
}

export interface RobustnessJob {
  id: number;
  request: RobustnessRequest;
}

export type RobustnessReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: Robustness }
  | { id: number; type: 'error'; message: string };

/** Progress goes out in whole percents only: each message is handled by the main thread. */
export function handleRobustnessJob(job: RobustnessJob, post: (reply: RobustnessReply) => void): void {
  const { id, request } = job;
  let shown = -1;
  try {
    const filtered = applyFilters(request.dataset, request.filters);
    const steps = robustnessSteps(filtered, { metric: request.metric, projection: request.projection });
    const result = runSteps(steps, {
      onProgress: (fraction) => {
        if (fraction < shown + 0.01 && fraction < 1) return;
        shown = fraction;
        post({ id, type: 'progress', fraction });
      },
    });
    post({ id, type: 'result', result });
  } catch (error) {
    post({ id, type: 'error', message: messageOf(error) });
  }
}
