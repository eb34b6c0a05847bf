// Stale links: a link made on last year's dataset still opens, with what no longer exists dropped and numbers clamped.
import { describe, expect, it } from 'vitest';
import { cleanState, parseQuery, serializeState, stateContextFrom, type StateContext } from '../../../src/embed/codec';
import { VIEW_MODES, defaultViewState, type ViewState } from '../../../src/embed/view-state';
import type { Dataset } from '../../../src/model/types';

const dataset: Dataset = {
  format: 'alliance-graph@1',
  sectors: [
    { id: 'cleantech', label: 'Cleantech' },
    { id: '__proto__', label: 'Odd id' },
  ],
  countries: [{ code: 'XK', label: 'Kosovo' }],
  actors: [
    { id: 'fi-clean', label: 'Cleantech Finland', kind: 'cluster', country: 'FI', sectors: ['cleantech'] },
    { id: 'dk-clean', label: 'Clean', kind: 'cluster', country: 'DK' },
    { id: 'constructor', label: 'Odd', kind: 'agency', country: 'SE' },
  ],
  agreements: [
    { id: 'mou', kind: 'bilateral', parties: ['fi-clean', 'dk-clean'], since: 2009, until: '2014-06-30' },
    { id: 'open', kind: 'multilateral', parties: ['fi-clean', 'dk-clean', 'constructor'], since: 2011 },
  ],
  views: [{ id: 'tour', title: 'Tour', state: 'view=country' }],
};
const context: StateContext = stateContextFrom(dataset);
const open = (query: string): ViewState => cleanState(parseQuery(query), context);

describe('stateContextFrom', () => {
  it('collects the ids a link may name and the years the agreements span', () => {
    expect([...(context.countryCodes as Set<string>)].sort()).toEqual(['DK', 'FI', 'SE', 'XK']);
    expect(context.yearRange).toEqual([2009, 2014]);
    expect(context.sectorIds.has('__proto__')).toBe(true);
    expect(context.actorIds.has('toString')).toBe(false);
  });

  it('has no year range when no agreement has a year', () => {
    const undated = { ...dataset, agreements: dataset.agreements.map(({ since: _s, until: _u, ...rest }) => rest) };
    expect(stateContextFrom(undated).yearRange).toBeNull();
  });
});

describe('cleanState', () => {
  it('keeps everything the dataset still has', () => {
    const query =
      'view=graph&sector=cleantech,__proto__&country=FI,XK&year=2010&select=constructor&place=DK' +
      '&agreement=mou&focus=fi-clean&hops=2&path=fi-clean,constructor&matrix=cleantech&compare=2009,2014&story=tour&step=4';
    expect(serializeState(open(query))).toBe(query.replace('view=graph&', ''));
  });

  it('drops ids the dataset no longer has', () => {
    const state = open(
      'sector=cleantech,gone&country=FI,ZZ&select=gone&place=ZZ&agreement=gone&focus=gone&matrix=gone&story=gone&step=3',
    );
    expect(state.filters.sectors).toEqual(['cleantech']);
    expect(state.filters.countries).toEqual(['FI']);
    expect([state.selected, state.country, state.agreement, state.focus, state.sector, state.story]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(state.step).toBe(1);
  });

  it('drops a path when either end is gone, or both ends are the same actor', () => {
    expect(open('path=fi-clean,gone').path).toBeNull();
    expect(open('path=fi-clean,fi-clean').path).toBeNull();
  });

  it('does not take prototype names for ids the dataset has', () => {
    const state = open('select=toString&focus=hasOwnProperty&sector=constructor&place=__proto__');
    expect([state.selected, state.focus, state.country]).toEqual([null, null, null]);
    expect(state.filters.sectors).toEqual([]);
  });

  it("clamps years to the dataset's span", () => {
    expect(open('year=1950').filters.year).toBe(2009);
    expect(open('year=2030').filters.year).toBe(2014);
    expect(open('compare=1990,2099').compare).toEqual([2009, 2014]);
  });

  it('clamps years to the format range when the dataset has none', () => {
    const undated = stateContextFrom({ ...dataset, agreements: [] });
    expect(cleanState(parseQuery('year=1200&compare=1999,3000'), undated)).toMatchObject({
      filters: { year: 1800 },
      compare: [1999, 2200],
    });
  });

  it('accepts lower-case country codes typed by hand', () => {
    expect(open('country=fi,dk&place=se')).toMatchObject({ filters: { countries: ['FI', 'DK'] }, country: 'SE' });
  });

  it('drops repeated ids in lists', () => {
    expect(open('country=FI,fi,FI&sector=cleantech,cleantech').filters).toMatchObject({
      countries: ['FI'],
      sectors: ['cleantech'],
    });
  });

  it.each(VIEW_MODES)('keeps view=%s, a tab of the app', (mode) => {
    expect(open(`view=${mode}`).view).toBe(mode);
    expect(serializeState(open(`view=${mode}&size=betweenness`))).toBe(
      mode === 'graph' ? 'size=betweenness' : `view=${mode}&size=betweenness`,
    );
  });

  it('falls back to the default for unknown view, layout, colour and size', () => {
    const state = open('view=globe&layout=spiral&projection=star&color=mood&size=height');
    expect(state).toEqual(defaultViewState());
  });

  it('keeps a custom story and clamps its step', () => {
    expect(open('story=custom&step=99999')).toMatchObject({ story: 'custom', step: 1000 });
  });

  it('clamps the camera and drops a broken one', () => {
    expect(open('cam=5e6,-5e6,900').camera).toEqual({ x: 1e6, y: -1e6, zoom: 50 });
    expect(open('cam=1,2,0.0001').camera).toEqual({ x: 1, y: 2, zoom: 0.01 });
    const broken = { camera: { x: Number.NaN, y: 0, zoom: 1 } };
    expect(cleanState(broken, context).camera).toBeNull();
  });

  it('survives input that is not what the types promise (a state restored from elsewhere)', () => {
    const junk = {
      view: 42,
      filters: { sectors: 'cleantech', countries: [null, 7, 'FI'], year: '2010' },
      path: ['fi-clean'],
      hops: 'two',
      compare: [2010],
      embed: 'yes',
    } as unknown as Partial<ViewState>;
    const state = cleanState(junk, context);
    expect(state.filters).toEqual({ ...defaultViewState().filters, countries: ['FI'] });
    expect([state.view, state.path, state.hops, state.compare, state.embed]).toEqual(['graph', null, 1, null, false]);
    expect(cleanState(null as unknown as Partial<ViewState>, context)).toEqual(defaultViewState());
  });

  it('keeps the dataset URL as given', () => {
    expect(open('data=https%3A%2F%2Fexample.org%2Fd.json').data).toBe('https://example.org/d.json');
  });
});
