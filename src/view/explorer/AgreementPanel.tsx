// Details of the selected agreement: kind, years, status, sectors, every party, and its sources as links.
import { countryName } from '../../model/countries';
import type { Dataset } from '../../model/types';
import { datasetIndex } from '../dataset-index';
import { AGREEMENT_KIND_LABELS, yearsText } from '../labels';
import { SourceLinks } from '../SourceLinks';
import { focusActor, selectAgreement } from '../../state/actions';

interface Props {
  dataset: Dataset;
  id: string;
}

export function AgreementPanel({ dataset, id }: Props) {
  const agreement = dataset.agreements.find((a) => a.id === id);
  const index = datasetIndex(dataset);
  if (!agreement) return null;
  const title = agreement.label ?? agreement.id;
  const years = yearsText(agreement.since, agreement.until);
  return (
    <section className="details agreement-panel" aria-labelledby="agreement-panel-title">
      <div className="details-head">
        <h2 id="agreement-panel-title">{title}</h2>
        <button type="button" onClick={() => selectAgreement(null)} aria-label={`Close ${title}`}>
          ×
        </button>
      </div>
      <dl className="figures">
        <dt>Kind</dt>
        <dd>{AGREEMENT_KIND_LABELS[agreement.kind] ?? agreement.kind}</dd>
        <dt>Years</dt>
        <dd>{years === '' ? 'not given' : years}</dd>
        <dt>Evidence</dt>
        <dd>{agreement.evidence === 'illustrative' ? 'Illustrative: not documented by a source' : 'Documented'}</dd>
        {agreement.status && (
          <>
            <dt>Status</dt>
            <dd>{agreement.status}</dd>
          </>
        )}
        {agreement.weight !== undefined && (
          <>
            <dt>Weight</dt>
            <dd>{agreement.weight}</dd>
          </>
        )}
        {agreement.sectors && agreement.sectors.length > 0 && (
          <>
            <dt>Sectors</dt>
            <dd>{agreement.sectors.map((s) => index.sectors.get(s)?.label ?? s).join(', ')}</dd>
          </>
        )}
      </dl>
      <h3>Parties ({agreement.parties.length})</h3>
      <ul className="plain-list">
        {agreement.parties.map((party, i) => {
          const actor = index.actors.get(party);
          return (
            <li key={`${i}\u0001${party}`}>
              <button type="button" className="link-button" onClick={() => focusActor(party)}>
                {actor?.label ?? party}
              </button>{' '}
              {actor && <span className="hint">{countryName(actor.country, dataset)}</span>}
            </li>
          );
        })}
      </ul>
      {agreement.notes && <p className="notes">{agreement.notes}</p>}
      <SourceLinks ids={agreement.sources ?? []} sources={index.sources} />
    </section>
  );
}
