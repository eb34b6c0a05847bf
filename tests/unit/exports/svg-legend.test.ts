// @vitest-environment jsdom
// The SVG legend draws each agreement kind as the canvas strokes it (colour, width, dash, cap), nodes in their shapes.
import { describe, expect, it } from 'vitest';
import { toSvg } from '../../../src/model/exports';
import { ILLUSTRATIVE_LINE_COLOR } from '../../../src/render/elements';
import {
  encodeNodes,
  HUB_COLOR,
  LEGEND_LINE_WIDTH,
  LINE_ENCODINGS,
  LINE_PATTERNS,
  WHAT_IF_LINE,
} from '../../../src/render/encoding';
import { legendGroups, svgLegend } from '../../../src/render/scene';
import type { AgreementKind } from '../../../src/model/types';

const KINDS = Object.keys(LINE_ENCODINGS) as Array<AgreementKind | 'mixed'>;

const encoding = encodeNodes(
  ['a', 'b'],
  { type: 'category', title: 'Country', values: new Map([['a', 'FI']]), label: (c) => c },
  { title: 'Degree', values: new Map([['a', 1]]) },
);

function legendOf(extras: Parameters<typeof legendGroups>[2] = {}) {
  const svg = toSvg({
    width: 600,
    height: 700,
    nodes: [],
    edges: [],
    legend: svgLegend(legendGroups(encoding, KINDS, extras)),
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const rows = [...doc.querySelectorAll('g.legend g.legend-row')];
  /** The row whose text is `label`. */
  const row = (label: string): Element => {
    const found = rows.filter((r) => r.querySelector('text')?.textContent === label);
    expect(found, label).toHaveLength(1);
    return found[0]!;
  };
  return { doc, rows, row };
}

const dashText = (dash: readonly number[]): string | null => (dash.length === 0 ? null : dash.join(' '));

describe('SVG legend', () => {
  it('has one line element per agreement kind with that kind’s colour, width, dash array and cap', () => {
    const { doc, row } = legendOf();
    for (const kind of KINDS) {
      const { label, color, style } = LINE_ENCODINGS[kind];
      const lines = row(label).querySelectorAll('line');
      expect(lines, kind).toHaveLength(1);
      const line = lines[0]!;
      expect(line.getAttribute('stroke'), kind).toBe(color);
      expect(line.getAttribute('stroke-width'), kind).toBe(String(LEGEND_LINE_WIDTH));
      expect(line.getAttribute('stroke-dasharray'), kind).toBe(dashText(LINE_PATTERNS[style].dash));
      expect(line.getAttribute('stroke-linecap'), kind).toBe(LINE_PATTERNS[style].cap);
    }
    // Line kinds are lines, never the filled squares they used to be.
    expect(doc.querySelectorAll('g.legend rect')).toHaveLength(0);
    expect(doc.querySelectorAll('g.legend line')).toHaveLength(KINDS.length);
  });

  it('draws dotted kinds as round dots and dashed kinds as dashes, so no two kinds look alike', () => {
    const { row } = legendOf();
    const sister = row(LINE_ENCODINGS['sister-city'].label).querySelector('line')!;
    const multilateral = row(LINE_ENCODINGS.multilateral.label).querySelector('line')!;
    expect(sister.getAttribute('stroke-linecap')).toBe('round');
    expect(multilateral.getAttribute('stroke-linecap')).toBe('butt');
    expect(sister.getAttribute('stroke-dasharray')).not.toBe(multilateral.getAttribute('stroke-dasharray'));
    const looks = KINDS.map((kind) => {
      const line = row(LINE_ENCODINGS[kind].label).querySelector('line')!;
      return ['stroke', 'stroke-dasharray', 'stroke-linecap'].map((name) => line.getAttribute(name)).join('/');
    });
    expect(new Set(looks).size).toBe(KINDS.length);
  });

  it('shows illustrative and what-if ties as on screen, and hubs as diamonds', () => {
    const { row } = legendOf({ illustrativeTies: 3, whatIfs: 2, hubs: true });
    const pale = row('Illustrative only (3): pale; not documented by a source').querySelector('line')!;
    expect([pale.getAttribute('stroke'), pale.getAttribute('stroke-dasharray')]).toEqual([
      ILLUSTRATIVE_LINE_COLOR,
      null,
    ]);
    const whatIf = row('What-if (2): wide, dashed, purple; not in the data').querySelector('line')!;
    expect([whatIf.getAttribute('stroke'), whatIf.getAttribute('stroke-width')]).toEqual([
      WHAT_IF_LINE.color,
      String(WHAT_IF_LINE.width),
    ]);
    expect(whatIf.getAttribute('stroke-dasharray')).toBe(dashText(LINE_PATTERNS.dashed.dash));
    expect(row('Agreement (hub)').querySelector('path')?.getAttribute('fill')).toBe(HUB_COLOR);
    expect(row('Actor').querySelector('circle')).not.toBeNull();
    expect(row('FI (1)').querySelector('circle')).not.toBeNull();
  });

  it('leaves those rows out when nothing of the kind is drawn', () => {
    const { doc } = legendOf();
    const texts = [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => /Illustrative|What-if|Agreement \(hub\)/.test(t))).toBe(false);
  });

  it('strokes the drawing’s edges with the same patterns: dotted edges dotted, not dashed', () => {
    const svg = toSvg({
      width: 200,
      height: 100,
      nodes: [
        { id: 'a', label: '', x: 10, y: 10, r: 4, color: '#000' },
        { id: 'b', label: '', x: 90, y: 10, r: 4, color: '#000', shape: 'diamond' },
      ],
      edges: [{ source: 'a', target: 'b', width: 2, color: '#4D4D4D', dash: LINE_PATTERNS.dotted.dash, cap: 'round' }],
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const edge = doc.querySelector('g.edges line')!;
    expect(edge.getAttribute('stroke-dasharray')).toBe(dashText(LINE_PATTERNS.dotted.dash));
    expect(edge.getAttribute('stroke-linecap')).toBe('round');
    expect(doc.querySelectorAll('g.nodes path')).toHaveLength(1);
  });
});
