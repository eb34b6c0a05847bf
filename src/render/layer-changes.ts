// What the edge layer reads of cytoscape's nodes for a drawing, and which node events change that drawing (a hover or a label's data does not).
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { EndState } from './edge-batches';
import { endStateOf, endStates } from './layer-ends';
import { nodesOnLayer } from './layer-nodes';
import type { PreviewNode } from './node-preview';

/** The ties' ends by node id, and the nodes the layer fills (null: cytoscape draws them all). */
export interface Reading {
  ends: Map<string, EndState>;
  nodes: readonly PreviewNode[] | null;
}

/** Where the ties' ends are and which nodes to fill: the preview's nodes while there is one, else cytoscape's. */
export function readLayer(cy: Core, preview: readonly PreviewNode[] | null): Reading {
  if (preview !== null) {
    const ends = new Map(
      preview.map((node) => [
        node.id,
        { x: node.x, y: node.y, hidden: false, faded: node.faded === true, selected: node.selected === true },
      ]),
    );
    return { ends, nodes: preview };
  }
  const nodes: PreviewNode[] | undefined = nodesOnLayer(cy) ? [] : undefined;
  return { ends: endStates(cy, nodes), nodes: nodes ?? null };
}

/** Whether a node's fill as painted differs from its data now (a new colour or size after the analysis). */
const repaintedBy = (was: PreviewNode, node: NodeSingular): boolean =>
  was.size !== node.data('size') || was.color !== node.data('color') || was.hub !== (node.data('type') === 'hub');

export interface ChangeWatch {
  /** The reading of the last full drawing from cytoscape's nodes: later events are compared with it. */
  drawn(reading: Reading): void;
  stop(): void;
}

/** What changed: a node's marks only (selected, faded, hidden), or its place, colour or size, or the nodes themselves. */
export type ChangeKind = 'marks' | 'nodes';

/**
 * Calls `changed` for each node event that alters what the layer drew from cytoscape's nodes, while `watching()`
 * (no preview is up: the preview's nodes are the ends then, so a sliced build's adds and a catch-up's hide and show
 * slices cost no redraw each, and the hand-over's drawing reads them all afresh).
 */
export function watchChanges(cy: Core, watching: () => boolean, changed: (kind: ChangeKind) => void): ChangeWatch {
  /** Each node's marks as last drawn, to tell a change that matters (hidden, faded, selected) from a hover. */
  let ends = new Map<string, EndState>();
  /** The nodes the last full drawing filled, by id, to tell a change of colour or size from a label's data. */
  let filled = new Map<string, PreviewNode>();
  const moved = (): void => {
    if (watching()) changed('nodes');
  };
  const marked = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    if (!watching() || !node.isNode()) return;
    const was = ends.get(node.id());
    const now = endStateOf(node);
    if (was === undefined || was.hidden !== now.hidden || was.faded !== now.faded || was.selected !== now.selected) {
      changed('marks');
    }
  };
  // A node's new colour or size (the analysis's arrival) when the layer fills the nodes; a label's data is not one.
  const restyled = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    if (!watching() || !node.isNode()) return;
    const was = filled.get(node.id());
    if (was !== undefined && repaintedBy(was, node)) changed('nodes');
  };
  cy.on('position add remove', moved);
  cy.on('class', marked);
  cy.on('data', restyled);
  return {
    drawn(reading) {
      ends = reading.ends;
      filled = new Map((reading.nodes ?? []).map((node) => [node.id, node]));
    },
    stop() {
      cy.off('position add remove', moved);
      cy.off('class', marked);
      cy.off('data', restyled);
    },
  };
}
