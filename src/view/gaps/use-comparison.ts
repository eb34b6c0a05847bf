// The compare view's comparison of two years, computed in its own worker: "running" with progress until it arrives.
import { useEffect, useRef, useState } from 'react';
import type { Comparison } from '../../analysis/compare';
import { CancelledError } from '../../analysis/types';
import { messageOf } from '../../model/errors';
import type { Dataset, Filters } from '../../model/types';
import { createCompareClient, type CompareClient } from '../../worker/compare-client';

export type ComparisonState =
  | { status: 'running'; progress: number }
  | { status: 'done'; result: Comparison }
  | { status: 'failed'; message: string };

const RUNNING: ComparisonState = { status: 'running', progress: 0 };

/**
 * The comparison of these very inputs: a change of data, filters or years cancels the job still
 * running and starts another (the state of older inputs is never shown for newer ones).
 */
export function useComparison(dataset: Dataset, filters: Filters, from: number, to: number): ComparisonState {
  const client = useRef<CompareClient | null>(null);
  const [held, setHeld] = useState<{ key: unknown[]; state: ComparisonState }>({ key: [], state: RUNNING });
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    const key = [dataset, filters, from, to];
    const update = (state: ComparisonState): void => setHeld({ key, state });
    client.current ??= createCompareClient();
    client.current
      .run({ dataset, filters, from, to }, (progress) => update({ status: 'running', progress }))
      .then(
        (result) => update({ status: 'done', result }),
        (error: unknown) => {
          if (!(error instanceof CancelledError)) update({ status: 'failed', message: messageOf(error) });
        },
      );
    return () => client.current?.cancel();
  }, [dataset, filters, from, to]);
  const current = held.key.length === 4 && [dataset, filters, from, to].every((value, i) => held.key[i] === value);
  return current ? held.state : RUNNING;
}
