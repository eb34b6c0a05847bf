// Keeps the link's camera and the main canvas in step: the reader's pan/zoom goes into the view, a linked camera onto the canvas.
import { useEffect, useRef } from 'react';
import { applyCamera, CAMERA_ANIMATION_MS, onUserCamera, sameCamera } from '../../render/camera';
import { setCamera } from '../../state/camera';
import { useAtlas } from '../../state/store';
import { useLiveRenderers } from './live-renderers';

/** After a camera comes from a link, back/forward or a story step, a layout's own fit within this time is undone. */
const PIN_MS = 3000;
/** Waits for the reader's pan or zoom to settle before the view (and the address) takes it. */
const SETTLE_MS = 200;

const reducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export function useCameraSync(): void {
  const renderers = useLiveRenderers();
  const mode = useAtlas((s) => s.view.view);
  const camera = useAtlas((s) => s.view.camera);
  const storyKey = useAtlas((s) => (s.view.story === null ? null : `${s.view.story}|${s.view.step}`));
  const highlighted = useAtlas((s) => s.view.focus !== null || s.view.path !== null);
  const renderer = mode === 'graph' || mode === 'country' ? (renderers[0] ?? null) : null;
  const pinnedAt = useRef(0);
  const ownMoveUntil = useRef(0);
  const lastStory = useRef<string | null>(null);

  // The reader's gestures become the view's camera; the canvas's own fits (layout, focus) clear a stale one.
  useEffect(() => {
    if (renderer === null) return;
    const cy = renderer.cy;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let userAt = 0;
    const stopUser = onUserCamera(cy, (next) => {
      userAt = Date.now();
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => setCamera(next), SETTLE_MS);
    });
    let check: ReturnType<typeof setTimeout> | null = null;
    const onViewport = (): void => {
      const now = Date.now();
      if (now - userAt < SETTLE_MS * 2 || now < ownMoveUntil.current) return;
      if (check !== null) clearTimeout(check);
      check = setTimeout(() => {
        const wanted = useAtlas.getState().view.camera;
        if (wanted === null || sameCamera(cy, wanted)) return;
        if (Date.now() - pinnedAt.current < PIN_MS) applyCamera(cy, wanted);
        else setCamera(null);
      }, 120);
    };
    cy.on('viewport', onViewport);
    return () => {
      stopUser();
      cy.off('viewport', onViewport);
      if (timer !== null) clearTimeout(timer);
      if (check !== null) clearTimeout(check);
    };
  }, [renderer]);

  // A camera that the canvas does not show yet (link, back/forward, story step) is applied, animated in a story.
  useEffect(() => {
    if (renderer === null) return;
    const cy = renderer.cy;
    const newStep = storyKey !== null && storyKey !== lastStory.current;
    lastStory.current = storyKey;
    const duration = storyKey !== null && !reducedMotion() ? CAMERA_ANIMATION_MS : 0;
    if (camera !== null) {
      if (sameCamera(cy, camera)) return;
      pinnedAt.current = Date.now();
      ownMoveUntil.current = Date.now() + duration + 50;
      applyCamera(cy, camera, duration);
    } else if (newStep && !highlighted) {
      // A step without a camera shows the whole network; a focus or path step is fitted by the explorer.
      ownMoveUntil.current = Date.now() + duration + 50;
      applyCamera(cy, null, duration);
    }
  }, [renderer, camera, storyKey, highlighted]);
}
