// The gap view of one sector: country-pair matrix, ranked gap list, the chosen cell explained, and what-if.
import { datasetIndex } from '../dataset-index';
import './gaps.css';
import { chooseGap, setGapSector } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { currentHypothetical, useWhatIf } from '../../state/whatif';
import { GapExplanation } from './GapExplanation';
import { GapList } from './GapList';
import { analysedSectorsOf, matrixOf, matrixSector, namesOf, scopeFor } from './gap-data';
import { PairMatrix, pairKey } from './PairMatrix';
import { WhatIfPanel } from './WhatIfPanel';

export function MatrixView() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const wanted = useAtlas((s) => s.view.sector);
  const datasetVersion = useAtlas((s) => s.datasetVersion);
  const whatIf = useWhatIf();
  const pair = useAtlas((s) => s.view.gap);
  if (dataset === null) return null;
  const hypothetical = currentHypothetical(whatIf, datasetVersion);
  const sectors = analysedSectorsOf(dataset, filters);
  const sector = matrixSector(wanted, sectors);
  const names = namesOf(dataset);
  if (sector === null)
    return <p className="gaps-empty">This dataset declares no sectors, so there is no gap matrix.</p>;
  const scope = scopeFor(dataset, filters);
  const { matrix, gaps } = matrixOf(scope, sector);
  const actorsIn = new Map(matrix.coverage.map((row) => [row.country, row.actors]));
  const sectorName = names.sector(sector);
  const cell = pair === null ? undefined : matrix.cells.find((c) => pairKey(...c.countries) === pairKey(...pair));
  const isGap = pair !== null && gaps.some((gap) => pairKey(...gap.countries) === pairKey(...pair));
  return (
    <div className="gaps-view matrix-view">
      <h2>
        Country pairs in{' '}
        <label>
          <span className="visually-hidden">Sector</span>
          <select
            value={sector}
            onChange={(event) => {
              setGapSector(event.target.value);
              chooseGap(null);
            }}
          >
            {sectors.map((id) => (
              <option key={id} value={id}>
                {names.sector(id)}
              </option>
            ))}
          </select>
        </label>
      </h2>
      <div className="gaps-columns">
        <div className="gaps-scroll">
          <PairMatrix
            matrix={matrix}
            gaps={gaps}
            sectorName={sectorName}
            countryName={names.country}
            selected={pair}
            onSelect={chooseGap}
          />
        </div>
        <div className="gaps-side">
          {pair !== null && (
            <GapExplanation
              pair={pair}
              cell={cell}
              gap={isGap}
              actorsIn={actorsIn}
              agreementsById={datasetIndex(dataset).agreements}
              hypothetical={hypothetical}
              sectorName={sectorName}
              countryName={names.country}
            />
          )}
          <GapList
            gaps={gaps}
            actorsIn={actorsIn}
            sectorName={sectorName}
            countryName={names.country}
            selected={pair}
            onSelect={chooseGap}
          />
          <WhatIfPanel
            dataset={dataset}
            filters={filters}
            sector={sector}
            pair={isGap ? pair : null}
            hypothetical={hypothetical}
            names={names}
          />
        </div>
      </div>
    </div>
  );
}
