// The check after drawing: labels whose real boxes (the drawing library's metrics) touch an earlier label or a node come off.
import type { Core } from 'cytoscape';
import { boxesOverlap, boxHitsDisc, discBox, Grid, type Box, type Disc } from './label-geometry';
import { drawLeaders, leadersOf } from './label-leaders';
import type { LabelCandidate, LabelSide } from './label-placement';
import { ALL_LABEL_CLASSES } from './label-styles';

/** A label as finally drawn, for keepClearLabels. */
export interface DrawnLabel {
  id: string;
  box: Box;
  forced?: boolean;
  overNodes?: boolean;
}

/**
 * The labels, in order of importance, that cover no earlier kept label and no disc they must not cover (the
 * same rules as placeLabels, without moving anything): a check of the boxes the drawing library really drew,
 * whose text metrics may differ from the estimate by a few pixels. Forced labels are always kept.
 */
export function keepClearLabels(labels: readonly DrawnLabel[], discs: readonly Disc[], cell = 64): Set<string> {
  const discGrid = new Grid<Disc>(Math.max(4, cell / 3));
  for (const disc of discs) discGrid.add(discBox(disc), disc);
  const front = new Set(labels.filter((l) => l.forced === true || l.overNodes === true).map((l) => l.id));
  const labelGrid = new Grid<Box>(cell);
  const kept = new Set<string>();
  for (const label of labels) {
    const clear =
      label.forced === true ||
      (!labelGrid.some(label.box, (other) => boxesOverlap(label.box, other)) &&
        !discGrid.some(
          label.box,
          (disc) =>
            disc.id !== label.id && (label.overNodes !== true || front.has(disc.id)) && boxHitsDisc(label.box, disc),
        ));
    if (!clear) continue;
    kept.add(label.id);
    labelGrid.add(label.box, label.box);
  }
  return kept;
}

const drawTokens = new WeakMap<Core, number>();

/** Runs `check` once cytoscape has drawn the last change (two frames later); a newer placement cancels it. */
export function afterDrawn(cy: Core, check: () => void): void {
  const token = (drawTokens.get(cy) ?? 0) + 1;
  drawTokens.set(cy, token);
  const run = (): void => {
    if (!cy.destroyed() && drawTokens.get(cy) === token) check();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(run));
  else setTimeout(run, 0);
}

/**
 * Cytoscape measures a label only when it draws it, with its own font metrics and anchoring, which differ
 * from the estimate by a pixel or two: once drawn, any label whose real box touches an earlier label or a
 * node it must not cover is taken off again (the same rules, in the same order).
 */
export function dropTouchingLabels(
  cy: Core,
  order: readonly LabelCandidate[],
  discs: readonly Disc[],
  sides: Map<string, LabelSide>,
): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const drawn = order.flatMap((candidate) => {
    const node = cy.getElementById(candidate.id);
    if (node.empty() || !sides.has(candidate.id)) return [];
    const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (!(b.w > 0 && b.h > 0)) return [];
    const box = { x: b.x1 * zoom + pan.x, y: b.y1 * zoom + pan.y, width: b.w * zoom, height: b.h * zoom };
    return [{ id: candidate.id, box, forced: candidate.forced, overNodes: candidate.overNodes }];
  });
  const kept = keepClearLabels(drawn, discs);
  const dropped = drawn.filter((label) => !kept.has(label.id));
  if (dropped.length === 0) return;
  cy.batch(() => {
    for (const label of dropped) {
      cy.getElementById(label.id).removeClass(ALL_LABEL_CLASSES);
      sides.delete(label.id);
    }
  });
  const leaders = leadersOf(cy);
  if (dropped.some((label) => leaders.has(label.id))) {
    drawLeaders(cy, new Map([...leaders].filter(([id]) => sides.has(id))));
  }
}
