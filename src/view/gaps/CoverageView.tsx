// The coverage view: the sector × country heatmap and, for the chosen cell, the list behind it.
import './gaps.css';
import { useState } from 'react';
import { useAtlas } from '../../state/store';
import { CellDetails } from './CellDetails';
import { CoverageHeatmap, type CoverageCell } from './CoverageHeatmap';
import { analysedSectorsOf, coverageOf, namesOf, scopeFor } from './gap-data';

export function CoverageView() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const [cell, setCell] = useState<CoverageCell | null>(null);
  if (dataset === null) return null;
  const scope = scopeFor(dataset, filters);
  const sectors = analysedSectorsOf(dataset, filters);
  const coverage = coverageOf(scope, sectors);
  const names = namesOf(dataset);
  return (
    <div className="gaps-view coverage-view">
      <h2>Coverage of the target sectors</h2>
      <div className="gaps-columns">
        <div className="gaps-scroll">
          <CoverageHeatmap
            coverage={coverage}
            countryName={names.country}
            sectorName={names.sector}
            selected={cell}
            onSelect={setCell}
          />
        </div>
        {cell !== null && <CellDetails scope={scope} sector={cell.sector} country={cell.country} names={names} />}
      </div>
    </div>
  );
}
