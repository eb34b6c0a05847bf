// Cytoscape's canvas renderer held back or sped up where our plain layer paints instead (a build behind the preview, a large network's nodes, its z-order sort): the one place that reaches into it.
import type { Collection, Core } from 'cytoscape';
import { zSorted, type ZElement } from './z-sort';

/** A list of elements as cytoscape's frame passes it to its drawing functions. */
interface ElementList {
  readonly length: number;
  filter(keep: (ele: { visible(): boolean }) => boolean): ElementList;
}

/**
 * What this module uses of cytoscape's canvas renderer (internal, not in the typings; cytoscape 3.35
 * src/extensions/renderer/canvas): the frame drawing, the drawing of one element from its texture cache
 * (which makes the texture when missing), the drawing of the frame's elements (through its layered
 * textures, or one by one), and the device pixel ratio it draws at.
 */
interface CanvasRenderer {
  render(options?: { forcedContext?: unknown }): void;
  drawCachedElement(context: CanvasRenderingContext2D, ele: unknown, pixelRatio: number, extent: null): void;
  drawLayeredElements(context: CanvasRenderingContext2D, eles: ElementList, pixelRatio: number, extent: unknown): void;
  drawCachedElements(context: CanvasRenderingContext2D, eles: ElementList, pixelRatio: number, extent: unknown): void;
  getPixelRatio(): number;
}

function canvasRendererOf(cy: Core): CanvasRenderer | null {
  // renderer() is public in cytoscape (core/renderer.mjs) but missing from its typings.
  const renderer = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  if (typeof renderer !== 'object' || renderer === null) return null;
  const r = renderer as Partial<CanvasRenderer>;
  return typeof r.render === 'function' &&
    typeof r.drawCachedElement === 'function' &&
    typeof r.drawLayeredElements === 'function' &&
    typeof r.drawCachedElements === 'function' &&
    typeof r.getPixelRatio === 'function'
    ? (r as CanvasRenderer)
    : null;
}

export interface DrawingPause {
  /**
   * Makes the textures cytoscape will draw these nodes from (at the current zoom), as its next frame would,
   * without drawing the others: call it for nodes a frame after adding them (their style and bounds are
   * computed in that frame, and a texture made before would be thrown away there).
   */
  warm(nodes: Collection): void;
  /** Draws again (once; later calls do nothing): the next frame draws every node, from warm textures. */
  resume(): void;
}

const NO_PAUSE: DrawingPause = { warm: () => undefined, resume: () => undefined };

/**
 * Stops `cy` drawing its frames until resumed. Profiles of the load at 5,000 nodes: each frame of the sliced
 * build redrew every node added so far into the hidden canvas (drawCachedElementPortion), 50–150 ms a slice;
 * stopping the drawing alone moved the making of all 5,000 textures into the first frame after (1.6 s at load 10), hence
 * `warm`. The frame loop still runs its per-element work (style, bounds) and a stopped frame still emits
 * 'render', so the edge layer keeps following the view. Drawings into another context (exports) still draw.
 * Without a canvas renderer (headless) it does nothing.
 */
export function pauseDrawing(cy: Core): DrawingPause {
  const renderer = canvasRendererOf(cy);
  // Already paused (an own property stands in for the prototype's): the first pause resumes.
  if (renderer === null || Object.hasOwn(renderer, 'render')) return NO_PAUSE;
  const draw = renderer.render;
  renderer.render = function (options) {
    if (options?.forcedContext !== undefined) draw.call(this, options);
    else cy.emit('render');
  };
  const scratch = document.createElement('canvas');
  scratch.width = scratch.height = 1;
  const context = scratch.getContext('2d');
  let paused = true;
  return {
    warm(nodes) {
      if (!paused || context === null) return;
      const ratio = renderer.getPixelRatio();
      nodes.forEach((node) => renderer.drawCachedElement(context, node, ratio, null));
    },
    resume() {
      if (!paused) return;
      paused = false;
      delete (renderer as Partial<CanvasRenderer>).render;
      if (!cy.destroyed()) cy.forceRender();
    },
  };
}

/**
 * While `few()` holds, cytoscape's frames draw only its visible elements, each from its own texture, instead of
 * going through its layered textures. With a large network's nodes on the plain layer (layer-nodes.ts) a few
 * hundred marked nodes are visible among 5,000: the layered cache still walked, boxed and keyed all 5,000 and
 * remade its layer canvases after each change (LTCp.getLayers and makeLayer in the load's profile, 100–290 ms
 * tasks), where a hundred cached drawImage calls take a few milliseconds. Without a canvas renderer it does nothing.
 */
export function drawVisibleOnly(cy: Core, few: () => boolean): void {
  const renderer = canvasRendererOf(cy);
  if (renderer === null) return;
  const layered = renderer.drawLayeredElements;
  renderer.drawLayeredElements = function (context, eles, pixelRatio, extent) {
    if (!few()) {
      layered.call(this, context, eles, pixelRatio, extent);
      return;
    }
    this.drawCachedElements(
      context,
      eles.filter((ele) => ele.visible()),
      pixelRatio,
      extent,
    );
  };
}

/** What keyedZSort replaces and keeps of cytoscape's base renderer (src/extensions/renderer/base/z-ordering.mjs). */
interface ZOrderRenderer {
  cachedZSortedEles: ZSortedList | null;
  getCachedZSortedEles(forceRecalc?: boolean): ZSortedList;
  updateCachedGrabbedEles(): void;
}
type SortedElement = ZElement & { interactive(): boolean };
type ZSortedList = SortedElement[] & { interactive?: SortedElement[] };
/** The core's methods the sort reads: public in cytoscape (3.35), missing from its typings. */
interface ZCore {
  hasCompoundNodes(): boolean;
  mutableElements(): { toArray(): SortedElement[] };
}

/**
 * Cytoscape's renderer sorts its elements for drawing and hit-testing with the keys read once per element (zSorted)
 * instead of in each comparison, and finds the interactive ones when hit-testing first asks; the cache and the
 * dragged-elements split stay its own.
 * It sorts again after each add, remove and z-order change: at 5,000 nodes every label placed (a node's opacity from 0)
 * or filter applied meant a 20–100 ms sort in the next frame. Without a canvas renderer it does nothing.
 */
export function keyedZSort(cy: Core): void {
  const renderer = canvasRendererOf(cy) as (CanvasRenderer & Partial<ZOrderRenderer>) | null;
  if (renderer === null || typeof renderer.getCachedZSortedEles !== 'function') return;
  if (typeof renderer.updateCachedGrabbedEles !== 'function') return;
  const core = cy as unknown as ZCore;
  renderer.getCachedZSortedEles = function (this: ZOrderRenderer, forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    const eles: ZSortedList = zSorted(core.mutableElements().toArray(), core.hasCompoundNodes());
    // Only hit-testing reads the interactive ones (a pointer event, a box): found on its first read, not in the
    // frame that sorts (each element's interactive() after a restyle, 45 ms of the load's longest task at 5,000).
    let interactive: SortedElement[] | undefined;
    Object.defineProperty(eles, 'interactive', {
      get: () => (interactive ??= eles.filter((ele) => ele.interactive())),
      configurable: true,
    });
    this.cachedZSortedEles = eles;
    this.updateCachedGrabbedEles();
    return eles;
  };
}
