// Community colours that follow the communities: each new community takes the colour slot of the old one it overlaps most.

/** Which colour slot each actor had, from the last colouring by community. */
export type SlotsByActor = ReadonlyMap<string, number>;

export interface CommunitySlots {
  /** The colour order to give `encodeNodes`: position = slot; unused slots hold values no actor has. */
  order: string[];
  /** The slot of each actor, to pass back as `previous` next time. */
  byActor: Map<string, number>;
}

/**
 * Louvain numbers its communities afresh on every run, so a filter that changes one community would repaint all of
 * them. Matching keeps the picture still: communities, largest first, take the free slot they share most actors
 * with (ties: the lower slot); a community that shares none takes the lowest free slot.
 */
export function followCommunities(values: ReadonlyMap<string, string>, previous: SlotsByActor | null): CommunitySlots {
  const members = new Map<string, string[]>();
  for (const [actor, community] of values) {
    const list = members.get(community);
    if (list) list.push(actor);
    else members.set(community, [actor]);
  }
  const bySize = [...members].sort((a, b) => b[1].length - a[1].length || compareCommunity(a[0], b[0]));
  const taken = new Set<number>();
  const slotOf = new Map<string, number>();
  for (const [community, actors] of bySize) {
    const overlap = new Map<number, number>();
    for (const actor of actors) {
      const slot = previous?.get(actor);
      if (slot !== undefined && !taken.has(slot)) overlap.set(slot, (overlap.get(slot) ?? 0) + 1);
    }
    let best = -1;
    let bestCount = 0;
    for (const [slot, count] of overlap) {
      if (count > bestCount || (count === bestCount && slot < best)) [best, bestCount] = [slot, count];
    }
    if (best < 0) for (best = 0; taken.has(best); best++);
    taken.add(best);
    slotOf.set(community, best);
  }
  const order: string[] = [];
  const size = taken.size === 0 ? 0 : Math.max(...taken) + 1;
  for (let slot = 0; slot < size; slot++) order.push(`\u0000unused slot ${slot}`);
  for (const [community, slot] of slotOf) order[slot] = community;
  const byActor = new Map<string, number>();
  for (const [actor, community] of values) byActor.set(actor, slotOf.get(community)!);
  return { order, byActor };
}

/** Communities are numbers as text: compare them as numbers so "10" follows "9". */
function compareCommunity(a: string, b: string): number {
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}
