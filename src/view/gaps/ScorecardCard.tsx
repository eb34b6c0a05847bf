// One country's scorecard as a printable card: coverage share, partners, agreement mix, key actors, fragile ties.
import type { CountryScorecard } from '../../analysis/scorecard';
import type { Names } from './gap-data';
import { plural } from './gap-data';

interface Props {
  card: CountryScorecard;
  names: Names;
  /** Whether the analysis worker's betweenness is in, still being computed, or failed. */
  ranked: 'ready' | 'computing' | 'failed';
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function ScorecardCard({ card, names, ranked }: Props) {
  const total = card.bilateral + card.multilateral;
  return (
    <article className="scorecard-card" aria-labelledby={`scorecard-${card.code}`}>
      <h3 id={`scorecard-${card.code}`}>
        {names.country(card.code)} <span className="code">{card.code}</span>
      </h3>
      <dl>
        <dt>Target sectors with a foreign partner</dt>
        <dd>
          {card.sectorsWithForeignPartner.length} of {card.targetSectors.length} ({percent(card.targetShare)})
          {card.targetSectors.length > 0 && (
            <ul className="inline-list">
              {card.targetSectors.map((id) => (
                <li key={id} className={card.sectorsWithForeignPartner.includes(id) ? 'yes' : 'no'}>
                  {card.sectorsWithForeignPartner.includes(id) ? '✓' : '✗'} {names.sector(id)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Partner countries</dt>
        <dd>
          {card.partnerCountries.length}
          {card.partnerCountries.length > 0 &&
            `: ${card.partnerCountries
              .map(names.country)
              .sort((a, b) => a.localeCompare(b, 'en'))
              .join(', ')}`}
        </dd>
        <dt>Agreements: bilateral and multilateral</dt>
        <dd>
          {card.bilateral} bilateral, {card.multilateral} with three or more parties
          {total > 0 && (
            <span className="mix" aria-hidden="true">
              <span style={{ width: `${(100 * card.bilateral) / total}%` }} />
            </span>
          )}
        </dd>
        <dt>Top actors by betweenness</dt>
        <dd>
          {ranked === 'computing' ? (
            'Being computed…'
          ) : ranked === 'failed' ? (
            'Not available: the analysis failed (see the status line).'
          ) : card.topActors.length === 0 ? (
            'None'
          ) : (
            <ol>
              {card.topActors.map((top) => (
                <li key={top.id}>
                  {names.actor(top.id)} <span className="muted">({top.betweenness.toFixed(3)})</span>
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>Single points of failure</dt>
        <dd>
          {card.singlePointsOfFailure.length === 0 ? (
            'None: every partner country is joined by more than one actor on each side.'
          ) : (
            <ul>
              {card.singlePointsOfFailure.map((spof) => (
                <li key={spof.actor}>
                  {names.actor(spof.actor)}
                  {spof.country !== card.code && ` (${names.country(spof.country)})`}: without it, no tie to{' '}
                  {spof.cutsOff.map(names.country).join(', ')}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Clusters without an export-promotion tie</dt>
        <dd>
          {card.exportLinkGaps.length === 0
            ? 'None'
            : `${plural(card.exportLinkGaps.length, 'cluster')}: ${card.exportLinkGaps.map(names.actor).join(', ')}`}
        </dd>
      </dl>
    </article>
  );
}
