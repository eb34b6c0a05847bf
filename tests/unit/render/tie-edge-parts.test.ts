// A large filter's edge elements made in parts ahead of the render: the same edges as made at once, found by buildTieElements, also after a preparation stopped half-way.
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { buildTieIndex, filteredTies } from '../../../src/model/ties';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { encodeNodes } from '../../../src/render/encoding';
import { buildTieElements, edgeEndsOf, prepareTieEdges } from '../../../src/render/tie-elements';

const base = generateDataset({ actors: 400, agreements: 1500, seed: 11 });
// Every fourth agreement illustrative, so the pale line and its count are part of what is compared.
const dataset: Dataset = {
  ...base,
  agreements: base.agreements.map((agreement, k) =>
    k % 4 === 0 ? { ...agreement, evidence: 'illustrative' as const } : agreement,
  ),
};
const filtered = applyFilters(dataset, emptyFilters());
const index = buildTieIndex(dataset);
const kinds = new Map(dataset.agreements.map((agreement) => [agreement.id, agreement.kind]));
const illustrative = new Set(dataset.agreements.filter((a) => a.evidence === 'illustrative').map((a) => a.id));
/** Fresh ties each call: the edges are cached per ties object. */
const freshTies = () => filteredTies(index, filtered, 'clique');
const encoding = encodeNodes(
  filtered.actors.map((actor) => actor.id),
  {
    type: 'category',
    title: 'Country',
    values: new Map(filtered.actors.map((a) => [a.id, a.country])),
    label: (c) => c,
  },
  { title: 'Size', values: new Map() },
);

describe('prepareTieEdges', () => {
  it('makes, over all its parts, the very edges and legend buildTieElements makes at once, which it then hands out', () => {
    const atOnce = buildTieElements(freshTies(), filtered, encoding, kinds, illustrative);
    const ties = freshTies();
    for (let part = 0; part < 8; part++) prepareTieEdges(ties, kinds, illustrative, part, 8);
    const prepared = buildTieElements(ties, filtered, encoding, kinds, illustrative);
    expect(prepared).toStrictEqual(atOnce);
    expect(prepared.illustrativeTies).toBeGreaterThan(0);
    // Handed out as made: a second build is the same array, with the ends the level of detail reads.
    expect(buildTieElements(ties, filtered, encoding, kinds, illustrative).edges).toBe(prepared.edges);
    expect(edgeEndsOf(prepared.edges)?.weight).toBe(ties.weight);
  });

  it('gives buildTieElements the same edges after a preparation that stopped after two of its eight parts', () => {
    const atOnce = buildTieElements(freshTies(), filtered, encoding, kinds, illustrative);
    const ties = freshTies();
    prepareTieEdges(ties, kinds, illustrative, 0, 8);
    prepareTieEdges(ties, kinds, illustrative, 1, 8);
    const built = buildTieElements(ties, filtered, encoding, kinds, illustrative);
    expect(built).toStrictEqual(atOnce);
    expect(built.edges).toHaveLength(ties.weight.length);
  });

  it('does nothing for ties whose edges are made already', () => {
    const ties = freshTies();
    const made = buildTieElements(ties, filtered, encoding, kinds, illustrative).edges;
    for (let part = 0; part < 8; part++) prepareTieEdges(ties, kinds, illustrative, part, 8);
    expect(buildTieElements(ties, filtered, encoding, kinds, illustrative).edges).toBe(made);
  });
});
