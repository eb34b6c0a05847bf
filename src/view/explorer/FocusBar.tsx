// Says which actor is focused and how far its neighbourhood reaches (1 or 2 steps), with a way out.
import type { Dataset } from '../../model/types';
import { useAtlas } from '../../state/store';
import { datasetIndex } from '../dataset-index';
import { focusActor, setHops } from '../../state/actions';

export function FocusBar({ dataset }: { dataset: Dataset }) {
  const focus = useAtlas((s) => s.view.focus);
  const hops = useAtlas((s) => s.view.hops);
  if (focus === null) return null;
  const name = datasetIndex(dataset).actors.get(focus)?.label ?? focus;
  return (
    <div className="focus-bar" role="status">
      <span>
        Focused on <strong>{name}</strong>: partners within
      </span>
      <div role="group" aria-label="Neighbourhood size" className="segmented">
        {([1, 2] as const).map((n) => (
          <button key={n} type="button" aria-pressed={hops === n} onClick={() => setHops(n)}>
            {n} step{n === 1 ? '' : 's'}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => focusActor(null)}>
        Clear focus
      </button>
    </div>
  );
}
