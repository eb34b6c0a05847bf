// The selected actor's details: country, kind, sectors, city, brokerage, its metric over the years and each of its agreements with partners and sources.
import { countryName } from '../model/countries';
import type { Agreement, Dataset } from '../model/types';
import { selectActor, focusNeighbourhood } from '../state/actions';
import { filteredOf } from '../state/derived';
import { useAtlas } from '../state/store';
import { hideBrokerPaths } from '../state/broker-paths';
import { datasetIndex, type DatasetIndex } from './dataset-index';
import { ACTOR_KIND_LABELS, AGREEMENT_KIND_LABELS, safeHref, yearsText } from './labels';
import { ActorTrajectory } from './ActorTrajectory';
import { BrokerageSection } from './BrokerageSection';
import { SourceLinks } from './SourceLinks';

function AgreementItem({
  agreement,
  self,
  index,
  hidden,
}: {
  agreement: Agreement;
  self: string;
  index: DatasetIndex;
  hidden: boolean;
}) {
  const partners = [...new Set(agreement.parties)].filter((party) => party !== self);
  const years = yearsText(agreement.since, agreement.until);
  return (
    <li className={hidden ? 'agreement hidden-by-filter' : 'agreement'}>
      <div className="agreement-head">
        <strong>{agreement.label ?? agreement.id}</strong>{' '}
        <span className="tag">{AGREEMENT_KIND_LABELS[agreement.kind] ?? agreement.kind}</span>
        {agreement.evidence === 'illustrative' && (
          <>
            {' '}
            <span className="tag illustrative" title="Not documented by a source: an example of a plausible tie">
              Illustrative
            </span>
          </>
        )}
        {years && <span className="years"> {years}</span>}
        {hidden && <span className="note"> (hidden by the filters)</span>}
      </div>
      <div className="partners">
        With{' '}
        {partners.map((party, i) => (
          <span key={`${i}\u0001${party}`}>
            {i > 0 && ' '}
            <button type="button" className="link-button" onClick={() => selectActor(party)}>
              {index.actors.get(party)?.label ?? party}
              {/* Inside the button: a button is an inline block, so a comma after a long wrapped name fell onto a line of its own. */}
              {i < partners.length - 1 && (
                <span className="list-comma" aria-hidden="true">
                  ,
                </span>
              )}
            </button>
          </span>
        ))}
      </div>
      <SourceLinks ids={agreement.sources ?? []} sources={index.sources} />
    </li>
  );
}

export function ActorPanel({ dataset, id }: { dataset: Dataset; id: string }) {
  const filters = useAtlas((s) => s.view.filters);
  const index = datasetIndex(dataset);
  const actor = index.actors.get(id);
  if (actor === undefined) return null;
  const filtered = filteredOf(dataset, filters);
  const passing = new Set(filtered.agreements.map((entry) => entry.agreement.id));
  const agreements = index.agreementsOf.get(id) ?? [];
  const href = safeHref(actor.url);
  // A focus asked for now replaces the brokered paths shown, rather than hiding them until it is cleared.
  const focus = (hops: 1 | 2): void => {
    hideBrokerPaths();
    focusNeighbourhood(id, hops);
  };
  return (
    <section className="panel actor-panel" aria-labelledby="actor-panel-title">
      <div className="panel-head">
        <h2 id="actor-panel-title">{actor.label}</h2>
        <button type="button" className="close" onClick={() => selectActor(null)} aria-label="Close actor details">
          ×
        </button>
      </div>
      <dl className="facts">
        <dt>Country</dt>
        <dd>{countryName(actor.country, dataset)}</dd>
        <dt>Kind</dt>
        <dd>{ACTOR_KIND_LABELS[actor.kind] ?? actor.kind}</dd>
        {actor.city && (
          <>
            <dt>City</dt>
            <dd>{actor.city}</dd>
          </>
        )}
        <dt>Sectors</dt>
        <dd>{(actor.sectors ?? []).map((s) => index.sectors.get(s)?.label ?? s).join(', ') || 'none listed'}</dd>
        {href && (
          <>
            <dt>Web</dt>
            <dd>
              <a href={href} target="_blank" rel="noopener noreferrer">
                {href}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="panel-actions" role="group" aria-label="Focus on this actor">
        <button type="button" onClick={() => focus(1)}>
          Focus: its partners
        </button>
        <button type="button" onClick={() => focus(2)}>
          Focus: 2 steps
        </button>
      </div>
      <BrokerageSection dataset={dataset} filtered={filtered} id={id} />
      <ActorTrajectory dataset={dataset} id={id} />
      {actor.notes && <p className="notes">{actor.notes}</p>}
      <SourceLinks ids={actor.sources ?? []} sources={index.sources} />
      <h3>
        Agreements <span className="count">({agreements.length})</span>
      </h3>
      {agreements.length === 0 ? (
        <p className="note">No agreements in this dataset.</p>
      ) : (
        <ul className="agreements">
          {agreements.map((agreement, i) => (
            <AgreementItem
              key={`${i}\u0001${agreement.id}`}
              agreement={agreement}
              self={id}
              index={index}
              hidden={!passing.has(agreement.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The actor panel for the store's selection. */
export function SelectedActorPanel() {
  const dataset = useAtlas((s) => s.dataset);
  const selected = useAtlas((s) => s.view.selected);
  return dataset && selected !== null ? <ActorPanel dataset={dataset} id={selected} /> : null;
}
