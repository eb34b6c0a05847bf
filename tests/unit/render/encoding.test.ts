// Scales of the graph view: palette choice and order, Other grey, sqrt sizes, line kinds.
import { describe, expect, it } from 'vitest';
import {
  categoryOrder,
  encodeNodes,
  lineKind,
  NODE_SIZE_RANGE,
  OKABE_ITO,
  OTHER_COLOR,
  TOL_MUTED,
  type ColorSpec,
  type SizeSpec,
} from '../../../src/render/encoding';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const sizeOf = (values: Record<string, number>): SizeSpec => ({
  title: 'Partners',
  values: new Map(Object.entries(values)),
});

describe('encodeNodes colour with a dataset-wide order', () => {
  // Ten countries in the dataset: LV is the 10th, so it is grey in the whole dataset and in every filter.
  const all = ['DE', 'DE', 'DE', 'SE', 'SE', 'FI', 'DK', 'EE', 'IS', 'LT', 'NO', 'PL', 'LV'];
  const order = categoryOrder(all);
  const spec = (values: Record<string, string>): ColorSpec => ({
    type: 'category',
    title: 'Country',
    values: new Map(Object.entries(values)),
    order,
    label: (v) => v,
  });

  it('orders categories by count over the dataset, ties by code', () => {
    expect(order).toEqual(['DE', 'SE', 'DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'PL']);
  });

  it('keeps each country its colour whichever subset is drawn, and lists only the drawn ones', () => {
    const whole = encodeNodes(ids(4), spec({ n0: 'DE', n1: 'FI', n2: 'NO', n3: 'PL' }), sizeOf({}));
    const baltic = encodeNodes(ids(2), spec({ n0: 'FI', n1: 'EE' }), sizeOf({}));
    expect(whole.color.get('n1')).toBe(TOL_MUTED[4]);
    expect(baltic.color.get('n0')).toBe(TOL_MUTED[4]);
    expect(baltic.color.get('n1')).toBe(TOL_MUTED[3]);
    expect(whole.color.get('n3')).toBe(OTHER_COLOR);
    const legend = baltic.colorLegend.type === 'category' ? baltic.colorLegend.entries : [];
    expect(legend.map((e) => [e.value, e.color])).toEqual([
      ['EE', TOL_MUTED[3]],
      ['FI', TOL_MUTED[4]],
    ]);
  });

  it('puts a category beyond the palette under one grey Other entry even when it is the only one drawn', () => {
    const only = encodeNodes(ids(1), spec({ n0: 'PL' }), sizeOf({}));
    expect(only.color.get('n0')).toBe(OTHER_COLOR);
    expect(only.colorLegend.type === 'category' && only.colorLegend.entries).toEqual([
      { value: '', label: 'Other', color: OTHER_COLOR, count: 1 },
    ]);
  });
});

describe('encodeNodes colour', () => {
  it('gives the largest category the first Okabe–Ito colour and lists categories by size', () => {
    const values = new Map([
      ['n0', 'SE'],
      ['n1', 'FI'],
      ['n2', 'FI'],
    ]);
    const spec: ColorSpec = { type: 'category', title: 'Country', values, label: (v) => `name of ${v}` };
    const encoding = encodeNodes(ids(4), spec, sizeOf({}));
    expect(encoding.color.get('n1')).toBe(OKABE_ITO[0]);
    expect(encoding.color.get('n0')).toBe(OKABE_ITO[1]);
    expect(encoding.color.get('n3')).toBe(OTHER_COLOR);
    expect(encoding.colorLegend).toEqual({
      type: 'category',
      title: 'Country',
      entries: [
        { value: 'FI', label: 'name of FI', color: OKABE_ITO[0], count: 2 },
        { value: 'SE', label: 'name of SE', color: OKABE_ITO[1], count: 1 },
        { value: '', label: 'Other', color: OTHER_COLOR, count: 1 },
      ],
    });
  });

  it('switches to Tol muted above eight categories and greys out the tenth and later', () => {
    const values = new Map(ids(11).map((id, i) => [id, `c${String(i).padStart(2, '0')}`]));
    const spec: ColorSpec = { type: 'category', title: 'Country', values, label: (v) => v };
    const encoding = encodeNodes(ids(11), spec, sizeOf({}));
    expect(encoding.color.get('n0')).toBe(TOL_MUTED[0]);
    expect(encoding.color.get('n8')).toBe(TOL_MUTED[8]);
    expect(encoding.color.get('n9')).toBe(OTHER_COLOR);
    const legend = encoding.colorLegend;
    expect(legend.type === 'category' && legend.entries.at(-1)).toEqual({
      value: '',
      label: 'Other',
      color: OTHER_COLOR,
      count: 2,
    });
  });

  it('uses a colour fixed by the dataset before the palette', () => {
    const spec: ColorSpec = {
      type: 'category',
      title: 'Sector',
      values: new Map([['n0', 'health']]),
      label: (v) => v,
      fixed: new Map([['health', 'rebeccapurple']]),
    };
    expect(encodeNodes(['n0'], spec, sizeOf({})).color.get('n0')).toBe('rebeccapurple');
  });

  it('maps a metric onto viridis, with missing values grey and counted', () => {
    const spec: ColorSpec = {
      type: 'metric',
      title: 'Betweenness',
      values: new Map<string, number | null>([
        ['n0', 0],
        ['n1', 1],
        ['n2', null],
      ]),
    };
    const encoding = encodeNodes(ids(3), spec, sizeOf({}));
    expect(encoding.color.get('n0')).toBe('#440154'); // viridis' published first colour
    expect(encoding.color.get('n1')).toBe('#fde725'); // viridis' published last colour
    expect(encoding.color.get('n2')).toBe(OTHER_COLOR);
    expect(encoding.colorLegend).toMatchObject({ type: 'metric', min: 0, max: 1, missing: 1, pinned: false });
  });

  it('uses a pinned domain for the ramp and the legend, values beyond it taking the end colours', () => {
    const values = new Map<string, number | null>([
      ['n0', 0.1],
      ['n1', 0.5],
      ['n2', 2],
    ]);
    const spec: ColorSpec = { type: 'metric', title: 'Betweenness', values, domain: [0.1, 1] };
    const encoding = encodeNodes(ids(3), spec, sizeOf({}));
    expect(encoding.color.get('n0')).toBe('#440154');
    expect(encoding.color.get('n2')).toBe('#fde725');
    expect(encoding.color.get('n1')).not.toBe('#fde725');
    expect(encoding.colorLegend).toMatchObject({ type: 'metric', min: 0.1, max: 1, pinned: true });
  });
});

describe('encodeNodes size', () => {
  it('grows node area with the value (square-root scale from zero)', () => {
    const [small, large] = NODE_SIZE_RANGE;
    const spec: ColorSpec = { type: 'category', title: 'Country', values: new Map(), label: (v) => v };
    const encoding = encodeNodes(ids(3), spec, sizeOf({ n0: 0, n1: 1, n2: 4 }));
    expect(encoding.size.get('n0')).toBe(small);
    expect(encoding.size.get('n1')).toBe(small + (large - small) * Math.sqrt(1 / 4));
    expect(encoding.size.get('n2')).toBe(large);
    expect(encoding.sizeLegend).toEqual({ title: 'Partners', min: 0, max: 4, minSize: small, maxSize: large });
  });

  it('rounds sizes to whole pixels, so nodes of nearly equal value share one cached picture', () => {
    const [small, large] = NODE_SIZE_RANGE;
    const spec: ColorSpec = { type: 'category', title: 'Country', values: new Map(), label: (v) => v };
    const encoding = encodeNodes(ids(3), spec, sizeOf({ n0: 0, n1: 1, n2: 3 }));
    // 14 px plus sqrt(1/3) of the 32 px range is 32.48 px: drawn at 32.
    expect(encoding.size.get('n1')).toBe(Math.round(small + (large - small) * Math.sqrt(1 / 3)));
    expect([...encoding.size.values()].every(Number.isInteger)).toBe(true);
  });

  it('keeps every node at the small size when all values are zero', () => {
    const spec: ColorSpec = { type: 'category', title: 'Country', values: new Map(), label: (v) => v };
    const encoding = encodeNodes(ids(2), spec, sizeOf({ n0: 0, n1: 0 }));
    expect([...encoding.size.values()]).toEqual([NODE_SIZE_RANGE[0], NODE_SIZE_RANGE[0]]);
  });
});

describe('lineKind', () => {
  it('keeps a single kind and calls several kinds mixed', () => {
    expect(lineKind(['bilateral', 'bilateral'])).toBe('bilateral');
    expect(lineKind(['bilateral', 'soft-landing'])).toBe('mixed');
  });
});
