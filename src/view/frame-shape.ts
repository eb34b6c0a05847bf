// Whether the page is a portrait frame (an embed in a column, a phone held upright), kept current as the frame turns.
import { useSyncExternalStore } from 'react';

/** Taller than wide: the grouped layout packs its boxes for such a frame (render/layouts/grouped.ts). */
export const PORTRAIT_FRAME = '(orientation: portrait)';

const query = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(PORTRAIT_FRAME) : null;

function subscribe(changed: () => void): () => void {
  const list = query();
  list?.addEventListener('change', changed);
  return () => list?.removeEventListener('change', changed);
}

/** True in a portrait frame; false where there is no window or no matchMedia (tests, the command line). */
export const isPortraitFrame = (): boolean => query()?.matches === true;

/** isPortraitFrame, re-rendering the component when the frame turns or is resized across square. */
export const usePortraitFrame = (): boolean => useSyncExternalStore(subscribe, isPortraitFrame, () => false);
