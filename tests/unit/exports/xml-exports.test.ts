// @vitest-environment jsdom
// GEXF and GraphML exports: well-formed XML whatever the labels hold, with typed attributes, positions and weights.
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphML } from '../../../src/model/exports';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { hostile } from './fixture';

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const graph = () => buildActorGraph(hostile, emptyFilters());
const metrics = new Map<string, object>([
  ['a&b', { id: 'a&b', degree: 3, betweenness: 0.5, eigenvector: null, community: 1 }],
  ['__proto__', { degree: 2, betweenness: 0.25, community: 0 }],
]);
const positions = new Map([['__proto__', { x: 1.5, y: -2 }]]);
/** Colours as the app's encoding holds them (hex palette, an rgba() sector colour), and ones that are not written. */
const colors = new Map([
  ['a&b', '#E69F00'],
  ['__proto__', 'rgba(1, 2, 3, 0.5)'],
  ['ctlx', 'url(http://example.org/x)'],
  ['loner', 'teal'],
]);
const sizes = new Map([
  ['a&b', 30.5],
  ['__proto__', 14],
  ['loner', Number.NaN],
]);

/** The attribute values of one GEXF node, by attribute title. */
function gexfValues(doc: Document, nodeId: string): Map<string, string> {
  const titles = new Map(
    [...doc.querySelectorAll('attributes[class="node"] attribute')].map((a) => [
      a.getAttribute('id'),
      a.getAttribute('title'),
    ]),
  );
  const node = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === nodeId);
  expect(node, nodeId).toBeDefined();
  return new Map(
    [...(node?.getElementsByTagName('attvalue') ?? [])].map((v) => [
      titles.get(v.getAttribute('for')) ?? '?',
      v.getAttribute('value') ?? '',
    ]),
  );
}

describe('toGexf', () => {
  it('writes well-formed XML with labels and ids exactly as in the data, minus control characters', () => {
    const doc = parseXml(toGexf(graph(), { metrics, positions, title: hostile.title }));
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(['a&b', '__proto__', 'ctlx#2', 'ctlx', 'loner']);
    expect(nodes.map((n) => n.getAttribute('label'))).toEqual([
      'Tag <b>bold</b> & "quoted" \'single\'',
      'Proto bell',
      'Line\nbreak',
      'Plain',
      'Loner',
    ]);
    expect(doc.getElementsByTagName('description')[0]?.textContent).toBe('Test <export> & "friends"');
  });

  it('types the attributes and writes metric values', () => {
    const doc = parseXml(toGexf(graph(), { metrics }));
    const types = new Map(
      [...doc.querySelectorAll('attributes[class="node"] attribute')].map((a) => [
        a.getAttribute('title'),
        a.getAttribute('type'),
      ]),
    );
    expect(Object.fromEntries(types)).toEqual({
      nodeType: 'string',
      kind: 'string',
      country: 'string',
      sectors: 'string',
      degree: 'integer',
      betweenness: 'double',
      eigenvector: 'double',
      community: 'integer',
    });
    const values = gexfValues(doc, 'a&b');
    expect(Object.fromEntries(values)).toEqual({
      nodeType: 'actor',
      kind: 'cluster',
      country: 'FI',
      sectors: 'cleantech|health',
      degree: '3',
      betweenness: '0.5',
      community: '1',
    });
    expect(gexfValues(doc, 'loner').has('degree')).toBe(false);
  });

  it('writes positions with y pointing up, from options first, then the dataset', () => {
    const doc = parseXml(toGexf(graph(), { positions }));
    const position = (id: string) => {
      const node = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === id);
      const viz = node?.getElementsByTagNameNS('http://www.gexf.net/1.2draft/viz', 'position')[0];
      return viz ? [viz.getAttribute('x'), viz.getAttribute('y')] : null;
    };
    expect(position('__proto__')).toEqual(['1.5', '2']);
    expect(position('a&b')).toEqual(['10', '-20']);
    expect(position('loner')).toBeNull();
  });

  it('writes the app colours as viz:color and sizes as viz:size; a url() or a name gives no colour', () => {
    const doc = parseXml(toGexf(graph(), { colors, sizes }));
    const viz = (id: string, name: string) => {
      const node = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === id);
      const element = node?.getElementsByTagNameNS('http://www.gexf.net/1.2draft/viz', name)[0];
      return element ? Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])) : null;
    };
    expect(viz('a&b', 'color')).toEqual({ r: '230', g: '159', b: '0', a: '1' });
    expect(viz('a&b', 'size')).toEqual({ value: '30.5' });
    expect(viz('__proto__', 'color')).toEqual({ r: '1', g: '2', b: '3', a: '0.5' });
    expect(viz('ctlx', 'color')).toBeNull();
    expect(viz('loner', 'color')).toBeNull();
    expect(viz('loner', 'size')).toBeNull();
    expect(gexfValues(doc, 'ctlx').get('sectors')).toBe('');
  });

  it('writes summed weights and the agreements behind each edge', () => {
    const doc = parseXml(toGexf(graph()));
    const edges = [...doc.getElementsByTagName('edge')].map((e) => ({
      pair: [e.getAttribute('source'), e.getAttribute('target')].sort().join(' + '),
      weight: e.getAttribute('weight'),
      agreements: [...e.getElementsByTagName('attvalue')]
        .find((v) => v.getAttribute('for') === 'agreements')
        ?.getAttribute('value'),
    }));
    expect(edges).toContainEqual({ pair: '__proto__ + a&b', weight: '3.5', agreements: 'ab|tri' });
    expect(edges).toContainEqual({ pair: 'a&b + ctlx#2', weight: '1', agreements: 'tri' });
    expect(edges).toContainEqual({ pair: 'a&b + ctlx', weight: '1', agreements: 'old' });
    expect(edges).toHaveLength(4);
  });

  it('names hub nodes agreement:ID in the hub projection', () => {
    const doc = parseXml(toGexf(buildActorGraph(hostile, emptyFilters(), 'hub')));
    const hub = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'agreement:tri');
    expect(hub?.getAttribute('label')).toBe('tri');
    expect(gexfValues(doc, 'agreement:tri').get('kind')).toBe('multilateral');
    expect(doc.documentElement.outerHTML).not.toContain('\u0000');
  });
});

