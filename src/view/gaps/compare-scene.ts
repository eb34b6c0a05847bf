// Plain element data for the compare canvas and the what-if edges: status carried as line style and colour.
import type { ColorLegend } from '../../render/encoding';
import type { CompareEdge } from '../../analysis/compare-edges';
import type { FilteredDataset } from '../../model/filter';
import { safeColor } from '../../model/color';
import { actorIdOf } from '../../model/graph';
import { tieAgreements, type FilteredTies } from '../../model/ties';
import { edgeId, type EdgeElement, type GraphElements, type NodeElement } from '../../render/elements';
import { COMPARE_LINES, encodeNodes, WHAT_IF_LINE } from '../../render/encoding';
import { memoLast } from '../../state/memo';
import { currentHypothetical, useWhatIf } from '../../state/whatif';

/** Compare and what-if lines: kept with the other line styles in render/encoding.ts, which the exports read too. */
export { COMPARE_LINES, WHAT_IF_LINE };

/**
 * Nodes are every actor with a tie in any year (the filters without the year), so the node set and
 * thus the layout stay the same whichever two years are compared; only the edges change.
 */
export const compareElementsOf = memoLast(
  (
    all: FilteredDataset,
    edges: readonly CompareEdge[],
    countryName: (code: string) => string,
    countryOrder: readonly string[],
  ): GraphElements & { colorLegend: ColorLegend } => {
    const tied = new Set<string>();
    for (const { parties } of all.agreements) for (const party of parties) tied.add(party);
    const actors = all.actors.filter((actor) => tied.has(actor.id));
    const encoding = encodeNodes(
      actors.map((actor) => actor.id),
      {
        type: 'category',
        title: 'Country',
        values: new Map(actors.map((actor) => [actor.id, actor.country])),
        order: countryOrder,
        label: countryName,
      },
      { title: 'Size', values: new Map() },
    );
    const nodes: NodeElement[] = actors.map((actor) => {
      const node: NodeElement = {
        group: 'nodes',
        data: {
          id: actor.id,
          label: actor.label,
          type: 'actor',
          // The compare canvas's own cytoscape data: through the shared colour check like the main canvas's.
          color: safeColor(encoding.color.get(actor.id), '#8C8C8C'),
          size: 16,
        },
      };
      if (typeof actor.x === 'number' && typeof actor.y === 'number') node.position = { x: actor.x, y: actor.y };
      return node;
    });
    const edgeElements: EdgeElement[] = edges.map((edge) => {
      const line = COMPARE_LINES[edge.status];
      return {
        group: 'edges',
        data: {
          id: edgeId(edge.source, edge.target),
          source: edge.source,
          target: edge.target,
          weight: 1,
          width: line.width,
          lineStyle: line.style,
          lineColor: line.color,
          lineKind: 'mixed',
        },
      };
    });
    // The country colours' legend travels with the elements, so the view explains them as the network tab does.
    return { nodes, edges: edgeElements, lineKinds: [], colorLegend: encoding.colorLegend };
  },
);

/**
 * The graph's elements with the edges that carry a what-if agreement drawn in the what-if line.
 * `edgeAgreements` gives the agreement ids behind each edge id.
 */
export function markHypothetical(
  elements: GraphElements,
  edgeAgreements: ReadonlyMap<string, readonly string[]>,
  hypothetical: ReadonlySet<string>,
): GraphElements {
  if (hypothetical.size === 0) return elements;
  return {
    ...elements,
    edges: elements.edges.map((edge) =>
      (edgeAgreements.get(edge.data.id) ?? []).some((id) => hypothetical.has(id))
        ? {
            ...edge,
            data: {
              ...edge.data,
              lineStyle: WHAT_IF_LINE.style,
              lineColor: WHAT_IF_LINE.color,
              width: WHAT_IF_LINE.width,
            },
          }
        : edge,
    ),
  };
}

/** Agreement ids behind each drawn edge, keyed like the render elements' edge ids. */
export const edgeAgreementsOf = memoLast((ties: FilteredTies): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, readonly string[]>();
  for (let edge = 0; edge < ties.weight.length; edge++) {
    const source = actorIdOf(ties.keys[ties.source[edge] as number] as string);
    const target = actorIdOf(ties.keys[ties.target[edge] as number] as string);
    out.set(edgeId(source, target), tieAgreements(ties, edge));
  }
  return out;
});

const markedOf = memoLast(markHypothetical);

/**
 * The graph view's elements with what-if edges dashed. It reads the what-if ids without subscribing:
 * every what-if change also replaces the store's dataset, which re-renders the graph scene anyway.
 */
export function whatIfMarked(elements: GraphElements, ties: FilteredTies, datasetVersion: number): GraphElements {
  const hypothetical = currentHypothetical(useWhatIf.getState(), datasetVersion);
  return hypothetical.size === 0 ? elements : markedOf(elements, edgeAgreementsOf(ties), hypothetical);
}
