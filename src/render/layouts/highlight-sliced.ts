// A focus or a path at scale: the faded picture at once on the plain layer, cytoscape's classes a timed slice per task behind it.
import type { Core } from 'cytoscape';
import { styledSteps, type CatchUpJob } from '../catch-up';
import { layerNodeOf } from '../layer-nodes';
import type { PreviewNode } from '../node-preview';
import { highlightPlan, type Highlight, type HighlightPlan } from './highlight';

/**
 * The job that marks the nodes of `plan` (or of a plan made when the job starts, when another job runs first) over
 * several tasks. At 5,000 actors a focus fades ~5,000 nodes: cytoscape restyled them in its next frame, one
 * 130–200 ms task (docs/performance.md, "A focus and a path in slices"). The plain layer paints those nodes anyway
 * (layer-nodes.ts), so it shows the faded picture at once from the plan, ties included, while cytoscape is hidden.
 */
export function highlightJob(cy: Core, highlight: Highlight, planned: HighlightPlan | null): CatchUpJob {
  let next = planned;
  let plan: HighlightPlan | null = null;
  let step = (): boolean => true;
  return {
    kind: 'highlight',
    start() {
      // A job resumed after a filter's sync plans again: the sync may have hidden or shown nodes meanwhile.
      const current = next ?? highlightPlan(cy, highlight);
      next = null;
      plan = current;
      step = styledSteps(cy, current.size, (from, to) => current.apply(from, to));
      const nodes: PreviewNode[] = [];
      cy.nodes().forEach((node) => {
        const drawn = layerNodeOf(node);
        if (drawn !== null) {
          nodes.push({ ...drawn, faded: current.fadedAfter(node), selected: node.hasClass('selected') });
        }
      });
      return nodes;
    },
    step: () => step(),
    end() {
      const current = plan;
      if (current !== null) cy.batch(() => current.applyEdges());
    },
  };
}
