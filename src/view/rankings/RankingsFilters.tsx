// The rankings' own filters (country, kind of actor, text), on top of the global ones, and the CSV download.
import { useId } from 'react';
import { ACTOR_KIND_LABELS } from '../labels';
import type { RankingFilter, RankingRow } from './rankings-data';
import { groupedInteger } from '../../model/number-text';

interface Props {
  /** The rows after the global filters: the options list only what is there. */
  rows: readonly RankingRow[];
  filter: RankingFilter;
  onChange: (filter: RankingFilter) => void;
  /** How many rows pass, for the download button's label. */
  matching: number;
  onDownload: () => void;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Distinct values with their display names and counts, sorted by name. */
function optionsOf(
  rows: readonly RankingRow[],
  valueOf: (row: RankingRow) => string,
  nameOf: (row: RankingRow) => string,
) {
  const options = new Map<string, { name: string; count: number }>();
  for (const row of rows) {
    const value = valueOf(row);
    const option = options.get(value);
    if (option) option.count++;
    else options.set(value, { name: nameOf(row), count: 1 });
  }
  return [...options].sort((a, b) => collator.compare(a[1].name, b[1].name));
}

export function RankingsFilters({ rows, filter, onChange, matching, onDownload }: Props) {
  const id = useId();
  // Each list counts the actors that the other choice lets through, so a count is what choosing it shows.
  const countries = optionsOf(
    filter.kind === '' ? rows : rows.filter((row) => row.kindCode === filter.kind),
    (row) => row.countryCode,
    (row) => row.text.country,
  );
  const kinds = optionsOf(
    filter.country === '' ? rows : rows.filter((row) => row.countryCode === filter.country),
    (row) => row.kindCode,
    (row) => ACTOR_KIND_LABELS[row.kindCode] ?? row.kindCode,
  );
  return (
    <div className="rankings-filters" role="search" aria-label="Filter the rankings">
      <div className="field">
        <label htmlFor={`${id}-country`}>Country</label>
        <select
          id={`${id}-country`}
          value={filter.country}
          onChange={(event) => onChange({ ...filter, country: event.target.value })}
        >
          <option value="">All countries</option>
          {countries.map(([code, option]) => (
            <option key={code} value={code}>
              {option.name} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(event) => onChange({ ...filter, kind: event.target.value })}
        >
          <option value="">All kinds</option>
          {kinds.map(([kind, option]) => (
            <option key={kind} value={kind}>
              {option.name} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Find</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder="Name, city, sector…"
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
      <button type="button" className="rankings-download" onClick={onDownload} disabled={matching === 0}>
        Download CSV ({groupedInteger(matching)} {matching === 1 ? 'row' : 'rows'})
      </button>
    </div>
  );
}
