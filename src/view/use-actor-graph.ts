// The actor graph for a panel or a focus: at once for a small network, built a slice per task for a large one (null meanwhile).
import { useEffect, useState } from 'react';
import type { FilteredDataset } from '../model/filter';
import type { ActorGraph } from '../model/graph';
import type { Projection } from '../model/types';
import { actorGraphInTasks, actorGraphOf, builtActorGraph } from '../state/derived';
import { PREPARE_FROM } from '../state/prepare';

/**
 * The graphology graph of `filtered`, or null while it is being built in tasks: from PREPARE_FROM actors a build in
 * one go holds the page (350–470 ms at 5,000 actors), so the panel or the focus shows at once what it can and the
 * rest after. Without `wanted` (no focus) nothing is built and it is null.
 */
export function useActorGraph(filtered: FilteredDataset, projection: Projection, wanted = true): ActorGraph | null {
  const small = filtered.actors.length < PREPARE_FROM;
  const ready = !wanted ? null : small ? actorGraphOf(filtered, projection) : builtActorGraph(filtered, projection);
  // Bumped when a build in tasks ends, so this renders again and finds the graph built.
  const [, setBuilds] = useState(0);
  useEffect(() => {
    if (!wanted || ready !== null) return;
    let live = true;
    void actorGraphInTasks(filtered, projection, () => live).then((graph) => {
      if (live && graph !== null) setBuilds((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [filtered, projection, ready, wanted]);
  return ready;
}
