// The filtered dataset as a valid `alliance-graph@1` file: what passes the filters, and what it refers to.
import type { FilteredDataset } from '../filter';
import type { Actor, Agreement, Dataset } from '../types';
import type { Position } from './graph-table';

export interface AllianceJsonOptions {
  /** Layout positions per actor id, written as the actors' `x`/`y` (format.md) so the layout reopens as it was. */
  positions?: ReadonlyMap<string, Position>;
  /** Decimals kept for positions; 2 by default. */
  decimals?: number;
}

const round = (value: number, decimals: number): number => {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/**
 * The dataset cut down to a filter result: only the passing actors and agreements (each agreement's parties
 * cut to its passing ones, which are always at least two), the sectors, sources and declared countries they
 * refer to, and everything else of the file (title, views, extra keys) kept as it was. Positions, where given,
 * become the actors' `x`/`y`.
 */
export function filteredDatasetForExport(
  dataset: Dataset,
  filtered: FilteredDataset,
  options: AllianceJsonOptions = {},
): Dataset {
  const decimals = options.decimals ?? 2;
  const actors: Actor[] = filtered.actors.map((actor) => {
    const copy: Actor = { ...actor };
    const position = options.positions?.get(actor.id);
    if (position && Number.isFinite(position.x) && Number.isFinite(position.y)) {
      copy.x = round(position.x, decimals);
      copy.y = round(position.y, decimals);
    }
    return copy;
  });
  const agreements: Agreement[] = filtered.agreements.map(({ agreement, parties }) => ({
    ...agreement,
    parties: [...parties],
  }));

  const sectorIds = new Set<string>();
  const sourceIds = new Set<string>();
  const countryCodes = new Set<string>();
  for (const record of [...actors, ...agreements]) {
    for (const sector of record.sectors ?? []) sectorIds.add(sector);
    for (const source of record.sources ?? []) sourceIds.add(source);
  }
  for (const actor of actors) countryCodes.add(actor.country);

  const result: Dataset = { ...dataset, actors, agreements };
  if (dataset.sectors) result.sectors = dataset.sectors.filter((sector) => sectorIds.has(sector.id));
  if (dataset.sources) result.sources = dataset.sources.filter((source) => sourceIds.has(source.id));
  if (dataset.countries) result.countries = dataset.countries.filter((country) => countryCodes.has(country.code));
  return result;
}

/** The filtered dataset (see filteredDatasetForExport) as JSON text, indented by two spaces, ending in a newline. */
export function toAllianceJson(dataset: Dataset, filtered: FilteredDataset, options: AllianceJsonOptions = {}): string {
  return JSON.stringify(filteredDatasetForExport(dataset, filtered, options), null, 2) + '\n';
}
