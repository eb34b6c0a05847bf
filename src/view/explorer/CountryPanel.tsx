// Details of the selected country: figures under the current filters, its actors, its partner countries.
import { countryName } from '../../model/countries';
import type { FilteredDataset } from '../../model/filter';
import type { Dataset } from '../../model/types';
import { selectCountry, focusActor } from '../../state/actions';
import { ACTOR_KIND_LABELS } from '../labels';
import { countryFigures } from './country-figures';

interface Props {
  dataset: Dataset;
  filtered: FilteredDataset;
  code: string;
}

export function CountryPanel({ dataset, filtered, code }: Props) {
  const figures = countryFigures(filtered, code);
  const name = countryName(code, dataset);
  return (
    <section className="details country-panel" aria-labelledby="country-panel-title">
      <div className="details-head">
        <h2 id="country-panel-title">{name}</h2>
        <button type="button" onClick={() => selectCountry(null)} aria-label={`Close ${name}`}>
          ×
        </button>
      </div>
      <dl className="figures">
        <dt>Actors</dt>
        <dd>{figures.actors.length}</dd>
        <dt>Agreements</dt>
        <dd>{figures.agreements}</dd>
        <dt>Cross-border agreements</dt>
        <dd>{figures.crossBorder}</dd>
        <dt>Partner countries</dt>
        <dd>{figures.partners.length}</dd>
      </dl>
      <p className="hint">Counted under the current filters.</p>
      <h3>Actors</h3>
      {figures.actors.length === 0 ? (
        <p>No actor of {name} passes the current filters.</p>
      ) : (
        <ul className="plain-list">
          {figures.actors.map((actor, i) => (
            <li key={`${i}\u0001${actor.id}`}>
              <button type="button" className="link-button" onClick={() => focusActor(actor.id)}>
                {actor.label}
              </button>{' '}
              <span className="hint">{ACTOR_KIND_LABELS[actor.kind]}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Partner countries</h3>
      {figures.partners.length === 0 ? (
        <p>No cross-border agreement under the current filters.</p>
      ) : (
        <ul className="plain-list">
          {figures.partners.map((partner) => (
            <li key={partner.code}>
              <button type="button" className="link-button" onClick={() => selectCountry(partner.code)}>
                {countryName(partner.code, dataset)}
              </button>{' '}
              <span className="hint">
                {partner.agreements} agreement{partner.agreements === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
