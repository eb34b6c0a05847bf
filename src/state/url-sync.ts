// Keeps the address bar in step with the view state: a history entry per discrete change, camera moves and animation frames in place.
import { parseQuery, serializeState } from '../embed/codec';
import { hasPackedDataset } from '../embed/fragment-key';
import type { ViewState } from '../embed/view-state';
import { applyLinkState } from './actions';
import { useAtlas } from './store';

/** The parts of window the sync uses, so tests can pass a stand-in. */
export interface UrlWindow {
  location: { search: string; pathname: string; hash: string };
  history: {
    state: unknown;
    replaceState(data: unknown, unused: string, url?: string): void;
    /** Optional so a stand-in may leave it out; without it every write replaces. */
    pushState?(data: unknown, unused: string, url?: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface UrlSyncOptions {
  /**
   * Never add history entries. By default true in embed mode: a frame's pushState lands in the host page's
   * history, so the host's back button would step through the frame's views instead of leaving the page.
   */
  replaceOnly?: boolean;
}

/** Waits this long after the last change, so dragging a slider or panning writes the address once. */
export const URL_DELAY_MS = 150;

/** The query without the camera: two states that differ only here are one history entry. */
const withoutCamera = (view: ViewState): string => serializeState({ ...view, camera: null });

/**
 * Writes the view state into the address bar whenever it changes (debounced by URL_DELAY_MS): a new
 * history entry when something other than the camera changed, replaceState when only the camera moved,
 * for every frame of an animation after its first, or when the change came from the address itself
 * (back/forward, the opening link). Back/forward
 * re-applies the address's whole view. Returns the function that stops it.
 */
export function startUrlSync(win: UrlWindow = window, options: UrlSyncOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The discrete part of the view that the current history entry holds. */
  let entry = withoutCamera(useAtlas.getState().view);
  /** True when the next write must not add an entry (after a popstate, the state came from the address). */
  let quiet = true;
  /** True once the running animation has its history entry: its later frames replace it. */
  let animationHasEntry = false;

  const write = (): void => {
    timer = null;
    const view = useAtlas.getState().view;
    const query = serializeState(view);
    const discrete = withoutCamera(view);
    const current = win.location.search.replace(/^\?/, '');
    const replaceOnly = options.replaceOnly ?? view.embed;
    const animating = useAtlas.getState().animating;
    const push =
      !quiet &&
      !replaceOnly &&
      !(animating && animationHasEntry) &&
      discrete !== entry &&
      win.history.pushState !== undefined;
    animationHasEntry = animating && (animationHasEntry || push);
    quiet = false;
    entry = discrete;
    // A dataset carried in the fragment stays only while it is the dataset on screen: after opening a file, a
    // reload must not bring the link's dataset back.
    const staleFragment = hasPackedDataset(win.location.hash) && useAtlas.getState().origin !== 'link';
    if (query === current && !staleFragment) return;
    const hash = staleFragment ? '' : win.location.hash;
    const url = `${win.location.pathname}${query === '' ? '' : `?${query}`}${hash}`;
    try {
      if (push) win.history.pushState?.(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    } catch {
      // Some pages (a file:// export in some browsers, sandboxed frames) refuse; the view still works.
    }
  };
  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, URL_DELAY_MS);
  };
  const unsubscribe = useAtlas.subscribe((state, previous) => {
    if (state.view !== previous.view) schedule();
  });
  const onPopState = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    applyLinkState(parseQuery(win.location.search), true);
    // The address already says this; a rewrite (cleaned ids) replaces it rather than adding an entry.
    quiet = true;
    entry = withoutCamera(useAtlas.getState().view);
    schedule();
  };
  win.addEventListener('popstate', onPopState);
  // The opening view may have been cleaned against the dataset: write it back in place.
  schedule();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    win.removeEventListener('popstate', onPopState);
  };
}
