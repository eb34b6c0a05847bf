// Checks a parsed link against the loaded dataset: unknown ids dropped, numbers clamped, so an old link still opens.
import type { HypotheticalSpec } from '../analysis/whatif';
import { YEAR_RANGE } from '../model/schema-spec';
import { yearSpan } from '../model/year-span';
import { ACTOR_KINDS, AGREEMENT_KINDS, PROJECTIONS, type Dataset, type Filters } from '../model/types';
import {
  COLOR_BYS,
  LAYOUTS,
  METRICS,
  VIEW_MODES,
  defaultViewState,
  type Camera,
  type TableFind,
  type TableSort,
  type ViewState,
} from './view-state';

/** Anything that answers "is this id known?": a Set, a Map, a graphology graph wrapper. */
export interface IdSet {
  has(id: string): boolean;
}

/** What a link is checked against: the ids of the loaded dataset and the years its agreements span. */
export interface StateContext {
  actorIds: IdSet;
  countryCodes: IdSet;
  sectorIds: IdSet;
  agreementIds: IdSet;
  /** Ids of the dataset's saved views, which a story may name (besides `custom`). */
  viewIds: IdSet;
  /** First and last year of the dataset's agreements; null when no agreement has a year. */
  yearRange: readonly [number, number] | null;
}

/** How far the camera may be from the origin, and how far it may zoom, in a cleaned link. */
export const CAMERA_LIMITS = { position: 1e6, minZoom: 0.01, maxZoom: 50 } as const;
/** Highest story step a link may carry; a story's own length is checked by the story player. */
export const MAX_STEP = 1000;
/** Longest rankings search text a link may carry. */
export const MAX_FIND_TEXT = 200;
/** The rankings table's sortable columns: the text columns and every per-actor number. */
export const SORT_COLUMNS: ReadonlySet<string> = new Set([
  'label',
  'country',
  'kind',
  'sectors',
  'community',
  ...METRICS,
]);

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function member<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** The id itself when known; for country codes also its upper-case form, as hand-typed links use `fi`. */
function known(ids: IdSet, value: unknown, upperCase = false): string | null {
  if (typeof value !== 'string' || value === '') return null;
  if (ids.has(value)) return value;
  if (upperCase && ids.has(value.toUpperCase())) return value.toUpperCase();
  return null;
}

function knownList(ids: IdSet, values: unknown, upperCase = false): string[] {
  if (!Array.isArray(values)) return [];
  const kept = new Set<string>();
  for (const value of values) {
    const id = known(ids, value, upperCase);
    if (id !== null) kept.add(id);
  }
  return [...kept];
}

function cleanYear(value: unknown, range: readonly [number, number]): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return clamp(Math.round(value), range[0], range[1]);
}

function cleanFilters(filters: Partial<Filters> | undefined, context: StateContext, years: readonly [number, number]) {
  const source: Partial<Filters> = filters !== null && typeof filters === 'object' ? filters : {};
  const kinds = <T extends string>(allowed: readonly T[], values: unknown): T[] =>
    Array.isArray(values) ? [...new Set(values.flatMap((value) => allowed.filter((kind) => kind === value)))] : [];
  return {
    sectors: knownList(context.sectorIds, source.sectors),
    countries: knownList(context.countryCodes, source.countries, true),
    actorKinds: kinds(ACTOR_KINDS, source.actorKinds),
    agreementKinds: kinds(AGREEMENT_KINDS, source.agreementKinds),
    year: cleanYear(source.year, years),
    documentedOnly: source.documentedOnly === true,
  };
}

function cleanCamera(camera: Camera | null | undefined): Camera | null {
  if (camera === null || typeof camera !== 'object') return null;
  const { x, y, zoom } = camera;
  if (![x, y, zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) || zoom <= 0) return null;
  const { position, minZoom, maxZoom } = CAMERA_LIMITS;
  return { x: clamp(x, -position, position), y: clamp(y, -position, position), zoom: clamp(zoom, minZoom, maxZoom) };
}

function cleanPath(path: unknown, actors: IdSet): [string, string] | null {
  if (!Array.isArray(path) || path.length !== 2) return null;
  const from = known(actors, path[0]);
  const to = known(actors, path[1]);
  return from !== null && to !== null && from !== to ? [from, to] : null;
}

function cleanCompare(compare: unknown, years: readonly [number, number]): [number, number] | null {
  if (!Array.isArray(compare) || compare.length !== 2) return null;
  const first = cleanYear(compare[0], years);
  const second = cleanYear(compare[1], years);
  return first !== null && second !== null ? [first, second] : null;
}

/** A sort is kept when its column is one of the rankings table's (checked by name; the view knows their order). */
function cleanSort(sort: unknown, columns: ReadonlySet<string>): TableSort | null {
  if (sort === null || typeof sort !== 'object') return null;
  const { key, direction } = sort as Partial<TableSort>;
  if (typeof key !== 'string' || !columns.has(key)) return null;
  return { key, direction: direction === 'ascending' ? 'ascending' : 'descending' };
}

function cleanFind(find: unknown, context: StateContext): TableFind | null {
  if (find === null || typeof find !== 'object') return null;
  const { country, kind, text } = find as Partial<TableFind>;
  const cleaned: TableFind = {
    country: known(context.countryCodes, country, true) ?? '',
    kind: ACTOR_KINDS.find((candidate) => candidate === kind) ?? '',
    text: typeof text === 'string' ? text.slice(0, MAX_FIND_TEXT) : '',
  };
  return cleaned.country === '' && cleaned.kind === '' && cleaned.text === '' ? null : cleaned;
}

