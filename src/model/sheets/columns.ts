// The spreadsheet layout: which sheets exist, their columns (format fields), value types and header synonyms.
import type { SheetKind } from './types';

/** How a cell's text becomes a value. */
export type FieldType =
  | 'text'
  | 'id'
  | 'number'
  | 'integer'
  | 'year'
  | 'yearOrDate'
  | 'until'
  | 'boolean'
  | 'list'
  | 'actorKind'
  | 'agreementKind'
  | 'status'
  | 'evidence'
  | 'country';

export interface FieldSpec {
  field: string;
  type: FieldType;
  required?: boolean;
  /** Other header texts that mean this field (compared after `normaliseHeader`). */
  synonyms?: string[];
  /** One line for the template's notes sheet. */
  note: string;
}

const f = (field: string, type: FieldType, note: string, synonyms: string[] = [], required = false): FieldSpec => ({
  field,
  type,
  note,
  synonyms,
  required,
});

const LIST = 'several values separated by ;';

export const SHEET_FIELDS: Record<Exclude<SheetKind, 'dataset'>, FieldSpec[]> = {
  actors: [
    f(
      'id',
      'id',
      'a unique short name, e.g. cleantech-finland (made from the label when left empty)',
      ['actor id', 'actorid', 'identifier', 'key'],
      true,
    ),
    f(
      'label',
      'text',
      'the name shown in the app',
      ['name', 'actor', 'actor name', 'organisation', 'organization', 'cluster', 'cluster name', 'title'],
      true,
    ),
    f(
      'kind',
      'actorKind',
      'cluster, agency, programme, network or other',
      ['type', 'actor type', 'actor kind', 'category'],
      true,
    ),
    f(
      'country',
      'country',
      'ISO code (FI) or English name (Finland)',
      ['country code', 'country name', 'iso', 'iso code', 'nation'],
      true,
    ),
    f('sectors', 'list', `sector ids or labels, ${LIST}`, ['sector', 'industry', 'industries', 'sector ids']),
    f('city', 'text', 'city or town', ['town', 'location']),
    f('lat', 'number', 'latitude in degrees (−90 to 90)', ['latitude']),
    f('lon', 'number', 'longitude in degrees (−180 to 180)', ['longitude', 'lng', 'long']),
    f('url', 'text', 'web address', ['website', 'web', 'homepage', 'link', 'web site']),
    f('founded', 'year', 'year founded, e.g. 2004', ['founded year', 'year founded', 'established', 'founding year']),
    f('members', 'number', 'number of member firms', [
      'member firms',
      'member count',
      'number of members',
      'firms',
      'companies',
    ]),
    f('sources', 'list', `source ids, ${LIST}`, ['source', 'source ids', 'references']),
    f('notes', 'text', 'free text', ['note', 'comment', 'comments', 'remarks']),
    f('evidence', 'evidence', 'documented (default) or illustrative', ['evidence level', 'evidence type']),
    f('x', 'number', 'saved network position (written by the app)', ['position x']),
    f('y', 'number', 'saved network position (written by the app)', ['position y']),
  ],
  agreements: [
    f(
      'id',
      'id',
      'a unique short name (made from the label or row when left empty)',
      ['agreement id', 'agreementid', 'identifier', 'key'],
      true,
    ),
    f(
      'kind',
      'agreementKind',
      'bilateral, multilateral, soft-landing, export-promotion, sister-city or other',
      ['type', 'agreement type', 'agreement kind', 'category'],
      true,
    ),
    f('label', 'text', 'the name shown in the app', ['name', 'agreement', 'agreement name', 'title']),
    f(
      'parties',
      'list',
      `actor ids (or unambiguous actor names), ${LIST}`,
      ['partners', 'party', 'participants', 'actors', 'party ids'],
      true,
    ),
    f('sectors', 'list', `sector ids or labels, ${LIST}`, ['sector', 'industry', 'industries', 'sector ids']),
    f('since', 'yearOrDate', 'start year (2011) or date (2011-05-01)', [
      'start year',
      'start',
      'from',
      'start date',
      'signed',
      'year signed',
      'begin',
    ]),
    f('until', 'until', 'end year or date; "ongoing" (or null) = still active; empty = unknown', [
      'end year',
      'end',
      'to',
      'end date',
      'ended',
    ]),
    f('status', 'status', 'active, ended or planned', ['state']),
    f('weight', 'number', 'a positive number, default 1', ['strength', 'intensity']),
    f('sources', 'list', `source ids, ${LIST}`, ['source', 'source ids', 'references']),
    f('notes', 'text', 'free text', ['note', 'comment', 'comments', 'remarks']),
    f('evidence', 'evidence', 'documented (default) or illustrative', ['evidence level', 'evidence type']),
  ],
  sectors: [
    f('id', 'id', 'a unique short name, e.g. cleantech', ['sector id', 'sectorid', 'identifier', 'key'], true),
    f('label', 'text', 'the name shown in the app', ['name', 'sector', 'sector name', 'title'], true),
    f('target', 'boolean', 'true when it is a target sector of the programme', [
      'target sector',
      'is target',
      'targeted',
    ]),
    f('color', 'text', 'a CSS colour, e.g. #1b9e77', ['colour']),
  ],
  sources: [
    f('id', 'id', 'a unique short name, e.g. bsr-stars-brochure', ['source id', 'sourceid', 'identifier', 'key'], true),
    f('title', 'text', 'title of the document', ['name', 'label', 'source']),
    f('url', 'text', 'web address', ['website', 'link', 'web']),
    f('accessed', 'text', 'date accessed, e.g. 2012-06-01', ['access date', 'accessed on', 'retrieved']),
  ],
  countries: [
    f('code', 'text', 'ISO 3166-1 alpha-2 code, upper case', ['country code', 'iso', 'iso code', 'id'], true),
    f('label', 'text', 'the name shown in the app', ['name', 'country', 'country name']),
    f('lat', 'number', 'latitude of the point to draw it at', ['latitude']),
    f('lon', 'number', 'longitude of the point to draw it at', ['longitude', 'lng', 'long']),
    f('region', 'text', 'a region name, e.g. Nordic', []),
  ],
  views: [
    f('id', 'id', 'a unique short name', ['view id', 'identifier', 'key'], true),
    f('title', 'text', 'title shown in the story list', ['name', 'label'], true),
    f('state', 'text', 'the query string of an app link (the part after ?)', ['query', 'link', 'url'], true),
    f('caption', 'text', 'a sentence shown under the view', ['description', 'text']),
  ],
};

