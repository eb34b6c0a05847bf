// The canvas camera as a link carries it (centre and zoom), how it is read and applied, and the embed wheel-zoom guard.
import type { Core } from 'cytoscape';

/** A camera in graph coordinates: the point at the canvas centre and the zoom, so it means the same at any size. */
export interface CanvasCamera {
  x: number;
  y: number;
  zoom: number;
}

/** Emitted on the cytoscape instance when the reader zooms with the buttons or keys (not wheel, drag or pinch). */
export const USER_CAMERA_EVENT = 'atlas-user-camera';

/** Cytoscape's wheel sensitivity: 2.6 makes one notch (deltaY 100) about 12 %, as map tools do. */
export const WHEEL_SENSITIVITY = 2.6;

/** One zoom button press or +/- key: ×1.25, so four presses double and a half. */
export const ZOOM_STEP = 1.25;

/** How long a camera move in a story step takes, in ms (0 when the reader asked for reduced motion). */
export const CAMERA_ANIMATION_MS = 600;

export function readCamera(cy: Core): CanvasCamera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Pan and zoom that put `camera`'s point at the centre of a canvas of this size. */
export function panFor(camera: CanvasCamera, width: number, height: number): { x: number; y: number } {
  return { x: width / 2 - camera.x * camera.zoom, y: height / 2 - camera.y * camera.zoom };
}

/** True when the canvas shows about this camera already (half a pixel, 0.1 % zoom). */
export function sameCamera(cy: Core, camera: CanvasCamera): boolean {
  const now = readCamera(cy);
  return (
    Math.abs(now.zoom - camera.zoom) <= camera.zoom * 1e-3 &&
    Math.abs(now.x - camera.x) * camera.zoom < 0.5 &&
    Math.abs(now.y - camera.y) * camera.zoom < 0.5
  );
}

/**
 * Moves the canvas to `camera` (null: fit every node), animated over `duration` ms when it is above 0;
 * `complete` runs when such an animation ends (not when it is stopped).
 */
export function applyCamera(cy: Core, camera: CanvasCamera | null, duration = 0, complete?: () => void): void {
  cy.stop(true, false);
  if (camera === null) {
    if (duration > 0)
      cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration, easing: 'ease-in-out-cubic', complete });
    else cy.fit(undefined, 30);
    return;
  }
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
  const pan = panFor({ ...camera, zoom }, cy.width(), cy.height());
  if (duration > 0) cy.animate({ zoom, pan }, { duration, easing: 'ease-in-out-cubic', complete });
  else cy.viewport({ zoom, pan });
}

/**
 * Embedded pages must not trap the host page's scrolling: wheel zoom stays off until the reader clicks or
 * focuses the canvas, and goes off again when the pointer or the focus leaves it. Returns the undo function.
 */
export function guardWheelZoom(cy: Core): () => void {
  const container = cy.container();
  cy.userZoomingEnabled(false);
  if (container === null) return () => void cy.userZoomingEnabled(true);
  const on = (): void => void cy.userZoomingEnabled(true);
  const off = (): void => void cy.userZoomingEnabled(false);
  const focusOut = (event: FocusEvent): void => {
    if (!(event.relatedTarget instanceof Node && container.contains(event.relatedTarget))) off();
  };
  container.addEventListener('pointerdown', on);
  container.addEventListener('click', on);
  container.addEventListener('focusin', on);
  container.addEventListener('mouseleave', off);
  container.addEventListener('focusout', focusOut);
  return () => {
    container.removeEventListener('pointerdown', on);
    container.removeEventListener('click', on);
    container.removeEventListener('focusin', on);
    container.removeEventListener('mouseleave', off);
    container.removeEventListener('focusout', focusOut);
    if (!cy.destroyed()) cy.userZoomingEnabled(true);
  };
}
