// The network's positions for a view beside the explorer (compare years): saved x/y, else the force layout from its worker, rings meanwhile.
import { useEffect, useState } from 'react';
import type { Dataset } from '../../model/types';
import type { LayoutResult, Positions } from '../../render/layouts/index';
import { FORCE_LIMIT } from '../../render/layouts/types';
import { forceOf, interimOf, savedOf } from './layout-positions';

/**
 * The same positions the network tab shows, so a view of the same actors reads like it: one force
 * layout per dataset (forceOf is shared), computed off the main thread. `final` is false while the
 * rings stand in for it.
 */
export function useNetworkPositions(dataset: Dataset): { positions: Positions; final: boolean } {
  const [force, setForce] = useState<{ dataset: Dataset; result: LayoutResult } | null>(null);
  const saved = savedOf(dataset) ?? (dataset.actors.length > FORCE_LIMIT ? interimOf(dataset) : null);
  useEffect(() => {
    if (saved || force?.dataset === dataset) return;
    let live = true;
    void forceOf(dataset).then((result) => live && setForce({ dataset, result }));
    return () => void (live = false);
  }, [dataset, saved, force]);
  const done = saved ?? (force?.dataset === dataset ? force.result : null);
  return { positions: (done ?? interimOf(dataset)).positions, final: done !== null };
}