/** A pair of known ids; `countryAt` names which places hold country codes (forgiven in lower case). */
function cleanPairOf(
  pair: unknown,
  first: IdSet,
  second: IdSet,
  countryAt: 'both' | 'second',
): [string, string] | null {
  if (!Array.isArray(pair) || pair.length !== 2) return null;
  const a = known(first, pair[0], countryAt === 'both');
  const b = known(second, pair[1], true);
  return a !== null && b !== null ? [a, b] : null;
}

/** A metric ramp's fixed domain: two finite numbers, the first below the second. */
function cleanRange(range: unknown): [number, number] | null {
  if (!Array.isArray(range) || range.length !== 2) return null;
  const [low, high] = range as unknown[];
  return typeof low === 'number' &&
    typeof high === 'number' &&
    Number.isFinite(low) &&
    Number.isFinite(high) &&
    low < high
    ? [low, high]
    : null;
}

/** Most what-if agreements a link may carry. */
export const MAX_WHAT_IF = 50;

/** What-if agreements whose kind, parties (two or more, all known, none twice) and sectors the dataset has. */
function cleanWhatIf(specs: unknown, context: StateContext): HypotheticalSpec[] {
  if (!Array.isArray(specs)) return [];
  const kept: HypotheticalSpec[] = [];
  for (const spec of specs.slice(0, MAX_WHAT_IF)) {
    if (spec === null || typeof spec !== 'object') continue;
    const { kind, parties, sectors } = spec as Partial<HypotheticalSpec>;
    const agreementKind = AGREEMENT_KINDS.find((candidate) => candidate === kind);
    if (agreementKind === undefined || !Array.isArray(parties)) continue;
    const known = knownList(context.actorIds, parties);
    if (known.length !== parties.length || known.length < 2) continue;
    if (agreementKind === 'bilateral' && known.length !== 2) continue;
    kept.push({ kind: agreementKind, parties: known, sectors: knownList(context.sectorIds, sectors) });
  }
  return kept;
}

/**
 * A complete ViewState from whatever a link said, checked against the dataset: ids the dataset does not
 * have are dropped (a path needs both ends), years are clamped to the dataset's span, the camera to
 * CAMERA_LIMITS, unknown views, layouts, colours and sizes fall back to the default. Never throws.
 */
export function cleanState(partial: Partial<ViewState>, context: StateContext): ViewState {
  const state = defaultViewState();
  const input: Partial<ViewState> = partial !== null && typeof partial === 'object' ? partial : {};
  const years = context.yearRange ?? YEAR_RANGE;

  state.data = typeof input.data === 'string' && input.data !== '' ? input.data : null;
  state.view = member(VIEW_MODES, input.view, state.view);
  state.layout = member(LAYOUTS, input.layout, state.layout);
  state.projection = member(PROJECTIONS, input.projection, state.projection);
  state.filters = cleanFilters(input.filters, context, years);
  state.color = member(COLOR_BYS, input.color, state.color);
  state.size = member(METRICS, input.size, state.size);
  state.selected = known(context.actorIds, input.selected);
  state.country = known(context.countryCodes, input.country, true);
  state.agreement = known(context.agreementIds, input.agreement);
  state.focus = known(context.actorIds, input.focus);
  state.hops = typeof input.hops === 'number' && input.hops >= 2 ? 2 : 1;
  state.path = cleanPath(input.path, context.actorIds);
  state.sector = known(context.sectorIds, input.sector);
  state.compare = cleanCompare(input.compare, years);
  state.camera = cleanCamera(input.camera);
  state.sort = cleanSort(input.sort, SORT_COLUMNS);
  state.find = cleanFind(input.find, context);
  state.gap = cleanPairOf(input.gap, context.countryCodes, context.countryCodes, 'both');
  state.cell = cleanPairOf(input.cell, context.sectorIds, context.countryCodes, 'second');
  state.legend = typeof input.legend === 'boolean' ? input.legend : null;
  state.range = cleanRange(input.range);
  state.panel = input.panel === 'warnings' ? 'warnings' : null;
  state.whatif = cleanWhatIf(input.whatif, context);
  state.embed = input.embed === true;
  // `views` (the dataset's saved views in order) and `custom` (the story edited in the app) are story ids of
  // their own; any other story must be a saved view's id (docs/presenting.md).
  state.story = input.story === 'custom' || input.story === 'views' ? input.story : known(context.viewIds, input.story);
  const step = typeof input.step === 'number' && Number.isFinite(input.step) ? Math.round(input.step) : 1;
  state.step = state.story === null ? 1 : clamp(step, 1, MAX_STEP);
  return state;
}

/**
 * Ids gathered into a set on the first question. Most links name no actor or agreement, and the 50,000 agreement
 * ids of a continental dataset in a Set were most of a 113 ms task of its load (docs/performance.md).
 */
function idsWhenAsked(list: () => Iterable<string>): IdSet {
  let ids: Set<string> | null = null;
  return { has: (id) => (ids ??= new Set(list())).has(id) };
}

/** The context that cleanState checks a link against, read from a loaded dataset. */
export function stateContextFrom(dataset: Dataset): StateContext {
  const countryCodes = new Set<string>((dataset.countries ?? []).map((country) => country.code));
  for (const actor of dataset.actors) countryCodes.add(actor.country);
  return {
    actorIds: idsWhenAsked(() => dataset.actors.map((actor) => actor.id)),
    countryCodes,
    sectorIds: new Set((dataset.sectors ?? []).map((sector) => sector.id)),
    agreementIds: idsWhenAsked(() => dataset.agreements.map((agreement) => agreement.id)),
    viewIds: new Set((dataset.views ?? []).map((view) => view.id)),
    // The agreements' own years: a link's year is checked against them, not stretched to the dataset's asOf.
    yearRange: yearSpan({ agreements: dataset.agreements }),
  };
}
