// Where an actor brokers, in the actor panel: computed as the panel opens on a network of up to 1,500 actors, on request above.
import { brokerageOf, type Brokerage } from '../analysis/brokerage';
import type { FilteredDataset } from '../model/filter';
import { memoLast } from '../state/memo';
import { BrokerageOnRequest, type BrokerageProps } from './BrokerageOnRequest';
import { BrokerageFrame, BrokerageSplit, INLINE_BROKERAGE_LIMIT } from './BrokerageSplit';

export { INLINE_BROKERAGE_LIMIT } from './BrokerageSplit';

const brokerageMemo = memoLast((filtered: FilteredDataset, id: string): Brokerage | null => brokerageOf(filtered, id));

export function BrokerageSection({ dataset, filtered, id }: BrokerageProps) {
  if (!filtered.actorsById.has(id)) return null;
  if (filtered.actors.length > INLINE_BROKERAGE_LIMIT)
    return <BrokerageOnRequest dataset={dataset} filtered={filtered} id={id} />;
  const brokerage = brokerageMemo(filtered, id);
  if (brokerage === null) return null;
  return (
    <BrokerageFrame>
      <BrokerageSplit dataset={dataset} filtered={filtered} brokerage={brokerage} />
    </BrokerageFrame>
  );
}
