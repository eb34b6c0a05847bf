// The address bar follows the view: one history entry per discrete change, camera moves in place, back/forward re-applied.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanState, parseQuery, serializeState, stateContextFrom } from '../../../src/embed/codec';
import { applyLinkState, loadDatasetFromText, selectActor, setColor, setFilters } from '../../../src/state/actions';
import { setCamera } from '../../../src/state/camera';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { startUrlSync, URL_DELAY_MS } from '../../../src/state/url-sync';
import { fakeWindow } from './fake-window';

const dataset = {
  format: 'alliance-graph@1',
  title: 'Three',
  sectors: [{ id: 'ict', label: 'ICT' }],
  actors: [
    { id: 'a', label: 'A', kind: 'cluster', country: 'FI', sectors: ['ict'] },
    { id: '__proto__', label: 'Proto', kind: 'agency', country: 'SE' },
    { id: 'c,d', label: 'Comma', kind: 'cluster', country: 'EE' },
  ],
  agreements: [
    { id: 'x', kind: 'bilateral', parties: ['a', '__proto__'], since: 2010 },
    { id: 'y', kind: 'bilateral', parties: ['a', 'c,d'], since: 2014 },
  ],
};

let stop: (() => void) | null = null;
beforeEach(() => {
  resetAtlas();
  vi.useFakeTimers();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'three.json').ok).toBe(true);
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

const settle = () => vi.advanceTimersByTimeAsync(URL_DELAY_MS + 1);
const view = () => useAtlas.getState().view;

describe('startUrlSync', () => {
  it('writes state → URL so that URL → state gives the same view back', async () => {
    const win = fakeWindow();
    stop = startUrlSync(win);
    setFilters({ countries: ['FI', 'SE'], year: 2012 });
    selectActor('__proto__');
    setColor('kind');
    setCamera({ x: 12.345, y: -3.21, zoom: 1.23456 });
    await settle();
    const reopened = cleanState(parseQuery(win.location.search), stateContextFrom(useAtlas.getState().dataset!));
    expect(reopened).toEqual(view());
    expect(win.location.search).toBe('?country=FI,SE&year=2012&color=kind&select=__proto__&cam=12.3,-3.2,1.235');
  });

  it('adds one history entry per settled discrete change and replaces it for camera moves', async () => {
    const win = fakeWindow();
    stop = startUrlSync(win);
    await settle();
    expect(win.pushes).toBe(0);
    selectActor('a');
    await settle();
    setFilters({ year: 2011 });
    setFilters({ year: 2012 });
    setFilters({ year: 2013 });
    await settle();
    expect(win.entries).toEqual(['', '?select=a', '?year=2013&select=a']);
    setCamera({ x: 1, y: 2, zoom: 2 });
    await settle();
    setCamera({ x: 5, y: 2, zoom: 2 });
    await settle();
    expect(win.pushes).toBe(2);
    expect(win.entries).toEqual(['', '?select=a', '?year=2013&select=a&cam=5,2,2']);
  });

  it('gives an animation (year play) one history entry, replaced frame by frame, and pushes again after it', async () => {
    const win = fakeWindow();
    stop = startUrlSync(win);
    await settle();
    selectActor('a');
    await settle();
    useAtlas.setState({ animating: true });
    for (const year of [2010, 2011, 2012, 2013]) {
      setFilters({ year });
      await settle();
    }
    useAtlas.setState({ animating: false });
    expect(win.entries).toEqual(['', '?select=a', '?year=2013&select=a']);
    setColor('kind');
    await settle();
    expect(win.entries).toEqual(['', '?select=a', '?year=2013&select=a', '?year=2013&color=kind&select=a']);
  });

  it('re-applies the address on back and forward, without adding entries for it', async () => {
    const win = fakeWindow();
    stop = startUrlSync(win);
    await settle();
    selectActor('a');
    await settle();
    selectActor('c,d');
    await settle();
    expect(win.location.search).toBe('?select=c%2Cd');
    win.back();
    expect(view().selected).toBe('a');
    win.back();
    expect(view().selected).toBeNull();
    await settle();
    win.forward();
    win.forward();
    expect(view().selected).toBe('c,d');
    await settle();
    expect(win.pushes).toBe(2);
    expect(win.entries).toEqual(['', '?select=a', '?select=c%2Cd']);
  });

  it('a back step to an entry that names an unknown actor rewrites that entry in place, cleaned', async () => {
    const win = fakeWindow();
    stop = startUrlSync(win);
    await settle();
    selectActor('a');
    await settle();
    win.entries[0] = '?select=gone&color=kind';
    win.back();
    expect(view()).toMatchObject({ selected: null, color: 'kind' });
    await settle();
    expect(win.entries).toEqual(['?color=kind', '?select=a']);
  });

  it('never adds history entries in embed mode (they would land in the host page)', async () => {
    const win = fakeWindow('?embed=1');
    applyLinkState(parseQuery(win.location.search));
    stop = startUrlSync(win);
    selectActor('a');
    await settle();
    setFilters({ sectors: ['ict'] });
    await settle();
    expect(win.pushes).toBe(0);
    expect(win.entries).toEqual(['?sector=ict&select=a&embed=1']);
  });

  it('writes the opening view back cleaned, in place', async () => {
    const win = fakeWindow('?select=nobody&hops=7&view=nothing');
    applyLinkState(parseQuery(win.location.search));
    stop = startUrlSync(win);
    await settle();
    expect(win.entries).toEqual(['?hops=2']);
    expect(serializeState(view())).toBe('hops=2');
  });
});
