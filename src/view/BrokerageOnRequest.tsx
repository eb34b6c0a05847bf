// Where an actor brokers on a network too large to split as the panel opens: a button, a worker's progress, then the split.
import { useEffect, useRef, useState } from 'react';
import type { FilteredDataset } from '../model/filter';
import type { Dataset, Filters } from '../model/types';
import { groupedInteger } from '../model/number-text';
import { useAtlas } from '../state/store';
import { createBrokerageClient } from '../worker/brokerage-client';
import { BrokerageFrame, BrokerageSplit } from './BrokerageSplit';
import { useStepsJob } from './use-steps-job';

/** What the reader asked for: the split of this actor under these filters (another actor or filter asks again). */
interface Asked {
  dataset: Dataset;
  filters: Filters;
  id: string;
}

/** What the panel's brokerage section is given: the data, the network under the filters, and the actor. */
export interface BrokerageProps {
  dataset: Dataset;
  filtered: FilteredDataset;
  id: string;
}

export function BrokerageOnRequest({ dataset, filtered, id }: BrokerageProps) {
  const actors = filtered.actors.length;
  const filters = useAtlas((s) => s.view.filters);
  const [asked, setAsked] = useState<Asked | null>(null);
  const current = asked !== null && asked.dataset === dataset && asked.filters === filters && asked.id === id;
  const job = useStepsJob(createBrokerageClient, current ? { dataset, filters, actor: id } : null, [
    dataset,
    filters,
    id,
  ]);
  const status = job?.status ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const before = useRef(status);
  // Each step replaces the control the keyboard was on (the button, then Cancel): focus goes to what took its place
  // (Cancel, then the section's heading above the result, or the button again), never away from where the reader went.
  useEffect(() => {
    const was = before.current;
    before.current = status;
    if (was === status || (document.activeElement !== null && document.activeElement !== document.body)) return;
    if (status === 'running') cancel.current?.focus();
    else if (status === null) start.current?.focus();
    else heading.current?.focus();
  }, [status]);
  if (job === null) {
    return (
      <BrokerageFrame>
        <p className="note">
          Which pairs of countries its brokerage joins takes a few seconds to work out at {groupedInteger(actors)}{' '}
          actors; the page stays usable meanwhile.
        </p>
        <button type="button" ref={start} onClick={() => setAsked({ dataset, filters, id })}>
          Work out where it brokers
        </button>
      </BrokerageFrame>
    );
  }
  if (job.status === 'running') {
    return (
      <BrokerageFrame>
        <p className="note" role="status">
          Working out where it brokers… {Math.round(job.progress * 100)} %{' '}
          <button type="button" className="link-button" ref={cancel} onClick={() => setAsked(null)}>
            Cancel
          </button>
        </p>
      </BrokerageFrame>
    );
  }
  if (job.status === 'failed') {
    return (
      <BrokerageFrame headingRef={heading}>
        <p className="note" role="alert">
          Where it brokers could not be worked out: {job.message}
        </p>
      </BrokerageFrame>
    );
  }
  if (job.result === null) return null;
  return (
    <BrokerageFrame headingRef={heading}>
      <BrokerageSplit dataset={dataset} filtered={filtered} brokerage={job.result} />
    </BrokerageFrame>
  );
}
