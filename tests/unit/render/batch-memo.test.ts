// The tie layer's batch memory: the same batches for the same ties and ends, new ones as soon as anything they show changes.
import { describe, expect, it } from 'vitest';
import { batchMemo } from '../../../src/render/batch-memo';
import { edgeBatches, type EndState } from '../../../src/render/edge-batches';
import type { EdgeData } from '../../../src/render/elements';

const tie = (id: string, source: string, target: string, lineColor = '#777777'): EdgeData => ({
  id,
  source,
  target,
  weight: 1,
  width: 1,
  lineStyle: 'solid',
  lineColor,
  lineKind: 'bilateral',
});
const edges = [tie('ab', 'a', 'b'), tie('bc', 'b', 'c', '#AA3377'), tie('cd', 'c', 'd')];
const end = (x: number, y: number, more: Partial<EndState> = {}): EndState => ({
  x,
  y,
  hidden: false,
  faded: false,
  selected: false,
  ...more,
});
const ends = (): Map<string, EndState> =>
  new Map([
    ['a', end(0, 0)],
    ['b', end(10, 0)],
    ['c', end(10, 10)],
    ['d', end(0, 10)],
  ]);

describe('batchMemo', () => {
  it('returns the batches made last for the same edges and options and ends equal one by one', () => {
    const batchesOf = batchMemo();
    const first = batchesOf(edges, ends(), {});
    expect(first).toEqual(edgeBatches(edges, (id) => ends().get(id)));
    expect(batchesOf(edges, ends(), {})).toBe(first);
  });

  it('counts a hidden end the same as a missing one (the preview lists only shown nodes), and nothing else', () => {
    const batchesOf = batchMemo();
    const withHidden = ends();
    withHidden.set('e', end(50, 50, { hidden: true }));
    const first = batchesOf(edges, ends(), {});
    expect(batchesOf(edges, withHidden, {})).toBe(first);
    const shownExtra = ends();
    shownExtra.set('e', end(50, 50));
    expect(batchesOf(edges, shownExtra, {})).not.toBe(first);
  });

  it('makes new batches when an end moves, fades, is selected or hidden, or the ties, path or arcs change', () => {
    const batchesOf = batchMemo();
    const two = edges.slice(0, 2);
    const path = new Set(['a|b']);
    let last = batchesOf(edges, ends(), {});
    const changes: Array<[string, () => ReturnType<typeof batchesOf>]> = [
      ['moved', () => batchesOf(edges, new Map([...ends(), ['c', end(11, 10)]]), {})],
      ['faded', () => batchesOf(edges, new Map([...ends(), ['c', end(10, 10, { faded: true })]]), {})],
      ['selected', () => batchesOf(edges, new Map([...ends(), ['b', end(10, 0, { selected: true })]]), {})],
      ['hidden', () => batchesOf(edges, new Map([...ends(), ['d', end(0, 10, { hidden: true })]]), {})],
      ['new ties', () => batchesOf(two, ends(), {})],
      ['a path', () => batchesOf(two, ends(), { pathPairs: path })],
      ['arcs', () => batchesOf(two, ends(), { pathPairs: path, arcs: true })],
    ];
    for (const [name, change] of changes) {
      const next = change();
      expect(next, name).not.toBe(last);
      last = next;
    }
  });
});
