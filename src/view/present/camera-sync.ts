// Keeps the link's camera and the main canvas in step: the reader's pan/zoom goes into the view, a linked camera onto the canvas.
import { useEffect, useRef } from 'react';
import { CAMERA_ANIMATION_MS } from '../../render/camera';
import { setCamera } from '../../state/camera';
import { serializeState } from '../../embed/codec';
import type { Camera, ViewState } from '../../embed/view-state';
import type { CameraControl } from '../../render/renderer-ops';
import { useAtlas } from '../../state/store';
import { useLiveRenderers } from './live-renderers';

/** The view without its camera, to tell a discrete change (filters, layout, focus…) from a camera move. */
const discreteOf = (view: ViewState): string => serializeState({ ...view, camera: null });
/** Waits for the reader's pan or zoom to settle before the view (and the address) takes it. */
export const SETTLE_MS = 200;
/** Waits for the canvas's own fits to settle before a stale camera is cleared or put back. */
const FIT_CHECK_MS = 120;

const reducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/**
 * True while the camera came from a link, back/forward or a story step and nothing else has changed
 * since: the layout's own fits (however late a slow load makes them) are then undone. A discrete change
 * unpins it, so the fit that follows a new layout or focus clears the camera instead.
 */
export interface CameraPin {
  pinned: boolean;
  /**
   * True while the canvas shows a story step's own fit (a step without a camera) and the reader has not moved it
   * since: a canvas that changes size then (the previous step's details sheet closing in an embed) is fitted again,
   * where cytoscape would keep the top-left corner and leave the picture in the upper part of the taller canvas.
   */
  fitted?: boolean;
}

/**
 * Canvas → view: the reader's gestures become the view's camera; the canvas's own fits (layout, focus)
 * clear a stale one, or are undone while it is pinned. Moves made by `set` are neither. Returns the undo.
 */
export function followCanvas(canvas: CameraControl, pin: CameraPin, refit?: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let check: ReturnType<typeof setTimeout> | null = null;
  const stopMoves = canvas.onMove((_camera, move) => {
    if (move.user) {
      pin.pinned = false;
      pin.fitted = false;
      if (check !== null) clearTimeout(check);
      check = null;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        setCamera(canvas.read());
      }, SETTLE_MS);
      return;
    }
    // The steps of the camera's own `set` are not the canvas moving away from it.
    if (move.set) return;
    if (check !== null) clearTimeout(check);
    check = setTimeout(() => {
      check = null;
      const wanted = useAtlas.getState().view.camera;
      if (wanted === null || canvas.shows(wanted)) return;
      if (pin.pinned) canvas.set(wanted);
      else setCamera(null);
    }, FIT_CHECK_MS);
  });
  // The canvas can change size after a camera was applied (the header and tabs settle, the window is
  // resized); cytoscape keeps the top-left corner, so the link's centre would drift: put it back.
  const stopResize = canvas.onResize(() => {
    const wanted = useAtlas.getState().view.camera;
    if (wanted !== null && !canvas.shows(wanted)) canvas.set(wanted);
    else if (wanted === null && pin.fitted === true) refit?.();
  });
  return () => {
    stopMoves();
    stopResize();
    if (timer !== null) clearTimeout(timer);
    if (check !== null) clearTimeout(check);
  };
}

/** View → canvas: a camera the canvas does not show yet (link, back/forward, story step) is set and pinned. */
export function showCamera(canvas: CameraControl, camera: Camera, pin: CameraPin, animate = 0): void {
  if (canvas.shows(camera)) return;
  pin.pinned = true;
  canvas.set(camera, { animate });
}

export function useCameraSync(): void {
  const renderers = useLiveRenderers();
  const mode = useAtlas((s) => s.view.view);
  const camera = useAtlas((s) => s.view.camera);
  const storyKey = useAtlas((s) => (s.view.story === null ? null : `${s.view.story}|${s.view.step}`));
  const highlighted = useAtlas((s) => s.view.focus !== null || s.view.path !== null);
  const renderer = mode === 'graph' || mode === 'country' ? (renderers[0] ?? null) : null;
  const pin = useRef<CameraPin>({ pinned: false });

  useEffect(
    () =>
      useAtlas.subscribe((state, previous) => {
        if (state.view === previous.view || state.view.camera !== previous.view.camera) return;
        if (discreteOf(state.view) !== discreteOf(previous.view)) {
          pin.current.pinned = false;
          pin.current.fitted = false;
        }
      }),
    [],
  );
  const lastStory = useRef<string | null>(null);

  useEffect(
    () => (renderer === null ? undefined : followCanvas(renderer.camera, pin.current, () => renderer.fit())),
    [renderer],
  );

  // View → canvas, animated in a story; a story step without a camera fits what it draws.
  useEffect(() => {
    if (renderer === null) return;
    const canvas = renderer.camera;
    const newStep = storyKey !== null && storyKey !== lastStory.current;
    lastStory.current = storyKey;
    const duration = storyKey !== null && !reducedMotion() ? CAMERA_ANIMATION_MS : 0;
    if (newStep) pin.current.fitted = false;
    if (camera !== null) showCamera(canvas, camera, pin.current, duration);
    else if (newStep && !highlighted) {
      // A step without a camera shows what it draws: a fit to the drawn nodes (never to hidden ones), now and
      // again by the explorer once the step's layout is placed. Not animated, so no animation of the previous
      // layout's frame can land after that fit. A focus or path step is fitted by the explorer.
      canvas.stop();
      renderer.fit();
      pin.current.fitted = true;
    }
  }, [renderer, camera, storyKey, highlighted]);
}