/** Top-level dataset fields kept on the key/value `dataset` sheet. */
export const DATASET_FIELDS = ['format', 'title', 'description', 'version', 'asOf', 'license'] as const;

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** Lower case, without spaces, punctuation or a trailing required-marker: "Start Year *" → "startyear". */
export const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Sheet (or file) names per kind; documentation sheets are recognised so they can be skipped quietly. */
const SHEET_NAMES: [SheetKind | 'notes', string[]][] = [
  ['actors', ['actors', 'actor', 'organisations', 'organizations', 'clusters', 'nodes']],
  ['agreements', ['agreements', 'agreement', 'ties', 'partnerships', 'links', 'edges', 'alliances', 'relations']],
  ['sectors', ['sectors', 'sector', 'industries']],
  ['sources', ['sources', 'source', 'references']],
  ['countries', ['countries', 'country']],
  ['views', ['views', 'view', 'stories']],
  ['dataset', ['dataset', 'about', 'metadata', 'info']],
  ['notes', ['notes', 'readme', 'instructions', 'help', 'howto']],
];

/** The kind a sheet or file name stands for ("Actors.csv", "AGREEMENTS"), or undefined. */
export function sheetKindFromName(name: string): SheetKind | 'notes' | undefined {
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '');
  const find = (text: string): SheetKind | 'notes' | undefined =>
    SHEET_NAMES.find(([, names]) => names.includes(normaliseHeader(text)))?.[0];
  // "bsr-stars-actors.csv", as `convert --out bsr-stars.csv` writes: a last word that is exactly a sheet kind.
  const last = normaliseHeader(stem.split(/[\s._-]+/).pop() ?? '');
  return find(stem) ?? SHEET_NAMES.find(([kind]) => kind === last)?.[0];
}

/**
 * Maps each header to a field: exact field names first, then synonyms for fields not yet taken, so an
 * extra column that happens to be called "name" next to a "label" column stays an extra column.
 */
export function mapHeaders(kind: Exclude<SheetKind, 'dataset'>, headers: string[]): (FieldSpec | undefined)[] {
  const specs = SHEET_FIELDS[kind];
  const taken = new Set<string>();
  const result: (FieldSpec | undefined)[] = headers.map((header) => {
    const spec = specs.find((candidate) => normaliseHeader(candidate.field) === normaliseHeader(header));
    if (!spec || taken.has(spec.field)) return undefined;
    taken.add(spec.field);
    return spec;
  });
  headers.forEach((header, i) => {
    if (result[i] || normaliseHeader(header) === '') return;
    const key = normaliseHeader(header);
    const spec = specs.find((c) => !taken.has(c.field) && (c.synonyms ?? []).some((s) => normaliseHeader(s) === key));
    if (spec) {
      taken.add(spec.field);
      result[i] = spec;
    }
  });
  return result;
}

/**
 * Guess a sheet's kind from one row, for a CSV or sheet whose name says nothing. A row is a header of
 * agreements when it names both `parties` and `kind` (a synonym will do), of actors when it names
 * `label` and `country`: one cell is not enough, since a summary sheet holding "actors" or "partners"
 * is no agreements sheet.
 */
export function sheetKindFromHeader(headers: string[]): 'actors' | 'agreements' | undefined {
  const fields = new Set(mapHeaders('agreements', headers).map((spec) => spec?.field));
  if (fields.has('parties') && fields.has('kind')) return 'agreements';
  const actorFields = new Set(mapHeaders('actors', headers).map((spec) => spec?.field));
  return actorFields.has('label') && actorFields.has('country') ? 'actors' : undefined;
}
