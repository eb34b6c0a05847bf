// A one-job worker's answer for these very inputs (compare, ranks without illustrative ties): "running" with progress until it arrives.
import { useEffect, useRef, useState } from 'react';
import { CancelledError } from '../analysis/types';
import { messageOf } from '../model/errors';
import type { StepsClient } from '../worker/steps-client';
import type { DatasetRequest } from '../worker/steps-job';

export type StepsJobState<Result> =
  { status: 'running'; progress: number } | { status: 'done'; result: Result } | { status: 'failed'; message: string };

const RUNNING = { status: 'running', progress: 0 } as const;

/**
 * Runs `request` on the client `create` makes (one per component), again whenever one of `inputs` changes: the
 * job still running is cancelled and the state of older inputs is never shown for newer ones. A null request
 * runs nothing and gives null (a switch that is off).
 */
export function useStepsJob<Request extends DatasetRequest, Result>(
  create: () => StepsClient<Request, Result>,
  request: Request | null,
  inputs: readonly unknown[],
): StepsJobState<Result> | null {
  const client = useRef<StepsClient<Request, Result> | null>(null);
  const [held, setHeld] = useState<{ key: readonly unknown[]; state: StepsJobState<Result> }>({
    key: [],
    state: RUNNING,
  });
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    if (request === null) return;
    const update = (state: StepsJobState<Result>): void => setHeld({ key: inputs, state });
    client.current ??= create();
    client.current
      .run(request, (progress) => update({ status: 'running', progress }))
      .then(
        (result) => update({ status: 'done', result }),
        (error: unknown) => {
          if (!(error instanceof CancelledError)) update({ status: 'failed', message: messageOf(error) });
        },
      );
    return () => client.current?.cancel();
    // The request is rebuilt on every render; `inputs` are what it is made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request === null, ...inputs]);
  if (request === null) return null;
  const current = held.key.length === inputs.length && inputs.every((value, i) => held.key[i] === value);
  return current ? held.state : RUNNING;
}
