// Opening the app: which dataset loads (link, embedded, sample), and the address bar following the view.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectActor, setFilters } from './actions';
import { DEFAULT_DATASET_URL } from './default-dataset';
import type { Fetcher } from './load';
import { EMBEDDED_DATASET_NAME, openingState, startApp } from './startup';
import { resetAtlas, useAtlas } from './store';
import { startUrlSync, URL_DELAY_MS, type UrlWindow } from './url-sync';

const datasetText = (title: string) =>
  JSON.stringify({
    format: 'alliance-graph@1',
    title,
    actors: [
      { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
      { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
    ],
    agreements: [{ id: 'ab', kind: 'bilateral', parties: ['a', 'b'] }],
  });

function recordingFetcher(title = 'Fetched') {
  const urls: string[] = [];
  const fetcher: Fetcher = async (url) => {
    urls.push(url);
    return { ok: true, status: 200, statusText: 'OK', text: async () => datasetText(title) };
  };
  return { urls, fetcher };
}

const PAGE = 'https://host.example/sub/app/';

beforeEach(resetAtlas);

describe('startApp: datasets that have no address', () => {
  it('opens the dataset inside a #data= fragment without fetching, marked as coming from the link', async () => {
    const { packDataset } = await import('../embed/fragment');
    const { urls, fetcher } = recordingFetcher();
    const hash = packDataset(datasetText('In the link'));
    await startApp({ search: '?select=a', hash, href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(urls).toEqual([]);
    expect(useAtlas.getState().dataset?.title).toBe('In the link');
    expect(useAtlas.getState().origin).toBe('link');
    expect(useAtlas.getState().view.selected).toBe('a');
  });

  it('opens the sample under a clear failure when the fragment was cut short', async () => {
    const { packDataset } = await import('../embed/fragment');
    const { fetcher } = recordingFetcher('Sample');
    const hash = packDataset(datasetText('In the link')).slice(0, 40);
    await startApp({ search: '', hash, href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(useAtlas.getState().dataset?.title).toBe('Sample');
    expect(useAtlas.getState().failure?.problems[0]?.message).toMatch(/damaged/);
  });

  it('opens the sample under the problems of a fragment dataset that is not valid, listed by place', async () => {
    const { packDataset } = await import('../embed/fragment');
    const { fetcher } = recordingFetcher('Sample');
    const hash = packDataset(JSON.stringify({ format: 'alliance-graph@1', actors: [], agreements: 'none' }));
    await startApp({ search: '', hash, href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(useAtlas.getState().dataset?.title).toBe('Sample');
    expect(useAtlas.getState().failure?.problems.map((p) => p.pointer)).toContain('/agreements');
  });

  it('reopens the local file this browser kept instead of the sample, marked local, leaving the early sample unread', async () => {
    const { urls, fetcher } = recordingFetcher('Sample');
    const kept = async () => ({ name: 'mine.json', text: datasetText('Mine'), savedAt: 1 });
    await startApp({ search: '', href: PAGE, embeddedData: null, embeddedState: null, fetcher, kept });
    // The sample's download started while IndexedDB was asked; the kept file wins.
    expect(urls).toEqual([new URL(DEFAULT_DATASET_URL, PAGE).href]);
    expect(useAtlas.getState().dataset?.title).toBe('Mine');
    expect(useAtlas.getState().origin).toBe('local');
    expect(useAtlas.getState().source).toBe('mine.json');
  });

  it("starts the sample's download before the look for a kept file answers, and downloads it once", async () => {
    const { urls, fetcher } = recordingFetcher('Sample');
    let answer: (kept: null) => void = () => undefined;
    const kept = () => new Promise<null>((resolve) => (answer = resolve));
    const opening = startApp({ search: '', href: PAGE, embeddedData: null, embeddedState: null, fetcher, kept });
    await Promise.resolve();
    expect(urls).toEqual([new URL(DEFAULT_DATASET_URL, PAGE).href]);
    answer(null);
    await opening;
    expect(urls).toHaveLength(1);
    expect(useAtlas.getState().dataset?.title).toBe('Sample');
    expect(useAtlas.getState().origin).toBe('sample');
  });

  it('prefers ?data= over a kept local file', async () => {
    const { urls, fetcher } = recordingFetcher('Fetched');
    const kept = async () => ({ name: 'mine.json', text: datasetText('Mine'), savedAt: 1 });
    await startApp({ search: '?data=x.json', href: PAGE, embeddedData: null, embeddedState: null, fetcher, kept });
    expect(urls).toHaveLength(1);
    expect(useAtlas.getState().origin).toBe('address');
  });
});

describe('startApp', () => {
  it('opens the bundled sample when the link names no dataset, and keeps ?data= out of the view', async () => {
    const { urls, fetcher } = recordingFetcher('Sample');
    await startApp({ search: '?select=b', href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(urls).toEqual([new URL(DEFAULT_DATASET_URL, PAGE).href]);
    expect(useAtlas.getState().dataset?.title).toBe('Sample');
    expect(useAtlas.getState().view.selected).toBe('b');
    expect(useAtlas.getState().view.data).toBeNull();
  });

  it('fetches ?data= relative to the page and remembers it for links', async () => {
    const { urls, fetcher } = recordingFetcher();
    await startApp({ search: '?data=mine.json', href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(urls).toEqual(['https://host.example/sub/app/mine.json']);
    expect(useAtlas.getState().view.data).toBe('mine.json');
  });

  it('uses an embedded dataset without fetching, opening on the embedded view', async () => {
    const { urls, fetcher } = recordingFetcher();
    await startApp({
      search: '',
      href: 'file:///tmp/talk.html',
      embeddedData: datasetText('Embedded'),
      embeddedState: 'select=a&color=kind',
      fetcher,
    });
    expect(urls).toEqual([]);
    const state = useAtlas.getState();
    expect([state.dataset?.title, state.source, state.view.selected, state.view.color]).toEqual([
      'Embedded',
      EMBEDDED_DATASET_NAME,
      'a',
      'kind',
    ]);
  });

  it('lets the page query override the embedded view', () => {
    expect(openingState({ embeddedState: 'select=a&color=kind', search: '?select=b' })).toMatchObject({
      selected: 'b',
      color: 'kind',
    });
  });
});

describe('startApp: a ?data= that cannot be used', () => {
  it('never fetches the page itself for a blank ?data=%20: the sample opens under a message that says so', async () => {
    const { urls, fetcher } = recordingFetcher('Sample');
    await startApp({ search: '?data=%20&select=b', href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(urls).toEqual([new URL(DEFAULT_DATASET_URL, PAGE).href]);
    expect(useAtlas.getState().dataset?.title).toBe('Sample');
    expect(useAtlas.getState().view.data).toBeNull();
    expect(useAtlas.getState().view.selected).toBe('b');
    expect(useAtlas.getState().failure?.source).toBe("the link's ?data=");
    expect(useAtlas.getState().failure?.problems[0]?.message).toMatch(/\?data= with no address/);
  });

  it('drops a ?data= that failed from the view (so from the address bar) and opens the sample under the failure', async () => {
    const urls: string[] = [];
    const fetcher: Fetcher = async (url) => {
      urls.push(url);
      return url.endsWith('missing.json')
        ? { ok: false, status: 404, statusText: 'Not Found', text: async () => '' }
        : { ok: true, status: 200, statusText: 'OK', text: async () => datasetText('Sample') };
    };
    await startApp({ search: '?data=missing.json', href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    expect(urls).toEqual([`${PAGE}missing.json`, new URL(DEFAULT_DATASET_URL, PAGE).href]);
    expect(useAtlas.getState().view.data).toBeNull();
    expect(useAtlas.getState().dataset?.title).toBe('Sample');
    expect(useAtlas.getState().failure?.problems[0]?.message).toMatch(/404 Not Found for .*missing\.json/);
  });
});

describe('startUrlSync', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the view into the address once changes settle, and follows back/forward', async () => {
    vi.useFakeTimers();
    const { fetcher } = recordingFetcher();
    await startApp({ search: '', href: PAGE, embeddedData: null, embeddedState: null, fetcher });
    const listeners: Array<() => void> = [];
    const win: UrlWindow = {
      location: { search: '', pathname: '/sub/app/', hash: '' },
      history: {
        state: null,
        replaceState: vi.fn((_data: unknown, _unused: string, url?: string) => {
          win.location.search = new URL(url ?? '', 'https://x.example').search;
        }),
      },
      addEventListener: (_type, listener) => void listeners.push(listener),
      removeEventListener: vi.fn(),
    };
    const stop = startUrlSync(win);
    selectActor('a');
    setFilters({ countries: ['FI'] });
    await vi.advanceTimersByTimeAsync(URL_DELAY_MS);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?country=FI&select=a');
    win.location.search = '?select=b';
    listeners.forEach((listener) => listener());
    expect(useAtlas.getState().view.selected).toBe('b');
    expect(useAtlas.getState().view.filters.countries).toEqual([]);
    stop();
  });
});
