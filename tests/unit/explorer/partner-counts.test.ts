// Partner counts for the rings layout equal the degree in the full clique graph, without building it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { actorKey } from '../../../src/model/graph';
import type { Dataset } from '../../../src/model/types';
import { fullGraphOf, partnerCountsOf } from '../../../src/view/explorer/layout-positions';
import { smallDataset } from '../render/fixture';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;

describe('partnerCountsOf', () => {
  it.each([
    ['the sample', sample],
    ['a generated network', generateDataset({ actors: 500, agreements: 2000, seed: 4 })],
    ['ids named like Object.prototype members', smallDataset(false)],
  ])('gives every actor its degree in the unfiltered clique graph: %s', (_name, dataset) => {
    const graph = fullGraphOf(dataset);
    const counts = partnerCountsOf(dataset);
    const degrees = dataset.actors.map((actor) => graph.degree(actorKey(actor.id)));
    expect(dataset.actors.map((actor) => counts.get(actorKey(actor.id)) ?? 0)).toEqual(degrees);
    expect(degrees.some((degree) => degree > 1)).toBe(true);
  });
});
