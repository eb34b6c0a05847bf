// @vitest-environment jsdom
// The SVG export: a well-formed vector drawing whose labels stay text, whatever they contain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeColor, toSvg, type SvgScene } from '../../../src/model/exports';

const ATTACKS = [
  '<script>alert(1)</script>',
  'onload=alert(1)',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  ']]><script>x</script>',
  '<![CDATA[<script>x</script>]]>',
  '&lt;script&gt;',
  '<!-- comment',
  'nul\u0000 and bell\u0007',
];

function scene(labels: readonly string[], extra: Partial<SvgScene> = {}): SvgScene {
  return {
    width: 400,
    height: 300,
    nodes: labels.map((label, i) => ({ id: `n${i}`, label, x: 20 + i * 10, y: 30 + i * 5, r: 6, color: '#1f77b4' })),
    edges: labels.slice(1).map((_l, i) => ({
      source: `n${i}`,
      target: `n${i + 1}`,
      width: 2,
      color: '#999',
      dash: i % 2 === 0 ? [6, 3] : [],
    })),
    ...extra,
  };
}

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Every element name and attribute name in the document. */
function walk(doc: Document): { elements: string[]; attributes: string[] } {
  const all = [doc.documentElement, ...doc.documentElement.querySelectorAll('*')];
  return {
    elements: all.map((e) => e.localName.toLowerCase()),
    attributes: all.flatMap((e) => [...e.attributes].map((a) => a.name.toLowerCase())),
  };
}

describe('toSvg', () => {
  it('draws edges, nodes, labels, title and legend', () => {
    const doc = parseSvg(
      toSvg(
        scene(['Alpha', 'Beta', 'Gamma'], { title: 'Cleantech ties', legend: [{ label: 'Finland', color: 'teal' }] }),
      ),
    );
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 400 300');
    expect(doc.querySelectorAll('line')).toHaveLength(2);
    expect(doc.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
    expect(doc.querySelectorAll('circle')).toHaveLength(3);
    expect([...doc.querySelectorAll('g.labels text')].map((t) => t.textContent)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(doc.querySelector('g.labels text')?.getAttribute('x')).toBe('29');
    expect(doc.querySelector('g.legend rect')?.getAttribute('fill')).toBe('teal');
    expect(doc.querySelector('g.legend text')?.textContent).toBe('Finland');
    expect(doc.querySelector('title')?.textContent).toBe('Cleantech ties');
  });

  it('skips edges whose ends are not in the scene', () => {
    const doc = parseSvg(
      toSvg({ ...scene(['a', 'b']), edges: [{ source: 'n0', target: 'gone', width: 1, color: '#000' }] }),
    );
    expect(doc.querySelectorAll('line')).toHaveLength(0);
  });

  it('keeps hostile labels, titles and legend entries as text: no script element, no event attribute', () => {
    const doc = parseSvg(
      toSvg(scene(ATTACKS, { title: ATTACKS[2], legend: ATTACKS.map((label) => ({ label, color: 'red' })) })),
    );
    const { elements, attributes } = walk(doc);
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('img');
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    const labels = [...doc.querySelectorAll('g.labels text')].map((t) => t.textContent);
    expect(labels).toEqual(ATTACKS.map((label) => label.replace('\u0000', '').replace('\u0007', '')));
  });

  it('never lets a label become markup (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 5 }), (labels) => {
        const doc = parseSvg(toSvg(scene(labels, { title: labels[0] })));
        const { elements, attributes } = walk(doc);
        expect(
          elements.filter((name) => !['svg', 'title', 'rect', 'g', 'line', 'circle', 'text'].includes(name)),
        ).toEqual([]);
        expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('replaces colours that are not plain colours, and non-finite numbers', () => {
    const doc = parseSvg(
      toSvg({
        width: Number.NaN,
        height: 200,
        nodes: [{ id: 'a', label: 'a', x: Number.POSITIVE_INFINITY, y: 1, r: -3, color: 'url(javascript:alert(1))' }],
        edges: [],
      }),
    );
    const circle = doc.querySelector('circle');
    expect([circle?.getAttribute('fill'), circle?.getAttribute('cx'), circle?.getAttribute('r')]).toEqual([
      '#888888',
      '0',
      '0',
    ]);
    expect(doc.documentElement.getAttribute('width')).toBe('800');
  });
});

describe('safeColor', () => {
  it.each([
    ['#a1b2c3', '#a1b2c3'],
    ['rgb(1, 2, 3)', 'rgb(1, 2, 3)'],
    ['hsl(120deg 50% 40% / 0.5)', 'hsl(120deg 50% 40% / 0.5)'],
    ['steelblue', 'steelblue'],
    ['red" onload="x', '#888888'],
    ['expression(alert(1))', '#888888'],
  ])('%s -> %s', (input, output) => {
    expect(safeColor(input)).toBe(output);
  });
});
