// Country × country matrix of one sector: agreements per pair, gaps hatched and marked (not by colour alone).
import type { SectorCountryMatrix } from '../../analysis/gaps';
import type { CountryPairGap } from '../../analysis/types';
import { useId } from 'react';
import { heatScale } from './heat';
import { MatrixCaption } from './MatrixCaption';

export type Pair = [string, string];
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

interface Props {
  matrix: SectorCountryMatrix;
  gaps: readonly CountryPairGap[];
  sectorName: string;
  countryName: (code: string) => string;
  selected: Pair | null;
  onSelect: (pair: Pair) => void;
}

export function PairMatrix({ matrix, gaps, sectorName, countryName, selected, onSelect }: Props) {
  const captionId = useId();
  const counts = new Map(matrix.cells.map((cell) => [pairKey(...cell.countries), cell.count]));
  const gapSet = new Set(gaps.map((gap) => pairKey(...gap.countries)));
  const heat = heatScale(Math.max(0, ...matrix.cells.map((cell) => cell.count)));
  const selectedKey = selected === null ? null : pairKey(...selected);
  if (matrix.countries.length === 0) {
    return <p className="gaps-empty">No actor or agreement in {sectorName} passes the filters.</p>;
  }
  return (
    <table className="pair-matrix" aria-labelledby={captionId}>
      <MatrixCaption
        id={captionId}
        text={`Agreements in ${sectorName} between each two countries; the diagonal counts domestic ones. Hatched cells marked ✕ are gaps: both countries have actors in the sector but no agreement joins them.`}
      />
      <thead>
        <tr>
          <td />
          {matrix.countries.map((code) => (
            <th key={code} scope="col" title={countryName(code)}>
              <abbr title={countryName(code)}>{code}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.countries.map((row) => (
          <tr key={row}>
            <th scope="row" title={countryName(row)}>
              <span className="row-name">
                <span className="code">{row}</span> {countryName(row)}
              </span>
            </th>
            {matrix.countries.map((column) => {
              const key = pairKey(row, column);
              const count = counts.get(key) ?? 0;
              const gap = row !== column && gapSet.has(key);
              const diagonal = row === column;
              const label = gap
                ? `Gap between ${countryName(row)} and ${countryName(column)}`
                : diagonal
                  ? `${count} domestic agreements in ${countryName(row)}`
                  : `${count} agreements between ${countryName(row)} and ${countryName(column)}`;
              const classes = [gap ? 'gap' : '', diagonal ? 'diagonal' : '', key === selectedKey ? 'selected' : '']
                .filter(Boolean)
                .join(' ');
              return (
                <td
                  key={column}
                  className={classes || undefined}
                  style={count > 0 && !diagonal ? heat(count) : undefined}
                >
                  <button
                    type="button"
                    className="cell-button"
                    aria-label={label}
                    aria-pressed={key === selectedKey}
                    title={label}
                    onClick={() => onSelect([row, column])}
                  >
                    {gap ? '✕' : count > 0 ? count : '·'}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
