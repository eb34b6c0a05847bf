// The explorer's mount points: the side panel (search, view, appearance, filters, paths) and the details panels.
import { useState } from 'react';
import type { FilteredDataset } from '../../model/filter';
import type { SearchEntry } from '../../model/search';
import type { Dataset } from '../../model/types';
import { selectCountry, focusActor, selectAgreement } from '../../state/actions';
import { filteredOf } from '../../state/derived';
import { shownFilters } from '../../state/filters';
import { useAtlas } from '../../state/store';
import { AgreementPanel } from './AgreementPanel';
import { AppearancePicker } from './AppearancePicker';
import { CountryPanel } from './CountryPanel';
import { CountryPicker, EvidencePicker, KindPickers, SectorPicker } from './FilterPickers';
import { FocusBar } from './FocusBar';
import { LayoutPicker } from './LayoutPicker';
import { PathFinder } from './PathFinder';
import { SearchBox } from './SearchBox';
import { searchIndexOf } from './search-index';
import { YearSlider } from './YearSlider';
import './explorer.css';

interface Props {
  dataset: Dataset;
  filtered: FilteredDataset;
}

/** What choosing a search result does: an actor is focused, a country or an agreement opens its details. */
export function chooseEntry(entry: SearchEntry): void {
  if (entry.kind === 'actor') focusActor(entry.id);
  else if (entry.kind === 'country') selectCountry(entry.id);
  else selectAgreement(entry.id);
}

export function ExplorerSearch({ dataset }: { dataset: Dataset }) {
  return (
    <div className="explorer-search">
      <SearchBox
        label="Search actors, countries, agreements"
        getIndex={() => searchIndexOf(dataset)}
        onChoose={chooseEntry}
        placeholder="e.g. Oresund, Finland, BSR Stars"
      />
      <FocusBar dataset={dataset} />
    </div>
  );
}

export function ExplorerControls({ dataset, filtered }: Props) {
  // The filters being applied, not only the stored ones: at 5,000 actors a tick shows before the network follows.
  const filters = useAtlas(shownFilters);
  // Said while a large network is prepared for new filters, but not for each step of a played year.
  const applying = useAtlas((s) => s.pendingFilters !== null && !s.animating);
  // The country view draws one circle per country sized by its actors: actor colours and sizes do not apply.
  const countryMode = useAtlas((s) => s.view.view === 'country');
  const path = useAtlas((s) => s.view.path);
  // A shown path is what the reader is looking at: its steps come first, not below every filter. The key
  // opens the pickers afresh with the path's ends when a link or a story step shows another path.
  // The ends of the last path shown: "Clear paths" moves the finder below the filters (a new instance), and its
  // boxes keep those ends, so "Show shortest paths" brings the same path back (they came up empty and it was disabled).
  const [lastPath, setLastPath] = useState(path);
  if (path !== null && path !== lastPath) setLastPath(path);
  const pathFinder = (
    <PathFinder key={path?.join('\u0000') ?? ''} dataset={dataset} filtered={filtered} ends={path ?? lastPath} />
  );
  return (
    <div className="explorer-controls">
      {path !== null && pathFinder}
      <LayoutPicker />
      {!countryMode && <AppearancePicker />}
      <section className="filter-panel" aria-labelledby="filter-panel-title">
        <div className="filter-panel-head">
          <h2 id="filter-panel-title">Filters</h2>
          <span className="filter-pending" role="status">
            {applying ? 'Applying…' : ''}
          </span>
        </div>
        <YearSlider dataset={dataset} year={filters.year} />
        <SectorPicker dataset={dataset} filters={filters} />
        <CountryPicker dataset={dataset} filters={filters} />
        <KindPickers dataset={dataset} filters={filters} />
        <EvidencePicker dataset={dataset} filters={filters} />
      </section>
      {path === null && pathFinder}
    </div>
  );
}

/** The country or agreement details, when one is selected (the actor panel is the shell's); reads the store. */
export function ExplorerDetails() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const country = useAtlas((s) => s.view.country);
  const agreement = useAtlas((s) => s.view.agreement);
  if (dataset === null) return null;
  if (agreement !== null) return <AgreementPanel dataset={dataset} id={agreement} />;
  if (country !== null)
    return <CountryPanel dataset={dataset} filtered={filteredOf(dataset, filters)} code={country} />;
  return null;
}

/** The left-hand column of the workbench: search first, then the view, appearance, filter and path controls. */
export function ExplorerAside() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  if (dataset === null) return null;
  return (
    <aside className="explorer-aside" aria-label="Explore: search, view and filters">
      <ExplorerSearch dataset={dataset} />
      <ExplorerControls dataset={dataset} filtered={filteredOf(dataset, filters)} />
    </aside>
  );
}
