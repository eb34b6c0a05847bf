// The link format as a specification: each key's spelling, escaping, defaults and round trip (docs/links.md).
import { describe, expect, it } from 'vitest';
import { QUERY_KEYS, parseQuery, serializeState } from '../../../src/embed/codec';
import { VIEW_MODES, defaultViewState, type ViewState } from '../../../src/embed/view-state';

const state = (changes: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...changes });
const filters = (changes: Partial<ViewState['filters']>): ViewState['filters'] => ({
  ...defaultViewState().filters,
  ...changes,
});

/** One row per key of the link format: the state part it carries and how a link spells it. */
const TABLE: [string, Partial<ViewState>, string][] = [
  ['data', { data: 'https://example.org/a b.json?v=2' }, 'data=https%3A%2F%2Fexample.org%2Fa%20b.json%3Fv%3D2'],
  ['view', { view: 'matrix' }, 'view=matrix'],
  ['layout', { layout: 'map' }, 'layout=map'],
  ['projection', { projection: 'hub' }, 'projection=hub'],
  ['sector', { filters: filters({ sectors: ['cleantech', 'health'] }) }, 'sector=cleantech,health'],
  ['country', { filters: filters({ countries: ['FI', 'DK'] }) }, 'country=FI,DK'],
  ['akind', { filters: filters({ actorKinds: ['cluster', 'agency'] }) }, 'akind=cluster,agency'],
  ['gkind', { filters: filters({ agreementKinds: ['soft-landing'] }) }, 'gkind=soft-landing'],
  ['year', { filters: filters({ year: 2011 }) }, 'year=2011'],
  ['evidence', { filters: filters({ documentedOnly: true }) }, 'evidence=documented'],
  ['color', { color: 'betweenness' }, 'color=betweenness'],
  ['size', { size: 'pagerank' }, 'size=pagerank'],
  ['select', { selected: 'cleantech-finland' }, 'select=cleantech-finland'],
  ['place', { country: 'FI' }, 'place=FI'],
  ['agreement', { agreement: 'bsr-stars' }, 'agreement=bsr-stars'],
  ['focus', { focus: 'a' }, 'focus=a'],
  ['hops', { hops: 2 }, 'hops=2'],
  ['path', { path: ['a', 'b'] }, 'path=a,b'],
  ['matrix', { sector: 'cleantech' }, 'matrix=cleantech'],
  ['compare', { compare: [2010, 2014] }, 'compare=2010,2014'],
  ['cam', { camera: { x: -12.5, y: 40, zoom: 1.25 } }, 'cam=-12.5,40,1.25'],
  ['sort', { sort: { key: 'betweenness', direction: 'descending' } }, 'sort=betweenness,desc'],
  ['find', { find: { country: 'FI', kind: '', text: 'a,b' } }, 'find=FI,,a%2Cb'],
  ['gap', { gap: ['FI', 'SE'] }, 'gap=FI,SE'],
  ['cell', { cell: ['cleantech', 'FI'] }, 'cell=cleantech,FI'],
  ['legend', { legend: false }, 'legend=closed'],
  ['range', { range: [0, 0.25] }, 'range=0,0.25'],
  ['panel', { panel: 'warnings' }, 'panel=warnings'],
  [
    'whatif',
    { whatif: [{ kind: 'multilateral', parties: ['a', 'b:c', 'd;e'], sectors: ['ict'] }] },
    'whatif=multilateral:a;b%3Ac;d%3Be:ict',
  ],
  ['embed', { embed: true }, 'embed=1'],
  ['story', { story: 'cleantech-gaps' }, 'story=cleantech-gaps'],
  ['step', { step: 3 }, 'step=3'],
];

/** The filters of several rows merged, as one state carrying every key at once. */
function mergeRows(rows: typeof TABLE): ViewState {
  const merged = defaultViewState();
  for (const [, changes] of rows) {
    const { filters: rowFilters, ...rest } = changes;
    Object.assign(merged, rest);
    if (!rowFilters) continue;
    if (rowFilters.sectors.length > 0) merged.filters.sectors = rowFilters.sectors;
    if (rowFilters.countries.length > 0) merged.filters.countries = rowFilters.countries;
    if (rowFilters.actorKinds.length > 0) merged.filters.actorKinds = rowFilters.actorKinds;
    if (rowFilters.agreementKinds.length > 0) merged.filters.agreementKinds = rowFilters.agreementKinds;
    if (rowFilters.year !== null) merged.filters.year = rowFilters.year;
    if (rowFilters.documentedOnly) merged.filters.documentedOnly = true;
  }
  return merged;
}

