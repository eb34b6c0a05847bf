// The table twin of the compare view: agreements added and ended, countries joined and left, sectors, rank moves.
import type { AgreementChange, Comparison } from '../../analysis/compare';
import { AGREEMENT_KIND_LABELS } from '../labels';
import type { Names } from './gap-data';

interface Props {
  result: Comparison;
  names: Names;
  from: number;
  to: number;
}

function AgreementTable({ caption, rows, names }: { caption: string; rows: AgreementChange[]; names: Names }) {
  if (rows.length === 0) return <p>{caption}: none.</p>;
  return (
    <table className="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Agreement</th>
          <th scope="col">Kind</th>
          <th scope="col">Countries</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{AGREEMENT_KIND_LABELS[row.kind] ?? row.kind}</td>
            <td>{row.countries.map(names.country).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const pairText = (pairs: [string, string][], names: Names): string =>
  pairs.map(([c, d]) => `${names.country(c)}–${names.country(d)}`).join(', ') || '—';

export function CompareTables({ result, names, from, to }: Props) {
  const list = (codes: string[]): string => (codes.length === 0 ? 'none' : codes.map(names.country).join(', '));
  return (
    <div className="compare-tables">
      <AgreementTable caption={`Added: active in ${to}, not in ${from}`} rows={result.added} names={names} />
      <AgreementTable caption={`Ended: active in ${from}, not in ${to}`} rows={result.ended} names={names} />
      <p>
        Countries with their first cross-border tie: {list(result.joined)}. Countries left without one:{' '}
        {list(result.left)}.
      </p>
      <table className="compare-table">
        <caption>
          Target sectors, {from} → {to}
        </caption>
        <thead>
          <tr>
            <th scope="col">Sector</th>
            <th scope="col">Agreements</th>
            <th scope="col">Gaps</th>
            <th scope="col">Gaps closed</th>
            <th scope="col">Gaps opened</th>
          </tr>
        </thead>
        <tbody>
          {result.sectors.map((s) => (
            <tr key={s.sector}>
              <th scope="row">{names.sector(s.sector)}</th>
              <td>
                {s.agreements[0]} → {s.agreements[1]}
              </td>
              <td>
                {s.gaps[0]} → {s.gaps[1]}
              </td>
              <td>{pairText(s.closedGaps, names)}</td>
              <td>{pairText(s.openedGaps, names)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rankMoves.length > 0 && (
        <table className="compare-table">
          <caption>Biggest moves in {result.metric} rank</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Rank {from}</th>
              <th scope="col">Rank {to}</th>
              <th scope="col">Move</th>
            </tr>
          </thead>
          <tbody>
            {result.rankMoves.map((move) => (
              <tr key={move.actor}>
                <th scope="row">
                  {move.label} <span className="muted">({move.country})</span>
                </th>
                <td>{move.before}</td>
                <td>{move.after}</td>
                <td>{move.move > 0 ? `▲ ${move.move}` : `▼ ${-move.move}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
