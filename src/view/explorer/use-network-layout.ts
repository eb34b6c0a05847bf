// The network tab's layout (saved x/y, else the force layout from its worker, rings meanwhile), for the explorer and the compare view.
import { useEffect, useState } from 'react';
import type { Dataset } from '../../model/types';
import type { LayoutResult } from '../../render/layouts/index';
import { FORCE_LIMIT } from '../../render/layouts/types';
import { forceOf, interimOf, savedOf } from './layout-positions';

/**
 * One force layout per dataset (forceOf is shared), computed off the main thread, so every view of
 * the same actors places them alike. Saved x/y skip it; above FORCE_LIMIT the rings by partners are
 * the layout. `final` is false while the rings stand in for a force layout still running.
 */
export function useNetworkLayout(dataset: Dataset): { layout: LayoutResult; final: boolean } {
  const [force, setForce] = useState<{ dataset: Dataset; result: LayoutResult } | null>(null);
  const saved = savedOf(dataset) ?? (dataset.actors.length > FORCE_LIMIT ? interimOf(dataset) : null);
  useEffect(() => {
    if (saved || force?.dataset === dataset) return;
    let live = true;
    void forceOf(dataset).then((result) => live && setForce({ dataset, result }));
    return () => void (live = false);
  }, [dataset, saved, force]);
  const done = saved ?? (force?.dataset === dataset ? force.result : null);
  return { layout: done ?? interimOf(dataset), final: done !== null };
}
