// The level-by-level Brandes pass against NetworkX on every reference case and against the textbook pass on larger graphs.
import { describe, expect, it } from 'vitest';
import { brandesPartial, brandesTextbook, emptyBrandesSums, finishBrandes } from '../../../src/analysis/brandes';
import { brandesLevels, componentsOf } from '../../../src/analysis/brandes-levels';
import { csrFromEdges, toCsr, type Csr } from '../../../src/analysis/csr';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom, actorKey } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { caseName, entriesOf, loadFixtures } from './reference-fixtures';

const levels = (csr: Csr, from = 0, to = csr.nodes.length) => {
  const sums = emptyBrandesSums(csr.nodes.length);
  brandesLevels(csr, from, to, sums.betweenness, sums.closeness);
  return sums;
};
const textbook = (csr: Csr) => {
  const sums = emptyBrandesSums(csr.nodes.length);
  brandesTextbook(csr, 0, csr.nodes.length, sums.betweenness, sums.closeness);
  return sums;
};

/** Relative difference, as the two passes add the same terms in another order. */
function expectSame(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i]!)));
  }
}

describe('brandesLevels on the NetworkX reference cases', () => {
  for (const fixture of loadFixtures()) {
    for (const c of fixture.cases) {
      it(caseName(fixture, c), () => {
        const csr = toCsr(actorGraphFrom(applyFilters(fixture.dataset, c.filters), c.projection));
        const { betweenness, closeness } = finishBrandes(levels(csr));
        const index = new Map(csr.nodes.map((key, i) => [key, i]));
        for (const [id, want] of entriesOf(c.expected.actors)) {
          const i = index.get(actorKey(id))!;
          expect(Math.abs(betweenness[i]! - want.betweenness), id).toBeLessThan(1e-9);
          expect(Math.abs(closeness[i]! - want.closeness), id).toBeLessThan(1e-9);
        }
      });
    }
  }
});

describe('brandesLevels against the textbook pass', () => {
  it('agrees on generated networks, clique and hub, whole and split into ranges', () => {
    for (const [actors, agreements, projection] of [
      [600, 3000, 'clique'],
      [400, 1500, 'hub'],
      [300, 200, 'clique'],
    ] as const) {
      const csr = toCsr(
        actorGraphFrom(applyFilters(generateDataset({ actors, agreements, seed: 5 }), emptyFilters()), projection),
      );
      const whole = textbook(csr);
      const mine = levels(csr);
      expectSame(mine.betweenness, whole.betweenness);
      expect([...mine.closeness]).toEqual([...whole.closeness]);
      const n = csr.nodes.length;
      const halves = levels(csr, 0, n >> 1);
      brandesLevels(csr, n >> 1, n, halves.betweenness, halves.closeness);
      expectSame(halves.betweenness, whole.betweenness);
    }
  });

  it('agrees on paths, a grid, stars and components of every size, isolated nodes included', () => {
    const chain = (from: number, length: number) =>
      Array.from({ length: length - 1 }, (_, i) => [from + i, from + i + 1, 1] as const);
    const grid: Array<readonly [number, number, number]> = [];
    for (let r = 0; r < 12; r++) {
      for (let c = 0; c < 12; c++) {
        if (c < 11) grid.push([r * 12 + c, r * 12 + c + 1, 1]);
        if (r < 11) grid.push([r * 12 + c, (r + 1) * 12 + c, 1]);
      }
    }
    // A dense core (wide levels: push and pull), a tail, a separate star and pair, and two isolates.
    const core: Array<readonly [number, number, number]> = [];
    for (let i = 0; i < 60; i++) for (let j = i + 1; j < 60; j++) if ((i * 7 + j * 3) % 4 === 0) core.push([i, j, 1]);
    const mixed = [
      ...core,
      ...chain(59, 30),
      ...[1, 2, 3, 4, 5].map((leaf) => [90, 90 + leaf, 1] as const),
      [96, 97, 1] as const,
    ];
    const names = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
    for (const csr of [
      csrFromEdges(names(50), chain(0, 50)),
      csrFromEdges(names(144), grid),
      csrFromEdges(names(100), mixed),
      csrFromEdges(names(3), []),
    ]) {
      const whole = textbook(csr);
      const mine = levels(csr);
      expectSame(mine.betweenness, whole.betweenness);
      expect([...mine.closeness]).toEqual([...whole.closeness]);
    }
  });

  it('is the pass brandesPartial runs on wide graphs, with the same figures', () => {
    const csr = toCsr(
      actorGraphFrom(applyFilters(generateDataset({ actors: 1500, agreements: 7000, seed: 2 }), emptyFilters())),
    );
    expect(csr.targets.length * csr.nodes.length).toBeGreaterThan(2e7);
    expect([...brandesPartial(csr, 0, 40).betweenness]).toEqual([...levels(csr, 0, 40).betweenness]);
    expectSame(
      levels(csr, 0, 40).betweenness,
      (() => {
        const sums = emptyBrandesSums(csr.nodes.length);
        brandesTextbook(csr, 0, 40, sums.betweenness, sums.closeness);
        return sums.betweenness;
      })(),
    );
  });
});

describe('componentsOf', () => {
  it('lists every node once, component by component, with its arcs', () => {
    const csr = csrFromEdges(
      ['a', 'b', 'c', 'd', 'e'],
      [
        [0, 2, 1],
        [3, 4, 1],
        [2, 4, 1],
      ],
    );
    const parts = componentsOf(csr);
    expect([...parts.start]).toEqual([0, 4, 5]);
    expect([...parts.members].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(parts.of[0]).toBe(parts.of[4]);
    expect(parts.of[1]).not.toBe(parts.of[0]);
    expect([...parts.arcs]).toEqual([6, 0]);
  });
});
