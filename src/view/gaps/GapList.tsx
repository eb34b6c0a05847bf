// The gaps of one sector, ranked by score = actors in s of one country × of the other (analysis.md).
import type { CountryPairGap } from '../../analysis/types';
import type { Pair } from './PairMatrix';

interface Props {
  gaps: readonly CountryPairGap[];
  actorsIn: ReadonlyMap<string, number>;
  sectorName: string;
  countryName: (code: string) => string;
  selected: Pair | null;
  onSelect: (pair: Pair) => void;
}

export function GapList({ gaps, actorsIn, sectorName, countryName, selected, onSelect }: Props) {
  return (
    <section className="gap-list" aria-labelledby="gap-list-title">
      <h3 id="gap-list-title">
        {gaps.length === 0 ? `No gaps in ${sectorName}` : `${gaps.length} gaps in ${sectorName}, largest first`}
      </h3>
      {gaps.length > 0 && (
        <ol>
          {gaps.map((gap) => {
            const [c, d] = gap.countries;
            const isSelected = selected !== null && [c, d].every((code) => selected.includes(code));
            return (
              <li key={`${c}-${d}`} className={isSelected ? 'selected' : undefined}>
                <button type="button" className="link" aria-pressed={isSelected} onClick={() => onSelect([c, d])}>
                  {countryName(c)} – {countryName(d)}
                </button>{' '}
                <span className="muted" title="score = actors here × actors there">
                  {actorsIn.get(c) ?? 0} × {actorsIn.get(d) ?? 0} = {gap.score}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
