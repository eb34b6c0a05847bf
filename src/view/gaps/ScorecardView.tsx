// The country scorecard view: one country's card (printable) beside the table of all countries, with CSV download.
import './gaps.css';
import { scorecardsCsv } from '../../analysis/scorecard';
import { selectCountry } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { creditOf } from '../present/share-links';
import { analysedSectorsOf, namesOf, scopeFor } from './gap-data';
import { downloadText } from './heat';
import { ScorecardCard } from './ScorecardCard';
import { betweennessFor, scorecardsOf } from './scorecard-data';

export function ScorecardView() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const chosen = useAtlas((s) => s.view.country);
  const metrics = useAtlas((s) => s.metrics);
  const graphVersion = useAtlas((s) => s.graphVersion);
  const failed = useAtlas((s) => s.analysis.status === 'failed');
  // The printout says where it comes from: title, date, link (the address bar holds the view) and sources.
  const credit = useAtlas((s) => creditOf(s, window.location.href));
  if (dataset === null) return null;
  const sourceCount = dataset.sources?.length ?? 0;
  const scope = scopeFor(dataset, filters);
  const names = namesOf(dataset);
  const betweenness = betweennessFor(metrics, graphVersion);
  const cards = scorecardsOf(scope, analysedSectorsOf(dataset, filters), betweenness ?? EMPTY);
  if (cards.length === 0) return <p className="gaps-empty">No actor passes the filters, so there is no scorecard.</p>;
  const card = cards.find((c) => c.code === chosen) ?? cards[0]!;
  const csv = (): void =>
    downloadText('country-scorecards.csv', scorecardsCsv(cards, names.country, names.actor), 'text/csv;charset=utf-8');
  return (
    <div className="gaps-view scorecard-view">
      <h2>Country scorecard</h2>
      <div className="toolbar no-print">
        <label>
          Country{' '}
          <select value={card.code} onChange={(event) => selectCountry(event.target.value)}>
            {cards.map((c) => (
              <option key={c.code} value={c.code}>
                {names.country(c.code)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <button type="button" onClick={csv}>
          Download all as CSV
        </button>
      </div>
      <div className="gaps-columns">
        <div className="scorecard-print">
          <p className="print-only">
            Alliance Atlas country scorecard · {dataset.title ?? 'untitled dataset'}
            {filters.year !== null && ` · ${filters.year}`}
            {filters.sectors.length > 0 && ` · sectors: ${filters.sectors.map(names.sector).join(', ')}`}
            {filters.countries.length > 0 && ` · countries: ${filters.countries.join(', ')}`}
          </p>
          <ScorecardCard
            card={card}
            names={names}
            ranked={betweenness !== null ? 'ready' : failed ? 'failed' : 'computing'}
          />
          <p className="print-credit" data-testid="print-credit">
            {credit}
            {sourceCount > 0 && ` · ${sourceCount} sources are listed in the dataset`}
            {dataset.license && ` · licence: ${dataset.license}`}
          </p>
        </div>
        <div className="gaps-scroll no-print">
          <table className="scorecard-table">
            <caption>All countries (choose one for its card)</caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Actors</th>
                <th scope="col">Target sectors with a foreign partner</th>
                <th scope="col">Partner countries</th>
                <th scope="col">Bilateral</th>
                <th scope="col">Multilateral</th>
                <th scope="col">Single points of failure</th>
              </tr>
            </thead>
            <tbody>
              {cards.map((c) => (
                <tr key={c.code} className={c.code === card.code ? 'selected' : undefined}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => selectCountry(c.code)}>
                      {names.country(c.code)}
                    </button>
                  </th>
                  <td>{c.actors}</td>
                  <td>{Math.round(c.targetShare * 100)}%</td>
                  <td>{c.partnerCountries.length}</td>
                  <td>{c.bilateral}</td>
                  <td>{c.multilateral}</td>
                  <td>{c.singlePointsOfFailure.filter((s) => s.country === c.code).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

const EMPTY: ReadonlyMap<string, number> = new Map();
