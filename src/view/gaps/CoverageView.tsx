// The coverage view: the sector × country heatmap and, for the chosen cell, the list behind it.
import './gaps.css';
import { chooseCell } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { clearOfSticky } from '../clear-of-sticky';
import { CellDetails } from './CellDetails';
import { CoverageHeatmap, type CoverageCell } from './CoverageHeatmap';
import { analysedSectorsOf, coverageOf, namesOf, scopeFor } from './gap-data';

export function CoverageView() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const chosen = useAtlas((s) => s.view.cell);
  const cell: CoverageCell | null = chosen === null ? null : { sector: chosen[0], country: chosen[1] };
  if (dataset === null) return null;
  const scope = scopeFor(dataset, filters);
  const sectors = analysedSectorsOf(dataset, filters);
  const coverage = coverageOf(scope, sectors);
  const names = namesOf(dataset);
  return (
    <div className="gaps-view coverage-view">
      <h2>Coverage of the target sectors</h2>
      <div className="gaps-columns">
        <div className="gaps-scroll" onFocus={(event) => clearOfSticky(event.currentTarget, event.target)}>
          <CoverageHeatmap
            coverage={coverage}
            countryName={names.country}
            sectorName={names.sector}
            selected={cell}
            onSelect={(next) => chooseCell([next.sector, next.country])}
          />
        </div>
        {cell !== null && <CellDetails scope={scope} sector={cell.sector} country={cell.country} names={names} />}
      </div>
    </div>
  );
}
