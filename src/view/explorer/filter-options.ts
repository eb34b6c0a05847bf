// The choices the filter panel offers for a dataset (sectors, countries, kinds), with counts, memoised per dataset.
import { countryName } from '../../model/countries';
import { ACTOR_KINDS, AGREEMENT_KINDS, type Dataset } from '../../model/types';
import { memoLast } from '../../state/memo';
import { ACTOR_KIND_LABELS, AGREEMENT_KIND_LABELS } from '../labels';
import type { CheckOption } from './CheckList';

export interface FilterOptions {
  targetSectors: CheckOption[];
  otherSectors: CheckOption[];
  countries: CheckOption[];
  actorKinds: CheckOption[];
  agreementKinds: CheckOption[];
}

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Counts are of actors (sectors, countries, actor kinds) and of agreements (agreement kinds) in the whole dataset. */
export const filterOptionsOf = memoLast((dataset: Dataset): FilterOptions => {
  const sectorCounts = countBy(dataset.actors.flatMap((a) => [...new Set(a.sectors ?? [])]));
  const sectors = (dataset.sectors ?? []).map((s) => ({
    value: s.id,
    label: s.label,
    count: sectorCounts.get(s.id) ?? 0,
    target: s.target === true,
  }));
  const countryCounts = countBy(dataset.actors.map((a) => a.country));
  const countries = [...countryCounts]
    .map(([code, count]) => ({ value: code, label: countryName(code, dataset), count }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const actorKindCounts = countBy(dataset.actors.map((a) => a.kind));
  const agreementKindCounts = countBy(dataset.agreements.map((a) => a.kind));
  return {
    targetSectors: sectors.filter((s) => s.target).map(({ target: _t, ...o }) => ({ ...o, note: 'target' })),
    otherSectors: sectors.filter((s) => !s.target).map(({ target: _t, ...o }) => o),
    countries,
    actorKinds: ACTOR_KINDS.filter((k) => actorKindCounts.has(k)).map((k) => ({
      value: k,
      label: ACTOR_KIND_LABELS[k],
      count: actorKindCounts.get(k) ?? 0,
    })),
    agreementKinds: AGREEMENT_KINDS.filter((k) => agreementKindCounts.has(k)).map((k) => ({
      value: k,
      label: AGREEMENT_KIND_LABELS[k],
      count: agreementKindCounts.get(k) ?? 0,
    })),
  };
});
