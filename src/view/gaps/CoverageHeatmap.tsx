// Sector × country coverage heatmap as a real table (its own table twin): actors and agreements per target sector.
import type { SectorCoverage } from '../../analysis/types';
import { heatScale } from './heat';

export interface CoverageCell {
  sector: string;
  country: string;
}

interface Props {
  coverage: readonly SectorCoverage[];
  countryName: (code: string) => string;
  sectorName: (id: string) => string;
  selected: CoverageCell | null;
  onSelect: (cell: CoverageCell) => void;
}

const MEASURES = [
  { key: 'actors', label: 'Actors', short: 'Actors' },
  { key: 'agreements', label: 'Agreements', short: 'Agr.' },
] as const;

export function CoverageHeatmap({ coverage, countryName, sectorName, selected, onSelect }: Props) {
  const bySector = new Map(coverage.map((row) => [row.sector, new Map(row.countries.map((c) => [c.country, c]))]));
  const countries = [...new Set(coverage.flatMap((row) => row.countries.map((c) => c.country)))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), 'en'),
  );
  const max = { actors: 0, agreements: 0 };
  for (const row of coverage) {
    for (const cell of row.countries) {
      max.actors = Math.max(max.actors, cell.actors);
      max.agreements = Math.max(max.agreements, cell.agreements);
    }
  }
  const heat = { actors: heatScale(max.actors), agreements: heatScale(max.agreements) };
  if (countries.length === 0) return <p className="gaps-empty">No actor in the target sectors passes the filters.</p>;
  return (
    <table className="coverage-heatmap">
      <caption>
        Actors and agreements per target sector and country (darker = more). Choose a cell for the list behind it.
      </caption>
      <thead>
        <tr>
          <td rowSpan={2} />
          {coverage.map((row) => (
            <th key={row.sector} scope="colgroup" colSpan={2}>
              {sectorName(row.sector)}
            </th>
          ))}
        </tr>
        <tr>
          {coverage.map((row) =>
            MEASURES.map((measure) => (
              <th key={`${row.sector}:${measure.key}`} scope="col" className="measure">
                <abbr title={measure.label}>{measure.short}</abbr>
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {countries.map((code) => (
          <tr key={code}>
            <th scope="row" title={countryName(code)}>
              <span className="row-name">
                {countryName(code)} <span className="code">{code}</span>
              </span>
            </th>
            {coverage.map((row) => {
              const cell = bySector.get(row.sector)?.get(code);
              const isSelected = selected?.sector === row.sector && selected.country === code;
              return MEASURES.map((measure) => {
                const value = cell?.[measure.key] ?? 0;
                const style = heat[measure.key](value);
                return (
                  <td
                    key={`${row.sector}:${measure.key}`}
                    style={style}
                    className={isSelected ? 'selected' : undefined}
                  >
                    <button
                      type="button"
                      className="cell-button"
                      aria-pressed={isSelected}
                      aria-label={`${countryName(code)}, ${sectorName(row.sector)}: ${value} ${measure.label.toLowerCase()}`}
                      onClick={() => onSelect({ sector: row.sector, country: code })}
                    >
                      {value}
                    </button>
                  </td>
                );
              });
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
