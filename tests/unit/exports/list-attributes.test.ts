// @vitest-environment jsdom
// List attributes (sectors, agreements) read back unchanged from GEXF, GraphML and CSV, whatever `|`, `;` or `\` the ids hold; GEXF ids name the metrics.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listText, readListText, toCsv, toGexf, toGraphML } from '../../../src/model/exports';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset } from '../../../src/model/types';

const SECTORS = ['s|1', 's\\2', 'plain'];
const AGREEMENTS = ['x|y', 'p\\q', 'r;s'];

const awkward: Dataset = {
  format: 'alliance-graph@1',
  sectors: SECTORS.map((id) => ({ id, label: id })),
  actors: [
    { id: 'a|1', label: 'A', kind: 'cluster', country: 'FI', sectors: SECTORS },
    { id: 'b\\2', label: 'B', kind: 'cluster', country: 'SE', sectors: ['plain'] },
  ],
  agreements: AGREEMENTS.map((id) => ({ id, kind: 'bilateral' as const, parties: ['a|1', 'b\\2'] })),
};

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const attvalue = (element: Element, id: string): string =>
  [...element.getElementsByTagName('attvalue')].find((v) => v.getAttribute('for') === id)?.getAttribute('value') ?? '?';
const dataValue = (element: Element, key: string): string =>
  [...element.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent ?? '?';

describe('listText and readListText', () => {
  it('joins plain ids with the separator, as before, and an empty list as empty text', () => {
    expect(listText(['cleantech', 'health'], '|')).toBe('cleantech|health');
    expect(listText(['cleantech', 'health'], '; ')).toBe('cleantech; health');
    expect(listText([], '|')).toBe('');
  });

  it('writes a JSON array when joined text would be ambiguous: separator in an item, padding, a leading bracket', () => {
    expect(listText(['a|b', 'c'], '|')).toBe('["a|b","c"]');
    expect(listText(['a;b'], '; ')).toBe('["a;b"]');
    expect(listText(['[x]'], '|')).toBe('["[x]"]');
    expect(listText([' padded'], '|')).toBe('[" padded"]');
  });

  it('reads back every list it writes (ids with |, ;, \\, quotes, brackets and spaces)', () => {
    const lists = [[], ['a'], ['a', 'b'], ['a|b', 'c\\d'], ['\\', '|'], ['[x]'], ['x]', '"q"'], ['a;b', 'c'], ['']];
    for (const separator of ['|', '; ']) {
      for (const list of lists)
        expect(readListText(listText(list, separator), separator), JSON.stringify(list)).toEqual(list);
    }
  });
});

describe('list attributes in the file exports', () => {
  const graph = () => buildActorGraph(awkward, emptyFilters());

  it('GEXF: sectors and agreements with | and \\ in their ids read back as the same lists', () => {
    const doc = parseXml(toGexf(graph()));
    const node = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'a|1');
    expect(node).toBeDefined();
    expect(readListText(attvalue(node!, 'sectors'), '|')).toEqual(SECTORS);
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect(readListText(attvalue(edge, 'agreements'), '|')).toEqual(AGREEMENTS);
  });

  it('GraphML: the same lists read back from the data values', () => {
    const doc = parseXml(toGraphML(graph()));
    const node = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'a|1');
    expect(readListText(dataValue(node!, 'sectors'), '|')).toEqual(SECTORS);
    expect(readListText(dataValue(doc.getElementsByTagName('edge')[0]!, 'agreements'), '|')).toEqual(AGREEMENTS);
  });

  it('CSV: a list cell holding ; and \\ reads back through a CSV reader', () => {
    const csv = toCsv(
      [
        { id: 'a', sectors: ['s;1', 's\\2'] },
        { id: 'b', sectors: ['x', 'y'] },
      ],
      ['id', 'sectors'],
    );
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data;
    expect(readListText(rows[1]![1]!, '; ')).toEqual(['s;1', 's\\2']);
    expect(rows[2]![1]).toBe('x; y');
  });
});

describe('GEXF attribute ids', () => {
  it('are the metric names (graphology shows ids), with the titles kept; odd names fall back to m<i>', () => {
    const metrics = new Map<string, object>([
      ['a|1', { degree: 1, betweenness: 0.5, 'two words': 2, kind: 3, agreements: 4 }],
    ]);
    const doc = parseXml(toGexf(buildActorGraph(awkward, emptyFilters()), { metrics }));
    const declared = [...doc.querySelectorAll('attributes[class="node"] attribute')].map((a) => [
      a.getAttribute('id'),
      a.getAttribute('title'),
    ]);
    expect(declared).toEqual([
      ['nodeType', 'nodeType'],
      ['kind', 'kind'],
      ['country', 'country'],
      ['sectors', 'sectors'],
      ['degree', 'degree'],
      ['betweenness', 'betweenness'],
      ['m2', 'two words'],
      ['m3', 'kind'],
      ['m4', 'agreements'],
    ]);
    const node = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'a|1')!;
    expect(attvalue(node, 'betweenness')).toBe('0.5');
    expect(attvalue(node, 'm2')).toBe('2');
  });

  it('GraphML keys use the same ids, so no metric shares an id with a fixed key', () => {
    const metrics = new Map<string, object>([['a|1', { betweenness: 0.5, weight: 7 }]]);
    const doc = parseXml(toGraphML(buildActorGraph(awkward, emptyFilters()), { metrics }));
    const ids = [...doc.getElementsByTagName('key')].map((k) => k.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('betweenness');
    expect(ids).toContain('m1');
  });
});
