// Camera moves with their cause: the reader's gestures, the camera set through the API, or the canvas's own fits.
import type { Core } from 'cytoscape';
import { applyCamera, readCamera, USER_CAMERA_EVENT, type CanvasCamera } from './camera';

/** Why the camera moved; a move is either the reader's, or started by `set`, or neither (a layout or focus fit). */
export interface CameraMove {
  /** A drag, wheel, pinch, zoom button or key: the reader chose this camera. */
  user: boolean;
  /** A step of a camera set through `set`, from the call until its animation ends. */
  set: boolean;
}

export type CameraMoveListener = (camera: CanvasCamera, move: CameraMove) => void;

export interface CameraMoves {
  /** Moves to the camera (null fits every node), animated over `animate` ms; reported with `set: true`. */
  set(camera: CanvasCamera | null, options?: { animate?: number }): void;
  /** Stops a running camera animation where it is. */
  stop(): void;
  /** Every camera change with its cause; returns the way to stop listening. */
  onMove(listener: CameraMoveListener): () => void;
}

/** Cytoscape's events for the reader's own moves; each comes right after the viewport change it made. */
const USER_EVENTS = `dragpan scrollzoom pinchzoom ${USER_CAMERA_EVENT}`;

/**
 * Tells the camera's moves apart by marks, not by clocks. Cytoscape emits `viewport` and then, in the same
 * task, the gesture's own event (dragpan, scrollzoom…), so the changes of one task are reported once, at its
 * end, as the reader's when a gesture event came with them. A move is `set` while `set` is running (a jump
 * is done inside the call) or while the animation it started, marked by a token, still plays.
 */
export function trackCameraMoves(cy: Core): CameraMoves {
  const listeners = new Set<CameraMoveListener>();
  let setting = false;
  /** The animation started by the last `set`; null when none plays or another move stopped it. */
  let animation: object | null = null;
  let pending: CameraMove | null = null;

  const flush = (): void => {
    const move = pending;
    pending = null;
    if (move === null || cy.destroyed()) return;
    const camera = readCamera(cy);
    for (const listener of listeners) listener(camera, move);
  };
  const mark = (user: boolean): void => {
    // An animation that another move stopped never completes: no animation playing means no set one either.
    if (animation !== null && !cy.animated()) animation = null;
    const set = !user && (setting || animation !== null);
    if (pending === null) {
      pending = { user, set };
      queueMicrotask(flush);
    } else {
      // A gesture event makes the whole task the reader's; set stays only if every change in it was.
      pending = { user: pending.user || user, set: pending.set && set && !user && !pending.user };
    }
  };
  const onViewport = (): void => mark(false);
  const onUser = (): void => mark(true);
  cy.on('viewport', onViewport);
  cy.on(USER_EVENTS, onUser);

  return {
    set(camera, options = {}) {
      const duration = options.animate ?? 0;
      const token = {};
      animation = duration > 0 ? token : null;
      setting = true;
      try {
        // Only this animation's end clears the mark: a later set has replaced the token by then.
        applyCamera(cy, camera, duration, () => {
          if (animation === token) animation = null;
        });
      } finally {
        setting = false;
      }
    },
    stop() {
      animation = null;
      cy.stop(true, false);
    },
    onMove(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
