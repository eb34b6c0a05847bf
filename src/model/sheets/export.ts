// Dataset → sheets in the import layout (so a round trip gives the same dataset), and the documented templates.
import type { Dataset } from '../types';
import { DATASET_FIELDS, mapHeaders, SHEET_FIELDS, type FieldSpec } from './columns';
import { extraCell, fieldCell } from './values';
import type { CellValue, WorkbookSheet } from './xlsx-write';

type ListKind = keyof typeof SHEET_FIELDS;
const ORDER: ListKind[] = ['actors', 'agreements', 'sectors', 'sources', 'countries', 'views'];
const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

function listOf(dataset: Dataset, kind: ListKind): Record<string, unknown>[] | undefined {
  if (!hasOwn(dataset, kind)) return undefined;
  const list: unknown = (dataset as unknown as Record<string, unknown>)[kind];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : undefined;
}

/**
 * The columns of one list: required fields always, other fields when some record has them, then each
 * extra key in the order first seen. A field whose synonym is used by an extra key (an extra "website"
 * key next to no url) gets its column too, so the extra key cannot be read back as that field.
 */
function columnsOf(kind: ListKind, records: Record<string, unknown>[]): { specs: FieldSpec[]; extras: string[] } {
  const all = SHEET_FIELDS[kind];
  const used = new Set<string>();
  const extras: string[] = [];
  const known = new Set(all.map((spec) => spec.field));
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (known.has(key)) used.add(key);
      else if (!extras.includes(key)) extras.push(key);
    }
  }
  let specs = all.filter((spec) => spec.required || used.has(spec.field));
  const mapped = mapHeaders(kind, [...specs.map((spec) => spec.field), ...extras]);
  const stolen = new Set(mapped.slice(specs.length).map((spec) => spec?.field));
  specs = all.filter((spec) => spec.required || used.has(spec.field) || stolen.has(spec.field));
  return { specs, extras };
}

function listSheet(kind: ListKind, records: Record<string, unknown>[]): WorkbookSheet {
  const { specs, extras } = columnsOf(kind, records);
  const header: CellValue[] = [...specs.map((spec) => spec.field), ...extras];
  const rows = records.map((record) => [
    ...specs.map((spec) => fieldCell(spec.type, hasOwn(record, spec.field) ? record[spec.field] : undefined)),
    ...extras.map((key) => extraCell(hasOwn(record, key) ? record[key] : undefined)),
  ]);
  return { name: kind, header: true, rows: [header, ...rows] };
}

/** The `dataset` sheet (key, value), or undefined when the dataset has no top-level field besides `format`. */
function datasetSheet(dataset: Dataset): WorkbookSheet | undefined {
  const rows: CellValue[][] = [];
  for (const key of Object.keys(dataset)) {
    if (key === 'format' || (ORDER as string[]).includes(key)) continue;
    const value: unknown = (dataset as unknown as Record<string, unknown>)[key];
    const known = (DATASET_FIELDS as readonly string[]).includes(key) && typeof value === 'string';
    rows.push([key, known ? (value as string) : extraCell(value)]);
  }
  return rows.length > 0 ? { name: 'dataset', header: true, rows: [['key', 'value'], ...rows] } : undefined;
}

/** The sheets of a dataset: actors, agreements, then each optional list it has, then `dataset` when needed. */
export function datasetToTables(dataset: Dataset): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [];
  for (const kind of ORDER) {
    const records = listOf(dataset, kind);
    if (records || kind === 'actors' || kind === 'agreements') sheets.push(listSheet(kind, records ?? []));
  }
  const top = datasetSheet(dataset);
  return top ? [...sheets, top] : sheets;
}

/** A small valid example: two clusters, one agreement, one sector, one source. */
const EXAMPLE: Dataset = {
  format: 'alliance-graph@1',
  sources: [
    {
      id: 'bsr-stars-brochure',
      title: 'BSR Stars programme brochure',
      url: 'https://example.org/bsr-stars.pdf',
      accessed: '2012-06-01',
    },
  ],
  sectors: [{ id: 'cleantech', label: 'Cleantech', target: true, color: '#1b9e77' }],
  actors: [
    {
      id: 'cleantech-finland',
      label: 'Cleantech Finland',
      kind: 'cluster',
      country: 'FI',
      sectors: ['cleantech'],
      city: 'Helsinki',
      lat: 60.17,
      lon: 24.94,
      url: 'https://example.org/cleantech-finland',
      founded: 2010,
      members: 120,
      sources: ['bsr-stars-brochure'],
      notes: 'Example row: replace it with your own',
    },
    {
      id: 'clean-denmark',
      label: 'CLEAN Denmark',
      kind: 'cluster',
      country: 'DK',
      sectors: ['cleantech'],
      city: 'Copenhagen',
    },
  ],
  agreements: [
    {
      id: 'fi-dk-cleantech-2011',
      kind: 'bilateral',
      label: 'Cleantech MoU',
      parties: ['cleantech-finland', 'clean-denmark'],
      sectors: ['cleantech'],
      since: 2011,
      until: null,
      status: 'active',
      weight: 1,
      sources: ['bsr-stars-brochure'],
      notes: 'Example row: replace it with your own',
    },
  ],
};

/** Template columns: every field except the saved layout position, which the app writes itself. */
function templateSheet(kind: ListKind): WorkbookSheet {
  const specs = SHEET_FIELDS[kind].filter((spec) => spec.field !== 'x' && spec.field !== 'y');
  const records = listOf(EXAMPLE, kind) ?? [];
  const rows = records.map((record) => specs.map((spec) => fieldCell(spec.type, record[spec.field])));
  return { name: kind, header: true, rows: [specs.map((spec) => spec.field), ...rows] };
}

/** The `notes` sheet: one row per column of each sheet, saying what goes in it. */
function notesSheet(kinds: ListKind[]): WorkbookSheet {
  const rows: CellValue[][] = [['sheet', 'column', 'required', 'what to write', 'other headers understood']];
  for (const kind of kinds) {
    for (const spec of SHEET_FIELDS[kind]) {
      if (spec.field === 'x' || spec.field === 'y') continue;
      rows.push([kind, spec.field, spec.required ? 'yes' : '', spec.note, (spec.synonyms ?? []).join(', ')]);
    }
  }
  rows.push([]);
  rows.push(['', '', '', 'Headers are matched without regard to case or spaces. Empty cells mean "not given".']);
  rows.push(['', '', '', 'Columns with other headers are kept as extra fields. Sheets named notes are skipped.']);
  rows.push([
    '',
    '',
    '',
    'until: write ongoing for an agreement still in force; an empty cell means the end is unknown.',
  ]);
  rows.push([
    '',
    '',
    '',
    'Optional sheets: countries (code, label, lat, lon, region), views (id, title, state, caption),',
  ]);
  rows.push(['', '', '', 'and dataset (two columns, key and value: title, description, version, asOf, license).']);
  return { name: 'notes', header: true, rows };
}

/** The sheets of the template workbook: actors, agreements, sectors, sources with an example, and notes. */
export function templateTables(): WorkbookSheet[] {
  const kinds: ListKind[] = ['actors', 'agreements', 'sectors', 'sources'];
  return [...kinds.map(templateSheet), notesSheet(kinds)];
}

/** The template as a CSV pair: just actors and agreements (sectors and sources are made from the ids used). */
export const templateCsvTables = (): WorkbookSheet[] =>
  ['actors', 'agreements'].map((kind) => templateSheet(kind as ListKind));
