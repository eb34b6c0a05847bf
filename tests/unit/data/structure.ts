// An independent structural check of format.md's error rules, for test data (a second opinion next to validateDataset).
import { ACTOR_KINDS, AGREEMENT_KINDS, FORMAT_ID, type Dataset } from '../../../src/model/types';
import { yearOf } from '../../../src/model/filter';

const YEAR_OR_DATE = /^\d{4}(-\d{2}-\d{2})?$/;

/** Every error-level rule of format.md that a well-formed dataset could break; returns `pointer: message` lines. */
export function structuralProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const report = (pointer: string, message: string): void => void problems.push(`${pointer}: ${message}`);
  if (dataset.format !== FORMAT_ID) report('/format', 'wrong format');

  const unique = (list: { id: string }[] | undefined, name: string): Set<string> => {
    const ids = new Set<string>();
    (list ?? []).forEach((record, index) => {
      if (typeof record.id !== 'string' || record.id === '' || record.id.length > 200)
        report(`/${name}/${index}/id`, 'bad id');
      if (ids.has(record.id)) report(`/${name}/${index}/id`, `duplicate id ${record.id}`);
      ids.add(record.id);
    });
    return ids;
  };
  const sources = unique(dataset.sources, 'sources');
  const sectors = unique(dataset.sectors, 'sectors');
  const actors = unique(dataset.actors, 'actors');
  unique(dataset.agreements, 'agreements');
  unique(dataset.views, 'views');

  const refs = (pointer: string, ids: string[] | undefined, known: Set<string>, what: string): void =>
    (ids ?? []).forEach((id, index) => {
      if (!known.has(id)) report(`${pointer}/${index}`, `unknown ${what} ${id}`);
    });
  const year = (pointer: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    const ok = (Number.isInteger(value) || (typeof value === 'string' && YEAR_OR_DATE.test(value))) && value !== '';
    const y = yearOf(value as number | string);
    if (!ok || y === null || y < 1800 || y > 2200) report(pointer, `bad year ${String(value)}`);
  };

  dataset.actors.forEach((actor, index) => {
    const at = `/actors/${index}`;
    if (typeof actor.label !== 'string' || actor.label === '') report(`${at}/label`, 'missing label');
    if (!(ACTOR_KINDS as readonly string[]).includes(actor.kind)) report(`${at}/kind`, `bad kind ${actor.kind}`);
    if (!/^[A-Z]{2}$/.test(actor.country)) report(`${at}/country`, `bad country ${actor.country}`);
    refs(`${at}/sectors`, actor.sectors, sectors, 'sector');
    refs(`${at}/sources`, actor.sources, sources, 'source');
    if (actor.lat !== undefined && !(Math.abs(actor.lat) <= 90)) report(`${at}/lat`, 'lat out of range');
    if (actor.lon !== undefined && !(Math.abs(actor.lon) <= 180)) report(`${at}/lon`, 'lon out of range');
    year(`${at}/founded`, actor.founded);
  });

  dataset.agreements.forEach((agreement, index) => {
    const at = `/agreements/${index}`;
    if (!(AGREEMENT_KINDS as readonly string[]).includes(agreement.kind))
      report(`${at}/kind`, `bad kind ${agreement.kind}`);
    refs(`${at}/parties`, agreement.parties, actors, 'actor');
    refs(`${at}/sectors`, agreement.sectors, sectors, 'sector');
    refs(`${at}/sources`, agreement.sources, sources, 'source');
    const distinct = new Set(agreement.parties).size;
    if (distinct !== agreement.parties.length) report(`${at}/parties`, 'same party twice');
    if (distinct < 2) report(`${at}/parties`, 'fewer than two parties');
    if (agreement.kind === 'bilateral' && agreement.parties.length !== 2)
      report(`${at}/parties`, 'bilateral needs two');
    year(`${at}/since`, agreement.since);
    year(`${at}/until`, agreement.until);
    const since = yearOf(agreement.since);
    const until = yearOf(agreement.until);
    if (since !== null && until !== null && since > until) report(`${at}/until`, 'until before since');
    if (
      typeof agreement.since === 'string' &&
      typeof agreement.until === 'string' &&
      agreement.since > agreement.until
    ) {
      report(`${at}/until`, 'until date before since date');
    }
    if (agreement.weight !== undefined && !(Number.isFinite(agreement.weight) && agreement.weight > 0)) {
      report(`${at}/weight`, 'bad weight');
    }
  });
  (dataset.views ?? []).forEach((view, index) => {
    if (typeof view.title !== 'string' || view.title === '') report(`/views/${index}/title`, 'missing title');
    if (typeof view.state !== 'string') report(`/views/${index}/state`, 'missing state');
  });
  return problems;
}
