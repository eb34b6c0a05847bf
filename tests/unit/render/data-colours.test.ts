// A dataset colour that fails the shared check never reaches the node colours, cytoscape's data or the export legend.
import { describe, expect, it } from 'vitest';
import { actorIdOf, buildActorGraph } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { buildElements } from '../../../src/render/elements';
import { encodeNodes, HUB_COLOR, OKABE_ITO, type ColorSpec, type Encoding } from '../../../src/render/encoding';
import { legendGroups } from '../../../src/render/scene';
import { smallDataset } from './fixture';

const BAD = 'url(http://127.0.0.1:9/track.png)';
const sectorSpec = (fixed: ReadonlyMap<string, string>): ColorSpec => ({
  type: 'category',
  title: 'Sector',
  values: new Map([
    ['n0', 'health'],
    ['n1', 'health'],
    ['n2', 'cleantech'],
  ]),
  label: (value) => value,
  fixed,
  order: ['health', 'cleantech'],
});
const sizes = { title: 'Partners', values: new Map<string, number | null>() };

describe('data colours in the encoding', () => {
  it('drops a sector colour of url(…) and gives the sector its palette colour in nodes and legend', () => {
    const encoding = encodeNodes(['n0', 'n1', 'n2'], sectorSpec(new Map([['health', BAD]])), sizes);
    expect(encoding.color.get('n0')).toBe(OKABE_ITO[0]);
    expect(encoding.colorLegend.type === 'category' && encoding.colorLegend.entries[0]).toMatchObject({
      value: 'health',
      color: OKABE_ITO[0],
    });
    expect(JSON.stringify(encoding.colorLegend)).not.toContain('url(');
  });

  it('keeps a safe sector colour, trimmed', () => {
    const encoding = encodeNodes(['n0', 'n1', 'n2'], sectorSpec(new Map([['cleantech', ' #1b9e77 ']])), sizes);
    expect(encoding.color.get('n2')).toBe('#1b9e77');
  });
});

describe('data colours at the canvas and export edges', () => {
  const dataset = smallDataset();
  const graph = buildActorGraph(dataset, emptyFilters());
  const ids = graph.nodes().map(actorIdOf);
  const good = encodeNodes(ids, { type: 'category', title: 'Id', values: new Map(), label: (v) => v }, sizes);
  // An encoding built by hand, past encodeNodes' check: the last gates must still hold.
  const poisoned: Encoding = {
    ...good,
    color: new Map(ids.map((id) => [id, BAD])),
    colorLegend: { type: 'category', title: 'Sector', entries: [{ value: 'x', label: 'X', color: BAD, count: 1 }] },
  };

  it('gives cytoscape the hub grey instead of a url(…) node colour', () => {
    const elements = buildElements(graph, poisoned, new Map());
    expect(elements.nodes.map((node) => node.data.color)).toEqual(ids.map(() => HUB_COLOR));
  });

  it('draws the PNG/SVG legend swatch grey instead of a url(…) colour', () => {
    const groups = legendGroups(poisoned, []);
    expect(groups[0]?.items[0]).toEqual({ label: 'X (1)', color: '#888888', shape: 'circle' });
  });
});
