// Community colour slots follow the communities across runs: the best-overlapping old community lends its slot.
import { describe, expect, it } from 'vitest';
import { followCommunities } from '../../../src/render/community-slots';

const communities = (groups: string[][]): Map<string, string> =>
  new Map(groups.flatMap((actors, community) => actors.map((actor) => [actor, String(community)] as [string, string])));

describe('followCommunities', () => {
  it('gives slots by size on a first run (largest first, ties by community number)', () => {
    const { order, byActor } = followCommunities(communities([['a'], ['b', 'c'], ['d']]), null);
    expect(order).toEqual(['1', '0', '2']);
    expect(byActor.get('b')).toBe(0);
    expect(byActor.get('a')).toBe(1);
  });

  it('keeps each group its slot when the next run numbers the same groups differently', () => {
    const first = followCommunities(communities([['a', 'b', 'c'], ['d', 'e'], ['f']]), null);
    const renumbered = followCommunities(communities([['f'], ['d', 'e'], ['a', 'b', 'c']]), first.byActor);
    for (const actor of 'abcdef') expect(renumbered.byActor.get(actor)).toBe(first.byActor.get(actor));
  });

  it('lets the larger overlap win a slot and sends a group with no old members to the lowest free slot', () => {
    const first = followCommunities(
      communities([
        ['a', 'b', 'c', 'd'],
        ['e', 'f'],
      ]),
      null,
    );
    // a, b split from c, d; e, f vanish; g, h are new.
    const next = followCommunities(communities([['a', 'b', 'x'], ['c'], ['g', 'h']]), first.byActor);
    expect(next.byActor.get('a')).toBe(0);
    expect(next.byActor.get('g')).toBe(1);
    expect(next.byActor.get('c')).toBe(2);
    expect(next.order).toEqual(['0', '2', '1']);
  });

  it('leaves placeholder values in unused slots so the palette position is kept', () => {
    const first = followCommunities(communities([['a', 'b'], ['c']]), null);
    const next = followCommunities(communities([['c']]), first.byActor);
    expect(next.order).toHaveLength(2);
    expect(next.order[1]).toBe('0');
    expect(next.order[0]).not.toBe('0');
  });
});
