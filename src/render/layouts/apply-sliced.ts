// A layout switch at scale: the new positions drawn at once on the plain layer, cytoscape's nodes moved a slice per task behind them.
import type { Core } from 'cytoscape';
import { CATCH_UP_FROM, CATCH_UP_SLICE, sliceSteps, type CatchUpJob } from '../catch-up';
import { layerNodeOf } from '../layer-nodes';
import { extentsOf, type PreviewNode } from '../node-preview';
import {
  fitDrawn,
  fitFrame,
  markArcs,
  moveNodes,
  movesOf,
  placeBoxes,
  type ApplyOptions,
  type WeightedExtent,
} from './apply';
import type { Point } from './types';

/** A layout job whose options a later call that moves nothing (a filter's boxes, arcs) may replace. */
export interface LayoutJob extends CatchUpJob {
  readonly kind: 'layout';
  /** Boxes and arcs now, the fit at the end (a fit asked for before is kept). */
  merge(options: ApplyOptions): void;
}

/**
 * The job that moves cytoscape's nodes to `positions` over several tasks, or null when fewer than `from` nodes
 * move (the caller then applies them in one batch, as before). Boxes and arcs go on the layer at once, and the
 * fit is the one applyPositions gives (node centres and sizes, boxes included, 30 px around), taken now from
 * the target positions so the new picture comes up framed; `end` runs after the last slice.
 */
export function layoutJob(
  cy: Core,
  positions: ReadonlyMap<string, Point>,
  options: ApplyOptions,
  end: () => void,
  from = CATCH_UP_FROM,
  size = CATCH_UP_SLICE,
): LayoutJob | null {
  const moves = movesOf(cy, positions);
  if (moves.length < from) return null;
  let current = options;
  let fitLeft = options.fit === true;
  const picture = (): PreviewNode[] => {
    const nodes: PreviewNode[] = [];
    // Each drawn node as the layer paints it (its fading and least scale included), at its new place.
    cy.nodes().forEach((node) => {
      const drawn = layerNodeOf(node);
      if (drawn !== null) nodes.push({ ...drawn, ...positions.get(node.id()) });
    });
    return nodes;
  };
  const fitNow = (nodes: readonly PreviewNode[]): void => {
    const extents: WeightedExtent[] = extentsOf(nodes);
    cy.nodes('.group-box').forEach((box) => {
      const { x, y } = box.position();
      extents.push({
        x,
        y,
        halfWidth: Number(box.data('boxWidth')) / 2,
        halfHeight: Number(box.data('boxHeight')) / 2,
      });
    });
    // Headless (no size) the fit waits for the end, where cytoscape measures the moved nodes.
    if (fitFrame(cy, extents, 30)) fitLeft = false;
  };
  cy.batch(() => placeBoxes(cy, current));
  let fitted = false;
  return {
    kind: 'layout',
    start() {
      const nodes = picture();
      if (fitLeft && !fitted) {
        fitted = true;
        fitNow(nodes);
      }
      return nodes;
    },
    step: sliceSteps(moves.length, size, (from, to) => cy.batch(() => moveNodes(moves, from, to))),
    end() {
      cy.batch(() => markArcs(cy, current));
      if (fitLeft) fitDrawn(cy);
      end();
    },
    merge(options) {
      const fit = current.fit === true || options.fit === true;
      current = { ...options, fit };
      cy.batch(() => placeBoxes(cy, current));
      if (options.fit) fitLeft = true;
    },
  };
}
