// The sector, country and kind filters: checkbox groups over the store's filters, with quick picks for regions.
import { BALTIC, BSR_STARS, NORDIC } from '../../model/countries';
import type { ActorKind, AgreementKind, Dataset, Filters } from '../../model/types';
import { setFilters } from '../../state/actions';
import { CheckList } from './CheckList';
import { filterOptionsOf } from './filter-options';

interface Props {
  dataset: Dataset;
  filters: Filters;
}

export function SectorPicker({ dataset, filters }: Props) {
  const { targetSectors, otherSectors } = filterOptionsOf(dataset);
  const options = [...targetSectors, ...otherSectors];
  if (options.length === 0) return null;
  const targets = targetSectors.map((o) => o.value);
  return (
    <CheckList
      legend="Sectors"
      options={options}
      selected={filters.sectors}
      onChange={(sectors) => setFilters({ sectors })}
    >
      {targets.length > 0 && otherSectors.length > 0 && (
        <div className="quick-picks">
          <button type="button" onClick={() => setFilters({ sectors: targets })}>
            Target sectors only
          </button>
        </div>
      )}
    </CheckList>
  );
}

const QUICK_PICKS: ReadonlyArray<{ label: string; codes: readonly string[] }> = [
  { label: 'BSR Stars countries', codes: BSR_STARS },
  { label: 'Nordic', codes: NORDIC },
  { label: 'Baltic', codes: BALTIC },
];

export function CountryPicker({ dataset, filters }: Props) {
  const { countries } = filterOptionsOf(dataset);
  const present = countries.map((c) => c.value);
  /** A region narrowed to the countries the dataset has; one it lacks entirely keeps its codes, so nothing passes, honestly. */
  const pick = (codes: readonly string[]): void => {
    const inData = codes.filter((code) => present.includes(code));
    setFilters({ countries: inData.length === present.length ? [] : inData.length > 0 ? inData : [...codes] });
  };
  return (
    <CheckList
      legend="Countries"
      options={countries}
      selected={filters.countries}
      onChange={(next) => setFilters({ countries: next })}
    >
      <div className="quick-picks" role="group" aria-label="Quick picks">
        {QUICK_PICKS.map((q) => (
          <button key={q.label} type="button" onClick={() => pick(q.codes)}>
            {q.label}
          </button>
        ))}
      </div>
    </CheckList>
  );
}

export function KindPickers({ dataset, filters }: Props) {
  const { actorKinds, agreementKinds } = filterOptionsOf(dataset);
  return (
    <>
      <CheckList
        legend="Kinds of actor"
        options={actorKinds}
        selected={filters.actorKinds}
        onChange={(next) => setFilters({ actorKinds: next as ActorKind[] })}
      />
      <CheckList
        legend="Kinds of agreement"
        options={agreementKinds}
        selected={filters.agreementKinds}
        onChange={(next) => setFilters({ agreementKinds: next as AgreementKind[] })}
      />
    </>
  );
}

/**
 * "Documented only": drops actors and agreements marked illustrative, as if absent from the file. Shown only
 * when the dataset marks some record illustrative; says how many it would leave out.
 */
export function EvidencePicker({ dataset, filters }: Props) {
  const agreements = dataset.agreements.filter((agreement) => agreement.evidence === 'illustrative').length;
  const actors = dataset.actors.filter((actor) => actor.evidence === 'illustrative').length;
  if (agreements + actors === 0 && !filters.documentedOnly) return null;
  const parts = [
    agreements > 0 ? `${agreements} illustrative agreement${agreements === 1 ? '' : 's'}` : '',
    actors > 0 ? `${actors} illustrative actor${actors === 1 ? '' : 's'}` : '',
  ].filter((part) => part !== '');
  return (
    <fieldset className="evidence-picker">
      <legend>Evidence</legend>
      <label>
        <input
          type="checkbox"
          checked={filters.documentedOnly}
          onChange={(event) => setFilters({ documentedOnly: event.target.checked })}
        />{' '}
        Documented only <span className="note">(leaves out {parts.join(' and ') || 'nothing'})</span>
      </label>
    </fieldset>
  );
}
