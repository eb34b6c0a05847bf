// Partner recommendations for the selected actor (analysis.md): ranked candidates with their reason, one click to show them.
import './gaps.css';
import { recommendPartners } from '../../analysis/recommend';
import type { Recommendation } from '../../analysis/types';
import type { ActorGraph } from '../../model/graph';
import type { Dataset, Filters, Projection } from '../../model/types';
import { filteredOf } from '../../state/derived';
import { memoLast } from '../../state/memo';
import { useAtlas } from '../../state/store';
import { showCandidate } from '../../state/actions';
import { useActorGraph } from '../use-actor-graph';
import { namesOf } from './gap-data';

/** How many candidates the panel lists (the report lists three; a panel has room for more). */
export const PANEL_CANDIDATES = 5;

const recommendationsOf = memoLast((graph: ActorGraph, dataset: Dataset, actor: string): Recommendation[] =>
  recommendPartners(graph, dataset, actor, PANEL_CANDIDATES),
);

export function RecommendationsPanel() {
  const dataset = useAtlas((s) => s.dataset);
  const view = useAtlas((s) => s.view);
  const actor = view.selected;
  if (dataset === null || actor === null) return null;
  return <Recommendations dataset={dataset} filters={view.filters} projection={view.projection} actor={actor} />;
}

function Recommendations({
  dataset,
  filters,
  projection,
  actor,
}: {
  dataset: Dataset;
  filters: Filters;
  projection: Projection;
  actor: string;
}) {
  const graph = useActorGraph(filteredOf(dataset, filters), projection);
  const names = namesOf(dataset);
  const list = graph === null ? null : recommendationsOf(graph, dataset, actor);
  return (
    <section className="recommendations" aria-labelledby="recommendations-title" aria-busy={list === null}>
      <h3 id="recommendations-title">Possible partners for {names.actor(actor)}</h3>
      {list === null ? (
        <p className="muted">Looking for partners in other countries who share a sector…</p>
      ) : list.length === 0 ? (
        <p>
          No candidate: nobody in another country shares a sector with this actor without already being its partner.
        </p>
      ) : (
        <ol>
          {list.map((rec) => (
            <li key={rec.partner}>
              <button
                type="button"
                className="link"
                onClick={() => showCandidate(actor, rec.partner)}
                title="Show the candidate and the shared partners on the graph"
              >
                {names.actor(rec.partner)}
              </button>{' '}
              <span className="muted">
                ({names.country(dataset.actors.find((a) => a.id === rec.partner)?.country ?? '')}, score{' '}
                {rec.score.toFixed(2)})
              </span>
              <div className="reason">{rec.reason}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
