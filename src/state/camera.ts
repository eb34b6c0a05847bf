// The canvas camera in the view state: set by the reader's pan and zoom, never bumping the graph version.
import { CAMERA_DECIMALS } from '../embed/codec';
import type { Camera } from '../embed/view-state';
import { patchView } from './actions';
import { useAtlas } from './store';

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Stores the camera rounded as a link writes it, so a reopened link compares equal to what was stored. */
export function setCamera(camera: Camera | null): void {
  const next =
    camera === null
      ? null
      : {
          x: round(camera.x, CAMERA_DECIMALS.position),
          y: round(camera.y, CAMERA_DECIMALS.position),
          zoom: round(camera.zoom, CAMERA_DECIMALS.zoom),
        };
  const current = useAtlas.getState().view.camera;
  if (next === current) return;
  if (next && current && next.x === current.x && next.y === current.y && next.zoom === current.zoom) return;
  patchView({ camera: next });
}
