// While the reader pans or zooms a large network, cytoscape moves one picture of its nodes, as the edge layer moves its ties.
import type { Core } from 'cytoscape';

/**
 * From this many nodes on. Measured at 5,000 nodes in headless Chromium without a GPU (docs/performance.md,
 * "Pan and zoom at 5,000 actors"): cytoscape redraws every node in every frame of a drag (60–150 ms of main
 * thread per frame), which set the 90th-percentile pan frame; with the picture moved instead, the frames of
 * the gesture cost what an idle frame does. Below it the few nodes redraw in a frame and stay live.
 */
export const MOTION_TEXTURE_FROM = 2000;

/** The canvas renderer's flag (cytoscape's `textureOnViewport` option), read at every frame it draws. */
interface TextureFlag {
  textureOnViewport: boolean;
}

function rendererOf(cy: Core): TextureFlag | null {
  // renderer() is public in cytoscape (core/renderer.mjs) but missing from its typings.
  const renderer = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  return typeof renderer === 'object' && renderer !== null && 'textureOnViewport' in renderer
    ? (renderer as TextureFlag)
    : null;
}

/**
 * Returns a switch for `cy`'s moved picture: on for `nodeCount` ≥ MOTION_TEXTURE_FROM. The area the picture
 * does not cover (what a pan brings in) has cytoscape's light grey tint until the view rests. Setting the
 * core style 'outside-texture-bg-opacity' to 0 at start-up instead moved the sample's nodes 0.75 px against
 * the map's basemap after a pan (tests/e2e/explorer.test.ts), for a reason not yet found, so it is left out.
 */
export function motionTexture(cy: Core): (nodeCount: number) => void {
  const renderer = rendererOf(cy);
  if (renderer === null) return () => undefined;
  return (nodeCount) => {
    renderer.textureOnViewport = nodeCount >= MOTION_TEXTURE_FROM;
  };
}
