// The list behind one coverage cell: the actors of a country in a sector and the sector's agreements they take part in.
import { useEffect, useRef } from 'react';
import { partyCountries, type AnalysisScope } from '../../analysis/scope';
import { selectActor } from '../../state/actions';
import type { Names } from './gap-data';
import { plural } from './gap-data';

interface Props {
  scope: AnalysisScope;
  sector: string;
  country: string;
  names: Names;
}

export function CellDetails({ scope, sector, country, names }: Props) {
  const section = useRef<HTMLElement>(null);
  // Below the table in a narrow main area: bring the list into view on each choice.
  // A block body: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'nearest' });
  }, [sector, country]);
  const actors = scope.filtered.actors.filter((a) => a.country === country && (a.sectors ?? []).includes(sector));
  const agreements = scope.filtered.agreements.filter(
    (passing) =>
      scope.agreementSectors.get(passing)?.has(sector) === true && partyCountries(scope, passing).includes(country),
  );
  return (
    <section ref={section} className="cell-details" aria-live="polite">
      <h3>
        {names.country(country)} in {names.sector(sector)}
      </h3>
      <h4>{plural(actors.length, 'actor')}</h4>
      {actors.length === 0 ? (
        <p>No passing actor here lists this sector.</p>
      ) : (
        <ul>
          {actors.map((actor) => (
            <li key={actor.id}>
              <button type="button" className="link" onClick={() => selectActor(actor.id)}>
                {actor.label}
              </button>{' '}
              <span className="muted">({actor.kind})</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{plural(agreements.length, 'agreement')}</h4>
      {agreements.length === 0 ? (
        <p>No passing agreement in this sector has a party here.</p>
      ) : (
        <ul>
          {agreements.map((passing) => (
            <li key={passing.agreement.id}>
              {passing.agreement.label ?? passing.agreement.id}{' '}
              <span className="muted">({partyCountries(scope, passing).map(names.country).join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