describe('toGraphML', () => {
  it('writes well-formed GraphML with typed keys, data values, positions and weights', () => {
    const doc = parseXml(toGraphML(graph(), { metrics, positions }));
    const keys = new Map(
      [...doc.getElementsByTagName('key')].map((k) => [
        k.getAttribute('attr.name'),
        `${k.getAttribute('for')}:${k.getAttribute('attr.type')}`,
      ]),
    );
    expect(keys.get('degree')).toBe('node:int');
    expect(keys.get('betweenness')).toBe('node:double');
    expect(keys.get('x')).toBe('node:double');
    expect(keys.get('weight')).toBe('edge:double');
    const keyIdByName = new Map([...doc.getElementsByTagName('key')].map((k) => [k.getAttribute('attr.name'), k.id]));

    const dataOf = (element: Element | undefined, name: string) =>
      [...(element?.getElementsByTagName('data') ?? [])].find((d) => d.getAttribute('key') === keyIdByName.get(name))
        ?.textContent;
    const node = (id: string) => [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === id);
    expect(dataOf(node('a&b'), 'label')).toBe('Tag <b>bold</b> & "quoted" \'single\'');
    expect(dataOf(node('__proto__'), 'label')).toBe('Proto bell');
    expect(dataOf(node('__proto__'), 'x')).toBe('1.5');
    expect(dataOf(node('__proto__'), 'y')).toBe('-2');
    expect(dataOf(node('a&b'), 'degree')).toBe('3');
    expect(dataOf(node('loner'), 'x')).toBeUndefined();

    const edge = [...doc.getElementsByTagName('edge')].find(
      (e) => [e.getAttribute('source'), e.getAttribute('target')].sort().join(' ') === '__proto__ a&b',
    );
    expect(dataOf(edge, 'weight')).toBe('3.5');
    expect(dataOf(edge, 'agreements')).toBe('ab|tri');
    expect(dataOf(edge, 'agreementCount')).toBe('2');
    const ids = [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes the app colours as #rrggbb and sizes as numbers, empty sectors as an empty value', () => {
    const doc = parseXml(toGraphML(graph(), { colors, sizes }));
    const node = (id: string) => [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === id)!;
    const dataOf = (element: Element, key: string) =>
      [...element.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent ?? null;
    expect(doc.querySelector('key[id="color"]')?.getAttribute('attr.type')).toBe('string');
    expect(doc.querySelector('key[id="size"]')?.getAttribute('attr.type')).toBe('double');
    expect([dataOf(node('a&b'), 'color'), dataOf(node('a&b'), 'size')]).toEqual(['#e69f00', '30.5']);
    expect(dataOf(node('__proto__'), 'color')).toBe('#010203');
    expect(dataOf(node('ctlx'), 'color')).toBeNull();
    expect(dataOf(node('ctlx'), 'sectors')).toBe('');
  });

  it('keeps every edge endpoint pointing at a node that exists', () => {
    for (const projection of ['clique', 'hub'] as const) {
      const doc = parseXml(toGraphML(buildActorGraph(hostile, emptyFilters(), projection)));
      const ids = new Set([...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')));
      for (const edge of doc.getElementsByTagName('edge')) {
        expect(ids.has(edge.getAttribute('source'))).toBe(true);
        expect(ids.has(edge.getAttribute('target'))).toBe(true);
      }
    }
  });
});
