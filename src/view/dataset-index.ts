// Lookups into the loaded dataset by id (actors, sectors, sources, agreements per actor), built once per dataset.
import type { Actor, Agreement, Dataset, Sector, Source } from '../model/types';
import { memoLast } from '../state/memo';
import { addPreparer } from '../state/prepare';

export interface DatasetIndex {
  actors: ReadonlyMap<string, Actor>;
  sectors: ReadonlyMap<string, Sector>;
  sources: ReadonlyMap<string, Source>;
  agreements: ReadonlyMap<string, Agreement>;
  /** Agreements each actor is a party to, in dataset order. */
  agreementsOf: ReadonlyMap<string, Agreement[]>;
}

export const datasetIndex = memoLast((dataset: Dataset): DatasetIndex => {
  const agreementsOf = new Map<string, Agreement[]>();
  for (const agreement of dataset.agreements) {
    const parties = agreement.parties;
    for (let i = 0; i < parties.length; i++) {
      const party = parties[i]!;
      // A party listed twice counts once. Looked back for, not with a Set per agreement: validation refuses repeats,
      // and 50,000 Sets made this the slowest step of the load's data work (69–83 ms cold against 28–47).
      if (parties.indexOf(party) < i) continue;
      const list = agreementsOf.get(party);
      if (list) list.push(agreement);
      else agreementsOf.set(party, [agreement]);
    }
  }
  return {
    actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    sectors: new Map((dataset.sectors ?? []).map((sector) => [sector.id, sector])),
    sources: new Map((dataset.sources ?? []).map((source) => [source.id, source])),
    agreements: new Map(dataset.agreements.map((agreement) => [agreement.id, agreement])),
    agreementsOf,
  };
});

// Built before a large dataset is stored (state/prepare.ts): ~0.1 s at 50,000 agreements, read by the first render.
addPreparer(({ dataset }) => (dataset === null ? [] : [() => datasetIndex(dataset)]));
