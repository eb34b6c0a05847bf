// Rank robustness in the rankings: computed on request, in its own worker, for the table's metric under the current filters.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Robustness, RobustnessEntry, RobustnessMetric } from '../../analysis/robustness';
import { CancelledError } from '../../analysis/types';
import type { Dataset, Filters, Projection } from '../../model/types';
import { messageOf } from '../../model/errors';
import { createRobustnessClient, type RobustnessClient } from '../../worker/robustness-client';
import { METRIC_LABELS } from '../labels';
import { groupedInteger } from '../../model/number-text';

export type RobustnessState =
  | { status: 'idle' }
  | { status: 'running'; progress: number }
  | { status: 'done'; result: Robustness; byActor: ReadonlyMap<string, RobustnessEntry> }
  | { status: 'failed'; message: string };

const IDLE: RobustnessState = { status: 'idle' };

interface Key {
  dataset: Dataset | null;
  filters: Filters;
  projection: Projection;
  metric: RobustnessMetric;
}

/** The robustness of these very inputs: any change of data, filters, projection or metric drops (and cancels) the last. */
export function useRobustness(
  dataset: Dataset | null,
  filters: Filters,
  projection: Projection,
  metric: RobustnessMetric,
) {
  const key = useMemo((): Key => ({ dataset, filters, projection, metric }), [dataset, filters, projection, metric]);
  const [held, setHeld] = useState<{ key: Key; state: RobustnessState }>({ key, state: IDLE });
  const client = useRef<RobustnessClient | null>(null);
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => () => client.current?.cancel(), [key]);
  const state = held.key === key ? held.state : IDLE;

  const start = (): void => {
    const { dataset: data } = key;
    if (data === null) return;
    client.current ??= createRobustnessClient();
    setHeld({ key, state: { status: 'running', progress: 0 } });
    const update = (next: RobustnessState): void => setHeld((last) => (last.key === key ? { key, state: next } : last));
    client.current
      .run({ ...key, dataset: data }, (progress) => update({ status: 'running', progress }))
      .then(
        (result) =>
          update({ status: 'done', result, byActor: new Map(result.actors.map((entry) => [entry.actor, entry])) }),
        (error: unknown) => {
          if (!(error instanceof CancelledError)) update({ status: 'failed', message: messageOf(error) });
        },
      );
  };
  const cancel = (): void => {
    client.current?.cancel();
    setHeld({ key, state: IDLE });
  };
  return { state, start, cancel };
}

interface Props {
  state: RobustnessState;
  metric: RobustnessMetric;
  start: () => void;
  cancel: () => void;
}

export function RobustnessBar({ state, metric, start, cancel }: Props) {
  const by = METRIC_LABELS[metric].toLowerCase();
  if (state.status === 'running') {
    const percent = Math.round(state.progress * 100);
    return (
      <p className="rankings-note rankings-robustness" role="status">
        <label>
          Removing one agreement at a time… {percent}%{' '}
          <progress max={100} value={percent}>
            {percent}%
          </progress>
        </label>{' '}
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </p>
    );
  }
  if (state.status === 'done') {
    const { result } = state;
    return (
      <p className="rankings-note rankings-robustness" role="status">
        Robustness of the top {result.actors.length} by {by}:{' '}
        {result.exact
          ? `each of the ${groupedInteger(result.removed)} agreements removed in turn.`
          : `${groupedInteger(result.passingAgreements)} agreements, so only the ${groupedInteger(result.removed)} that involve one of the top 10 were removed in turn.`}
      </p>
    );
  }
  return (
    <p className="rankings-note rankings-robustness" role={state.status === 'failed' ? 'alert' : undefined}>
      <button type="button" onClick={start}>
        Rank robustness
      </button>{' '}
      {state.status === 'failed'
        ? `could not be computed (${state.message}).`
        : `How far each of the top 10 by ${by} falls when any one agreement is removed.`}
    </p>
  );
}
