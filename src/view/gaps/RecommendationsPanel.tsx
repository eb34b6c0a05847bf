// Partner recommendations for the selected actor (analysis.md): ranked candidates with their reason, one click to show them.
import './gaps.css';
import { recommendationsIn, recommendIndexFromTies, type RecommendIndex } from '../../analysis/recommend';
import type { Recommendation } from '../../analysis/types';
import type { Dataset, Filters, Projection } from '../../model/types';
import { filteredOf, tiesOf } from '../../state/derived';
import { memoLast } from '../../state/memo';
import { useAtlas } from '../../state/store';
import { showCandidate } from '../../state/actions';
import { namesOf } from './gap-data';

/** How many candidates the panel lists (the report lists three; a panel has room for more). */
export const PANEL_CANDIDATES = 5;

/**
 * The index of the shown graph, built from the ties the view has already (no graphology graph: at 5,000 actors the
 * first selection's list waited ~0.5 s for one), once per filter and projection; each selection scores one actor.
 */
const indexOf = memoLast(recommendIndexFromTies);
const recommendationsOf = memoLast((index: RecommendIndex, actor: string): Recommendation[] =>
  recommendationsIn(index, actor, PANEL_CANDIDATES),
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
  const names = namesOf(dataset);
  const filtered = filteredOf(dataset, filters);
  const list = recommendationsOf(indexOf(tiesOf(dataset, filtered, projection), filtered, dataset), actor);
  return (
    <section className="recommendations" aria-labelledby="recommendations-title">
      <h3 id="recommendations-title">Possible partners for {names.actor(actor)}</h3>
      {list.length === 0 ? (
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
