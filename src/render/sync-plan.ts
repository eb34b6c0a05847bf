// What bringing cytoscape to a scene takes (hide, restyle, show, add), planned first so it can be done in one batch or a slice per task.
import type {
  Collection,
  CollectionArgument,
  Core,
  ElementDefinition,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import type { EdgeElement, NodeElement } from './elements';
import { HIDDEN } from './visibility';

/** Past this many hidden elements the hidden ones are removed for real, so memory stays bounded. */
const MAX_HIDDEN = 30_000;

/** True when some field of `next` differs from the element's current data. */
function changed(current: Record<string, unknown>, next: object): boolean {
  for (const [key, value] of Object.entries(next)) if (current[key] !== value) return true;
  return false;
}

export interface SyncPlan {
  /** Units of work: elements to hide, restyle, show, or add. */
  readonly size: number;
  /** Nodes added without a position (the renderer places them afterwards). */
  readonly unplaced: string[];
  /** Does units [from, to) (in the caller's batch); returns the elements it changed. */
  apply(from: number, to: number): Collection;
  /** Removes the hidden elements once too many are held (after the last unit). */
  prune(): void;
}

/** The plan of a cytoscape that already holds the scene: no unit of work. */
export const nothingToSync = (cy: Core): SyncPlan => ({
  size: 0,
  unplaced: [],
  apply: () => cy.collection(),
  prune: () => undefined,
});

/**
 * Plans cytoscape's change to exactly these elements. Elements a filter drops are hidden (display: none), not
 * removed: they keep their position and computed style, and only those whose visibility changes are restyled.
 * Boxes belong to the layouts. Restyles only what changed: data() on an element recomputes its style even
 * for equal values. New nodes go where `remembered` has them (else unplaced).
 */
export function planSync(
  cy: Core,
  nodes: readonly NodeElement[],
  edges: readonly EdgeElement[],
  remembered: ReadonlyMap<string, Position>,
): SyncPlan {
  const wanted = new Set<string>();
  for (const node of nodes) wanted.add(node.data.id);
  for (const edge of edges) wanted.add(edge.data.id);
  const dropped = cy.elements().filter((element) => !wanted.has(element.id()) && !element.hasClass('group-box'));
  const hide: SingularElementArgument[] = [];
  dropped.forEach((element) => void (element.hasClass(HIDDEN) || hide.push(element)));
  const restyle: Array<[SingularElementArgument, object]> = [];
  const show: SingularElementArgument[] = [];
  const add: ElementDefinition[] = [];
  const unplaced: string[] = [];
  const keep = (existing: SingularElementArgument, data: object): void => {
    if (existing.hasClass(HIDDEN)) show.push(existing);
    if (changed(existing.data() as Record<string, unknown>, data)) restyle.push([existing, data]);
  };
  for (const node of nodes) {
    const existing = cy.getElementById(node.data.id);
    if (existing.nonempty()) {
      keep(existing, node.data);
      continue;
    }
    const position = node.position ?? remembered.get(node.data.id);
    if (position === undefined) unplaced.push(node.data.id);
    add.push({ group: 'nodes', data: { ...node.data }, position: { ...(position ?? { x: 0, y: 0 }) } });
  }
  for (const edge of edges) {
    const existing = cy.getElementById(edge.data.id);
    // Edges after the nodes, so a slice never adds an edge whose end is not there yet.
    if (existing.empty()) add.push({ group: 'edges', data: { ...edge.data } });
    else keep(existing, edge.data);
  }
  // cy.collection() takes an array of elements at run time; the typings only list collections and definitions.
  const collect = (list: SingularElementArgument[]) => cy.collection(list as unknown as CollectionArgument);
  const parts = [hide.length, restyle.length, show.length, add.length];
  return {
    size: parts.reduce((a, b) => a + b, 0),
    unplaced,
    apply(from, to) {
      // Each part's share of [from, to), in the order hide, restyle, show, add.
      let offset = 0;
      const range = (length: number): [number, number] => {
        const start = Math.max(from - offset, 0);
        const end = Math.min(to - offset, length);
        offset += length;
        return [start, Math.max(start, end)];
      };
      let changed = cy.collection();
      const [h0, h1] = range(hide.length);
      if (h1 > h0) changed = changed.union(collect(hide.slice(h0, h1)).addClass(HIDDEN));
      const [r0, r1] = range(restyle.length);
      const restyled: SingularElementArgument[] = [];
      for (let i = r0; i < r1; i++) restyled.push(restyle[i]![0].data(restyle[i]![1]));
      if (restyled.length > 0) changed = changed.union(collect(restyled));
      const [s0, s1] = range(show.length);
      if (s1 > s0) changed = changed.union(collect(show.slice(s0, s1)).removeClass(HIDDEN));
      const [a0, a1] = range(add.length);
      if (a1 > a0) changed = changed.union(cy.add(add.slice(a0, a1)));
      return changed;
    },
    prune() {
      if (dropped.length > MAX_HIDDEN) dropped.remove();
    },
  };
}
