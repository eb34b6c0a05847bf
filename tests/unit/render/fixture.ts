// A small hand-made dataset for the render tests, with ids named like Object.prototype members that must work like any other.
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { buildElements, type GraphElements } from '../../../src/render/elements';
import { encodeNodes } from '../../../src/render/encoding';

export function smallDataset(withPositions = false): Dataset {
  const pos = (x: number, y: number) => (withPositions ? { x, y } : {});
  return {
    format: 'alliance-graph@1',
    title: 'Render fixture',
    actors: [
      { id: 'a', label: 'Alpha', kind: 'cluster', country: 'FI', sectors: ['health'], ...pos(0, 0) },
      { id: 'b', label: 'Beta', kind: 'cluster', country: 'FI', sectors: ['health'], ...pos(100, 0) },
      { id: '__proto__', label: 'Proto', kind: 'agency', country: 'SE', sectors: ['cleantech'], ...pos(0, 100) },
      { id: 'constructor', label: 'Ctor', kind: 'network', country: 'DK', ...pos(100, 100) },
      { id: 'lone', label: 'Lone', kind: 'other', country: 'EE', ...pos(50, 200) },
    ],
    agreements: [
      { id: 'ab', kind: 'bilateral', parties: ['a', 'b'] },
      { id: 'ab2', kind: 'soft-landing', parties: ['a', 'b'], weight: 3 },
      { id: 'multi', kind: 'multilateral', parties: ['a', '__proto__', 'constructor'] },
      { id: 'sc', kind: 'sister-city', parties: ['b', 'constructor'], since: 2015 },
    ],
  };
}

/** A dataset's elements unfiltered, coloured by country (no country names) and sized by partners. */
export function plainElementsOf(dataset: Dataset): GraphElements {
  const graph = buildActorGraph(dataset, emptyFilters());
  const ids = graph.nodes();
  const encoding = encodeNodes(
    ids,
    { type: 'category', title: 'Country', values: new Map(), label: (code) => code },
    { title: 'Partners', values: new Map(ids.map((id) => [id, graph.degree(id)])) },
  );
  return buildElements(graph, encoding, new Map());
}
