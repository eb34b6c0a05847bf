// Keeps the address bar in step with the view state (replaceState, no history spam), and follows back/forward.
import { parseQuery, serializeState } from '../embed/codec';
import { applyLinkState } from './actions';
import { useAtlas } from './store';

/** The parts of window the sync uses, so tests can pass a stand-in. */
export interface UrlWindow {
  location: { search: string; pathname: string; hash: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Waits this long after the last change, so dragging a slider rewrites the address once. */
export const URL_DELAY_MS = 150;

export function startUrlSync(win: UrlWindow = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    timer = null;
    const query = serializeState(useAtlas.getState().view);
    const current = win.location.search.replace(/^\?/, '');
    if (query === current) return;
    const url = `${win.location.pathname}${query === '' ? '' : `?${query}`}${win.location.hash}`;
    try {
      win.history.replaceState(win.history.state, '', url);
    } catch {
      // Some pages (a file:// export in some browsers, sandboxed frames) refuse; the view still works.
    }
  };
  const unsubscribe = useAtlas.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, URL_DELAY_MS);
  });
  const onPopState = (): void => applyLinkState(parseQuery(win.location.search), true);
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    win.removeEventListener('popstate', onPopState);
  };
}
