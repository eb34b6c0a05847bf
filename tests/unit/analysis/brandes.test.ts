// The CSR Brandes on hand-built graphs with values written out, and its split into source ranges.
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { betweennessCloseness, brandesPartial, combineBrandes, finishBrandes } from '../../../src/analysis/brandes';
import { csrFromEdges, toCsr } from '../../../src/analysis/csr';
import { CancelledError } from '../../../src/analysis/types';

const path3 = csrFromEdges(
  ['a', 'b', 'c'],
  [
    [0, 1, 1],
    [1, 2, 1],
  ],
);

describe('betweennessCloseness', () => {
  it('gives the middle of a path of three all the paths', () => {
    const { betweenness, closeness } = betweennessCloseness(path3);
    expect([...betweenness]).toEqual([0, 1, 0]);
    // a reaches 2 nodes at total distance 3: (2/3)·(2/2); b: 2/2.
    expect([...closeness]).toEqual([2 / 3, 1, 2 / 3]);
  });

  it('splits the star centre among nothing and normalises by (n−1)(n−2)', () => {
    // Star with 4 leaves: the centre is on all 6 leaf pairs, 6·2 / (4·3) = 1.
    const star = csrFromEdges(
      ['c', 'l1', 'l2', 'l3', 'l4'],
      [1, 2, 3, 4].map((i) => [0, i, 1] as const),
    );
    expect([...betweennessCloseness(star).betweenness]).toEqual([1, 0, 0, 0, 0]);
  });

  it('applies the Wasserman–Faust correction to a node in a small component', () => {
    // a–b plus two isolates: a reaches 1 of 3 others at distance 1 → (1/1)·(1/3).
    const csr = csrFromEdges(['a', 'b', 'x', 'y'], [[0, 1, 1]]);
    expect([...betweennessCloseness(csr).closeness]).toEqual([1 / 3, 1 / 3, 0, 0]);
  });

  it('ignores edge weights (paths are counted in steps)', () => {
    // A square whose heavy side would be avoided if weights were read as distances.
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { weight: 10 });
    g.mergeEdge('b', 'c', { weight: 10 });
    g.mergeEdge('c', 'd', { weight: 1 });
    g.mergeEdge('d', 'a', { weight: 1 });
    for (const value of betweennessCloseness(toCsr(g)).betweenness) expect(value).toBeCloseTo(1 / 6, 15);
  });

  it('sums two halves of the sources to the whole, as two workers would', () => {
    const edges: Array<[number, number, number]> = [];
    for (let i = 0; i < 40; i++) edges.push([i, (i * 7 + 3) % 40, 1], [i, (i + 1) % 40, 1]);
    const csr = csrFromEdges(
      Array.from({ length: 40 }, (_, i) => `n${i}`),
      edges.filter(([s, t]) => s !== t),
    );
    const whole = finishBrandes(brandesPartial(csr, 0, 40));
    const halves = finishBrandes(combineBrandes([brandesPartial(csr, 0, 17), brandesPartial(csr, 17, 40)]));
    for (let i = 0; i < 40; i++) {
      expect(halves.betweenness[i]).toBeCloseTo(whole.betweenness[i]!, 12);
      expect(halves.closeness[i]).toBe(whole.closeness[i]);
    }
    expect(Math.max(...whole.betweenness)).toBeGreaterThan(0);
  });

  it('reports progress and stops when cancelled', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const csr = csrFromEdges(
      nodes,
      nodes.slice(1).map((_, i) => [i, i + 1, 1] as const),
    );
    const seen: number[] = [];
    const signal = { cancelled: false };
    expect(() =>
      betweennessCloseness(csr, {
        signal,
        onProgress: (f) => {
          seen.push(f);
          if (f > 0.4) signal.cancelled = true;
        },
      }),
    ).toThrow(CancelledError);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)!).toBeLessThan(1);
  });
});