describe('serializeState', () => {
  it('writes the default state as an empty string', () => {
    expect(serializeState(defaultViewState())).toBe('');
  });

  // The default view (graph) is left out of links; every other tab is written by name.
  it.each(VIEW_MODES.filter((mode) => mode !== 'graph'))('writes view=%s and reads it back', (mode) => {
    expect(serializeState(state({ view: mode }))).toBe(`view=${mode}`);
    expect(parseQuery(`view=${mode}`)).toEqual({ view: mode });
  });

  it('writes the trajectories view with the metric it ranks by (the size metric)', () => {
    const written = serializeState(state({ view: 'trajectories', size: 'betweenness' }));
    expect(written).toBe('view=trajectories&size=betweenness');
    expect(parseQuery(written)).toEqual({ view: 'trajectories', size: 'betweenness' });
  });

  it.each(TABLE)('writes %s and reads it back', (_key, changes, query) => {
    const written = serializeState(state(changes));
    expect(written).toBe(query);
    expect(parseQuery(written)).toEqual(changes);
  });

  it('has a row above for every key, written in one fixed order', () => {
    expect(TABLE.map(([key]) => key)).toEqual([...QUERY_KEYS]);
    const all = mergeRows(TABLE);
    expect(serializeState(all)).toBe(TABLE.map(([, , query]) => query).join('&'));
    expect(parseQuery(serializeState(all))).toEqual(all);
  });

  it('writes keys in one fixed order, whatever order the state was built in', () => {
    const a = state({ step: 2, story: 's', view: 'compare', data: 'd.json', filters: filters({ year: 2012 }) });
    expect(serializeState(a)).toBe('data=d.json&view=compare&year=2012&story=s&step=2');
  });

  it('rounds the camera so links stay short', () => {
    expect(serializeState(state({ camera: { x: 1.04999, y: -0.04, zoom: 0.123456 } }))).toBe('cam=1,0,0.123');
  });
});

describe('ids with any character round-trip exactly', () => {
  const awkward = [
    '__proto__',
    'constructor',
    'toString',
    'a,b',
    'Øresund',
    'x&y=z',
    '100%',
    'a+b',
    ' spaced ',
    '#hash',
    '?q',
    '日本',
    '😀',
  ];

  it.each(awkward)('%j as a single id and inside lists', (id) => {
    const original = state({
      selected: id,
      focus: id,
      agreement: id,
      country: id,
      sector: id,
      story: id,
      path: [id, `${id}2`],
      filters: filters({ sectors: [id, 'plain'], countries: ['FI', id] }),
    });
    expect(parseQuery(serializeState(original))).toEqual({
      selected: id,
      focus: id,
      agreement: id,
      country: id,
      sector: id,
      story: id,
      path: [id, `${id}2`],
      filters: original.filters,
    });
  });

  it('escapes commas inside list items', () => {
    expect(serializeState(state({ filters: filters({ sectors: ['a,b', 'c'] }) }))).toBe('sector=a%2Cb,c');
  });

  it('never throws on a lone surrogate, which no URL can carry', () => {
    expect(serializeState(state({ selected: 'a\uD800b' }))).toBe('select=a%EF%BF%BDb');
  });
});

describe('parseQuery', () => {
  it('accepts a leading ?, hand-typed `+` for spaces and bare `embed`', () => {
    expect(parseQuery('?select=Clean+Denmark&embed')).toEqual({ selected: 'Clean Denmark', embed: true });
  });

  it('lets the last occurrence of a key win', () => {
    expect(parseQuery('view=matrix&view=rankings')).toEqual({ view: 'rankings' });
  });

  it('ignores unknown keys, including prototype names', () => {
    const parsed = parseQuery('__proto__=x&constructor=y&toString=z&hasOwnProperty=1&foo=bar&view=country');
    expect(parsed).toEqual({ view: 'country' });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('skips values it cannot read instead of guessing', () => {
    expect(
      parseQuery('view=nope&layout=&hops=x&year=20.5&compare=2010&cam=1,2&cam2=1&select=%E0%A4%A&step=abc&path=a'),
    ).toEqual({});
  });

  it('keeps well-formed list items next to malformed ones', () => {
    expect(parseQuery('sector=ok,%E0%A4%A,,also')).toEqual({ filters: filters({ sectors: ['ok', 'also'] }) });
  });

  it('reads unknown kinds out of kind lists', () => {
    expect(parseQuery('akind=cluster,spaceship&gkind=martian')).toEqual({
      filters: filters({ actorKinds: ['cluster'] }),
    });
  });

  it('limits hops to 1 or 2 and step to at least 1', () => {
    expect(parseQuery('hops=7&step=-3')).toEqual({ hops: 2, step: 1 });
    expect(parseQuery('hops=0')).toEqual({ hops: 1 });
  });

  it('refuses a non-positive zoom and non-finite numbers', () => {
    expect(parseQuery('cam=1,2,0')).toEqual({});
    expect(parseQuery('cam=Infinity,2,1')).toEqual({});
    expect(parseQuery('cam=1e400,2,1')).toEqual({});
  });

  it('reads the filter keys of the sample views', () => {
    expect(parseQuery('view=matrix&sector=cleantech')).toEqual({
      view: 'matrix',
      filters: filters({ sectors: ['cleantech'] }),
    });
  });

  it('reads embed=0 as off', () => {
    expect(parseQuery('embed=0')).toEqual({ embed: false });
  });
});
