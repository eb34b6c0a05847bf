// The one description of each record's keys and value types: the validator walks it, and the JSON Schema is generated from it.
import { ACTOR_KINDS, AGREEMENT_KINDS, AGREEMENT_STATUSES, EVIDENCE_LEVELS, FORMAT_ID } from './types';

export const MAX_ID_LENGTH = 200;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;
/** The format's years as a pair (docs/format.md): the one range the validator, the CLI and links check against. */
export const YEAR_RANGE: readonly [number, number] = [MIN_YEAR, MAX_YEAR];
/** `YYYY-MM-DD` with the year inside MIN_YEAR–MAX_YEAR (spelled out for JSON Schema); the day is checked in code. */
export const DATE_PATTERN = '^(1[89][0-9]{2}|20[0-9]{2}|21[0-9]{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
export const COUNTRY_CODE_PATTERN = '^[A-Z]{2}$';

export type RecordName = 'dataset' | 'source' | 'sector' | 'country' | 'actor' | 'agreement' | 'view';

/** The value types a key can hold; each has one check in code and one JSON Schema. */
export type ValueType =
  | { type: 'const'; value: string }
  | { type: 'id' }
  | { type: 'label' }
  | { type: 'text' }
  | { type: 'boolean' }
  | { type: 'number' }
  | { type: 'count' }
  | { type: 'lat' }
  | { type: 'lon' }
  | { type: 'year' }
  | { type: 'yearOrDate'; nullable: boolean }
  | { type: 'weight' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'countryCode' }
  | { type: 'ids'; of: 'sector' | 'source' | 'actor' }
  | { type: 'list'; of: Exclude<RecordName, 'dataset'> };

export interface FieldSpec {
  value: ValueType;
  required: boolean;
  description: string;
}

export interface RecordSpec {
  /** How a policy officer would name one record of this kind in a message. */
  noun: string;
  /** The key that names the record in messages (`id`, or `code` for countries). */
  idKey: 'id' | 'code' | null;
  fields: ReadonlyMap<string, FieldSpec>;
}

const req = (value: ValueType, description: string): [FieldSpec] => [{ value, required: true, description }];
const opt = (value: ValueType, description: string): [FieldSpec] => [{ value, required: false, description }];
const fields = (entries: Record<string, [FieldSpec]>): ReadonlyMap<string, FieldSpec> =>
  new Map(Object.entries(entries).map(([key, [spec]]) => [key, spec]));

const year = `a year (integer, ${MIN_YEAR}–${MAX_YEAR}) or a date YYYY-MM-DD`;

