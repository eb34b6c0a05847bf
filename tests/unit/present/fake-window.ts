// A stand-in for window's location, history and popstate, with a real history stack, for the url-sync tests.
import type { UrlWindow } from '../../../src/state/url-sync';

export interface FakeWindow extends UrlWindow {
  /** Every entry's query, oldest first. */
  entries: string[];
  index: number;
  pushes: number;
  replaces: number;
  back(): void;
  forward(): void;
}

export function fakeWindow(search = ''): FakeWindow {
  const listeners: Array<() => void> = [];
  const setFrom = (url: string | undefined): string => new URL(url ?? '', 'https://x.example/app/').search;
  const win: FakeWindow = {
    entries: [search],
    index: 0,
    pushes: 0,
    replaces: 0,
    location: { search, pathname: '/app/', hash: '' },
    history: {
      state: null,
      pushState(_data, _unused, url) {
        win.pushes++;
        win.entries = [...win.entries.slice(0, win.index + 1), setFrom(url)];
        win.index = win.entries.length - 1;
        win.location.search = win.entries[win.index] as string;
      },
      replaceState(_data, _unused, url) {
        win.replaces++;
        win.entries[win.index] = setFrom(url);
        win.location.search = win.entries[win.index] as string;
      },
    },
    addEventListener: (_type, listener) => void listeners.push(listener),
    removeEventListener: (_type, listener) => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    },
    back() {
      win.index = Math.max(0, win.index - 1);
      win.location.search = win.entries[win.index] as string;
      listeners.forEach((listener) => listener());
    },
    forward() {
      win.index = Math.min(win.entries.length - 1, win.index + 1);
      win.location.search = win.entries[win.index] as string;
      listeners.forEach((listener) => listener());
    },
  };
  return win;
}
