// Keeps the link's camera and the main canvas in step: the reader's pan/zoom goes into the view, a linked camera onto the canvas.
import { useEffect, useRef } from 'react';
import { CAMERA_ANIMATION_MS } from '../../render/camera';
import { setCamera } from '../../state/camera';
import { serializeState } from '../../embed/codec';
import type { ViewState } from '../../embed/view-state';
import { useAtlas } from '../../state/store';
import { useLiveRenderers } from './live-renderers';

/** The view without its camera, to tell a discrete change (filters, layout, focus…) from a camera move. */
const discreteOf = (view: ViewState): string => serializeState({ ...view, camera: null });
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
  /**
   * True while the camera came from a link, back/forward or a story step and nothing else has changed
   * since: the layout's own fits (however late a slow load makes them) are then undone. A discrete change
   * unpins it, so the fit that follows a new layout or focus clears the camera instead.
   */
  const pinned = useRef(false);

  useEffect(
    () =>
      useAtlas.subscribe((state, previous) => {
        if (state.view === previous.view || state.view.camera !== previous.view.camera) return;
        if (discreteOf(state.view) !== discreteOf(previous.view)) pinned.current = false;
      }),
    [],
  );
  const ownMoveUntil = useRef(0);
  const lastStory = useRef<string | null>(null);

  // The reader's gestures become the view's camera; the canvas's own fits (layout, focus) clear a stale one.
  useEffect(() => {
    if (renderer === null) return;
    const camera = renderer.camera;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let userAt = 0;
    const stopUser = camera.onUserMove(() => {
      userAt = Date.now();
      pinned.current = false;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => setCamera(camera.read()), SETTLE_MS);
    });
    let check: ReturnType<typeof setTimeout> | null = null;
    const onViewport = (): void => {
      const now = Date.now();
      if (now - userAt < SETTLE_MS * 2 || now < ownMoveUntil.current) return;
      if (check !== null) clearTimeout(check);
      check = setTimeout(() => {
        const wanted = useAtlas.getState().view.camera;
        if (wanted === null || camera.shows(wanted)) return;
        if (pinned.current) camera.apply(wanted);
        else setCamera(null);
      }, 120);
    };
    const stopViewport = camera.onViewport(onViewport);
    // The canvas can change size after a camera was applied (the header and tabs settle, the window is
    // resized); cytoscape keeps the top-left corner, so the link's centre would drift: put it back.
    const onResize = (): void => {
      const wanted = useAtlas.getState().view.camera;
      if (wanted !== null && !camera.shows(wanted)) camera.apply(wanted);
    };
    const stopResize = camera.onResize(onResize);
    return () => {
      stopUser();
      stopViewport();
      stopResize();
      if (timer !== null) clearTimeout(timer);
      if (check !== null) clearTimeout(check);
    };
  }, [renderer]);

  // A camera that the canvas does not show yet (link, back/forward, story step) is applied, animated in a story.
  useEffect(() => {
    if (renderer === null) return;
    const canvas = renderer.camera;
    const newStep = storyKey !== null && storyKey !== lastStory.current;
    lastStory.current = storyKey;
    const duration = storyKey !== null && !reducedMotion() ? CAMERA_ANIMATION_MS : 0;
    if (camera !== null) {
      if (canvas.shows(camera)) return;
      pinned.current = true;
      // Only an animation's own steps are ignored; a fit right after a jump must still be undone.
      ownMoveUntil.current = duration > 0 ? Date.now() + duration + 50 : 0;
      canvas.apply(camera, duration);
    } else if (newStep && !highlighted) {
      // A step without a camera shows what it draws: a fit to the drawn nodes (never to hidden ones), now and
      // again by the explorer once the step's layout is placed. Not animated, so no animation of the previous
      // layout's frame can land after that fit. A focus or path step is fitted by the explorer.
      ownMoveUntil.current = 0;
      canvas.stop();
      renderer.fit();
    }
  }, [renderer, camera, storyKey, highlighted]);
}