export const RECORDS: Readonly<Record<RecordName, RecordSpec>> = {
  dataset: {
    noun: 'file',
    idKey: null,
    fields: fields({
      $schema: opt({ type: 'text' }, 'The JSON Schema this file follows, for editors; ignored by the app.'),
      format: req({ type: 'const', value: FORMAT_ID }, `Always "${FORMAT_ID}".`),
      title: opt({ type: 'text' }, 'Title of the dataset.'),
      description: opt({ type: 'text' }, 'Longer text, shown in the about panel.'),
      version: opt(
        { type: 'text' },
        'The edition of this dataset, e.g. "2.0.0", so that a briefing can cite the one it used.',
      ),
      asOf: opt({ type: 'text' }, 'The date the data describes, e.g. "2012-06".'),
      license: opt({ type: 'text' }, 'Licence of the data, e.g. "CC-BY-4.0".'),
      sources: opt({ type: 'list', of: 'source' }, 'Where the data comes from.'),
      sectors: opt({ type: 'list', of: 'sector' }, 'The sectors actors and agreements refer to.'),
      countries: opt({ type: 'list', of: 'country' }, 'Adds or overrides country names and positions.'),
      actors: req({ type: 'list', of: 'actor' }, 'Cluster organisations, agencies, programmes, networks.'),
      agreements: req({ type: 'list', of: 'agreement' }, 'Ties between two or more actors.'),
      views: opt({ type: 'list', of: 'view' }, 'Saved views of the app.'),
    }),
  },
  source: {
    noun: 'source',
    idKey: 'id',
    fields: fields({
      id: req({ type: 'id' }, 'Unique id of the source.'),
      title: opt({ type: 'text' }, 'Title of the source.'),
      url: opt({ type: 'text' }, 'Link to the source.'),
      accessed: opt({ type: 'text' }, 'When the source was read, e.g. "2012-05-30".'),
    }),
  },
  sector: {
    noun: 'sector',
    idKey: 'id',
    fields: fields({
      id: req({ type: 'id' }, 'Unique id of the sector.'),
      label: req({ type: 'label' }, 'Name of the sector.'),
      target: opt({ type: 'boolean' }, 'A target sector of the programme (default false).'),
      color: opt({ type: 'text' }, 'A CSS colour for the sector.'),
    }),
  },
  country: {
    noun: 'country',
    idKey: 'code',
    fields: fields({
      code: req({ type: 'countryCode' }, 'ISO 3166-1 alpha-2 code, upper case (or a code of your own).'),
      label: opt({ type: 'label' }, 'Name shown for the country.'),
      lat: opt({ type: 'lat' }, 'Latitude to draw the country at.'),
      lon: opt({ type: 'lon' }, 'Longitude to draw the country at.'),
      region: opt({ type: 'text' }, 'A region name, e.g. "Nordic".'),
    }),
  },
  actor: {
    noun: 'actor',
    idKey: 'id',
    fields: fields({
      id: req({ type: 'id' }, 'Unique id of the actor.'),
      label: req({ type: 'label' }, 'Name of the actor.'),
      kind: req({ type: 'enum', values: ACTOR_KINDS }, 'What sort of actor this is.'),
      country: req({ type: 'id' }, 'ISO 3166-1 alpha-2 code, or a code declared in "countries".'),
      sectors: opt({ type: 'ids', of: 'sector' }, 'Ids of the actor’s sectors.'),
      city: opt({ type: 'text' }, 'City of the actor.'),
      lat: opt({ type: 'lat' }, 'Latitude of the actor.'),
      lon: opt({ type: 'lon' }, 'Longitude of the actor.'),
      url: opt({ type: 'text' }, 'Web site of the actor.'),
      founded: opt({ type: 'year' }, 'Year the actor was founded.'),
      members: opt({ type: 'count' }, 'Number of member firms.'),
      sources: opt({ type: 'ids', of: 'source' }, 'Ids of the sources for this actor.'),
      notes: opt({ type: 'text' }, 'Free notes.'),
      evidence: opt(
        { type: 'enum', values: EVIDENCE_LEVELS },
        'How it is known: "documented" by its sources (default) or "illustrative" (assigned by the compiler).',
      ),
      x: opt({ type: 'number' }, 'Saved x position in the network layout.'),
      y: opt({ type: 'number' }, 'Saved y position in the network layout.'),
    }),
  },
  agreement: {
    noun: 'agreement',
    idKey: 'id',
    fields: fields({
      id: req({ type: 'id' }, 'Unique id of the agreement.'),
      kind: req({ type: 'enum', values: AGREEMENT_KINDS }, 'What sort of agreement this is.'),
      parties: req({ type: 'ids', of: 'actor' }, 'Ids of the actors that are party to it (two or more).'),
      label: opt({ type: 'label' }, 'Name of the agreement.'),
      sectors: opt({ type: 'ids', of: 'sector' }, 'Ids of its sectors (default: its parties’ sectors).'),
      since: opt({ type: 'yearOrDate', nullable: false }, `Start: ${year}.`),
      until: opt({ type: 'yearOrDate', nullable: true }, `End: ${year}; null = still active.`),
      status: opt({ type: 'enum', values: AGREEMENT_STATUSES }, 'Status of the agreement.'),
      weight: opt({ type: 'weight' }, 'Strength of the tie, a positive number (default 1).'),
      sources: opt({ type: 'ids', of: 'source' }, 'Ids of the sources for this agreement.'),
      notes: opt({ type: 'text' }, 'Free notes.'),
      evidence: opt(
        { type: 'enum', values: EVIDENCE_LEVELS },
        'How it is known: "documented" by its sources (default) or "illustrative" (assigned by the compiler).',
      ),
    }),
  },
  view: {
    noun: 'view',
    idKey: 'id',
    fields: fields({
      id: req({ type: 'id' }, 'Unique id of the view.'),
      title: req({ type: 'label' }, 'Title of the view.'),
      state: req({ type: 'text' }, 'The query string of an app URL, without "?".'),
      caption: opt({ type: 'text' }, 'Caption shown with the view.'),
    }),
  },
};

/** The top-level list that holds each record kind, for pointers and messages. */
export const LIST_OF: Readonly<Record<Exclude<RecordName, 'dataset'>, string>> = {
  source: 'sources',
  sector: 'sectors',
  country: 'countries',
  actor: 'actors',
  agreement: 'agreements',
  view: 'views',
};
