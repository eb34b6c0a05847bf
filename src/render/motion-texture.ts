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
 * Returns a switch for `cy`'s moved picture: on for `nodeCount` ≥ MOTION_TEXTURE_FROM. What a pan brings into
 * view shows the tie layer and no nodes until the view rests: the stylesheet sets the core's
 * 'outside-texture-bg-opacity' to 0, so no grey band is drawn there (render/style.ts).
 */
export function motionTexture(cy: Core): (nodeCount: number) => void {
  const renderer = rendererOf(cy);
  if (renderer === null) return () => undefined;
  return (nodeCount) => {
    renderer.textureOnViewport = nodeCount >= MOTION_TEXTURE_FROM;
  };
}
