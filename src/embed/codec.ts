// The link codec: a query string to a partial ViewState and back, with defaults dropped so links stay short.
import type { HypotheticalSpec } from '../analysis/whatif';
import { ACTOR_KINDS, AGREEMENT_KINDS, PROJECTIONS, emptyFilters, type Filters } from '../model/types';
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
import { decode, decodeInteger, decodeList, decodeNumber, encode, encodeList, formatNumber, splitQuery } from './query';

export { cleanState, stateContextFrom, type StateContext, type IdSet } from './clean';

/** Every key of the link format, in the order serializeState writes them (docs/links.md). */
export const QUERY_KEYS = [
  'data',
  'view',
  'layout',
  'projection',
  'sector',
  'country',
  'akind',
  'gkind',
  'year',
  'evidence',
  'color',
  'size',
  'select',
  'place',
  'agreement',
  'focus',
  'hops',
  'path',
  'matrix',
  'compare',
  'cam',
  'sort',
  'find',
  'gap',
  'cell',
  'legend',
  'range',
  'panel',
  'whatif',
  'embed',
  'story',
  'step',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

/** Decimals kept for the camera in a link: enough for a pixel, few enough for a short link. */
export const CAMERA_DECIMALS = { position: 1, zoom: 3 } as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

const nonEmpty = (value: string | null): string | undefined => (value === null || value === '' ? undefined : value);

/** The filter part of a query; undefined when it sets no readable filter (all filters are then off anyway). */
function parseFilters(params: ReadonlyMap<string, string>): Filters | undefined {
  const keys = ['sector', 'country', 'akind', 'gkind', 'year', 'evidence'];
  if (!keys.some((key) => params.has(key))) return undefined;
  const filters = emptyFilters();
  const list = (key: string): string[] => decodeList(params.get(key) ?? '');
  filters.sectors = list('sector');
  filters.countries = list('country');
  filters.actorKinds = list('akind').flatMap((kind) => oneOf(ACTOR_KINDS, kind) ?? []);
  filters.agreementKinds = list('gkind').flatMap((kind) => oneOf(AGREEMENT_KINDS, kind) ?? []);
  filters.year = params.has('year') ? decodeInteger(params.get('year') ?? '') : null;
  filters.documentedOnly = params.get('evidence') === 'documented';
  const empty = [filters.sectors, filters.countries, filters.actorKinds, filters.agreementKinds].every(
    (list) => list.length === 0,
  );
  return empty && filters.year === null && !filters.documentedOnly ? undefined : filters;
}

function parsePair(raw: string | undefined): [string, string] | undefined {
  if (raw === undefined) return undefined;
  const items = decodeList(raw);
  return items.length === 2 ? [items[0] as string, items[1] as string] : undefined;
}

function parseYears(raw: string | undefined): [number, number] | undefined {
  if (raw === undefined) return undefined;
  const parts = raw.split(',').map(decodeInteger);
  const [a, b] = parts;
  return parts.length === 2 && a !== null && a !== undefined && b !== null && b !== undefined ? [a, b] : undefined;
}

function parseCamera(raw: string | undefined): Camera | undefined {
  if (raw === undefined) return undefined;
  const parts = raw.split(',').map(decodeNumber);
  const [x, y, zoom] = parts;
  if (parts.length !== 3 || x == null || y == null || zoom == null || zoom <= 0) return undefined;
  return { x, y, zoom };
}

/** `sort=KEY` (highest first) or `sort=KEY,asc` / `sort=KEY,desc`. */
function parseSort(raw: string | undefined): TableSort | undefined {
  if (raw === undefined) return undefined;
  const [key, direction, ...rest] = raw.split(',').map((part) => decode(part) ?? '');
  if (key === undefined || key === '' || rest.length > 0) return undefined;
  if (direction === undefined || direction === 'desc') return { key, direction: 'descending' };
  return direction === 'asc' ? { key, direction: 'ascending' } : undefined;
}

/** `find=COUNTRY,KIND,TEXT`, each part percent-encoded and possibly empty. */
function parseFind(raw: string | undefined): TableFind | undefined {
  if (raw === undefined) return undefined;
  const parts = raw.split(',').map((part) => decode(part));
  if (parts.length !== 3 || parts.some((part) => part === null)) return undefined;
  const [country, kind, text] = parts as [string, string, string];
  return country === '' && kind === '' && text === '' ? undefined : { country, kind, text };
}

/**
 * `whatif=KIND:PARTY;PARTY…:SECTOR;…,…`: one item per what-if agreement, each part percent-encoded (encodeURIComponent
 * escapes `,`, `:` and `;`, so ids may hold them). Items that are not three parts with two or more parties are skipped.
 */
function parseWhatIf(raw: string | undefined): HypotheticalSpec[] | undefined {
  if (raw === undefined) return undefined;
  const specs: HypotheticalSpec[] = [];
  for (const item of raw.split(',')) {
    const parts = item.split(':');
    if (parts.length !== 3) continue;
    const kind = oneOf(AGREEMENT_KINDS, decode(parts[0] as string));
    const list = (part: string): string[] => part.split(';').flatMap((piece) => decode(piece) || []);
    const parties = list(parts[1] as string);
    if (kind === undefined || parties.length < 2) continue;
    specs.push({ kind, parties, sectors: list(parts[2] as string) });
  }
  return specs.length > 0 ? specs : undefined;
}

const serializeWhatIf = (specs: readonly HypotheticalSpec[]): string =>
  specs
    .map((spec) =>
      [encode(spec.kind), spec.parties.map(encode).join(';'), spec.sectors.map(encode).join(';')].join(':'),
    )
    .join(',');

/**
 * Reads a query string (with or without its leading `?`) into the parts of a ViewState it names.
 * Never throws: malformed escapes, unknown keys, unknown enum values and bad numbers are skipped,
 * so what comes back is well typed but not yet checked against a dataset (that is cleanState's job).
 */
export function parseQuery(query: string): Partial<ViewState> {
  const params = typeof query === 'string' ? splitQuery(query) : new Map<string, string>();
  const raw = (key: QueryKey): string | undefined => params.get(key);
  const text = (key: QueryKey): string | undefined => {
    const value = raw(key);
    return value === undefined ? undefined : nonEmpty(decode(value));
  };
  const state: Partial<ViewState> = {};

  const data = text('data');
  if (data !== undefined) state.data = data;
  const view = oneOf(VIEW_MODES, text('view') ?? null);
  if (view) state.view = view;
  const layout = oneOf(LAYOUTS, text('layout') ?? null);
  if (layout) state.layout = layout;
  const projection = oneOf(PROJECTIONS, text('projection') ?? null);
  if (projection) state.projection = projection;
  const filters = parseFilters(params);
  if (filters) state.filters = filters;
  const color = oneOf(COLOR_BYS, text('color') ?? null);
  if (color) state.color = color;
  const size = oneOf(METRICS, text('size') ?? null);
  if (size) state.size = size;

  const selected = text('select');
  if (selected !== undefined) state.selected = selected;
  const country = text('place');
  if (country !== undefined) state.country = country;
  const agreement = text('agreement');
  if (agreement !== undefined) state.agreement = agreement;
  const focus = text('focus');
  if (focus !== undefined) state.focus = focus;
  const hops = decodeInteger(raw('hops') ?? '');
  if (hops !== null) state.hops = hops >= 2 ? 2 : 1;
  const path = parsePair(raw('path'));
  if (path) state.path = path;
  const sector = text('matrix');
  if (sector !== undefined) state.sector = sector;
  const compare = parseYears(raw('compare'));
  if (compare) state.compare = compare;
  const camera = parseCamera(raw('cam'));
  if (camera) state.camera = camera;
  const sort = parseSort(raw('sort'));
  if (sort) state.sort = sort;
  const find = parseFind(raw('find'));
  if (find) state.find = find;
  const gap = parsePair(raw('gap'));
  if (gap) state.gap = gap;
  const cell = parsePair(raw('cell'));
  if (cell) state.cell = cell;
  const legend = text('legend');
  if (legend === '1' || legend === 'open') state.legend = true;
  if (legend === '0' || legend === 'closed') state.legend = false;
  const range = (raw('range') ?? '').split(',').map(decodeNumber);
  if (range.length === 2 && range[0] != null && range[1] != null && range[0] < range[1]) {
    state.range = [range[0], range[1]];
  }
  if (text('panel') === 'warnings') state.panel = 'warnings';
  const whatif = parseWhatIf(raw('whatif'));
  if (whatif) state.whatif = whatif;

  const embed = raw('embed');
  if (embed !== undefined) state.embed = ['', '1', 'true', 'yes'].includes((decode(embed) ?? '').toLowerCase());
  const story = text('story');
  if (story !== undefined) state.story = story;
  const step = decodeInteger(raw('step') ?? '');
  if (step !== null) state.step = Math.max(1, step);
  return state;
}

/**
 * Writes a ViewState as a query string without the leading `?`: keys in QUERY_KEYS order, every value
 * percent-encoded, defaults left out (the default state gives ''), the camera rounded (CAMERA_DECIMALS).
 */
export function serializeState(state: ViewState): string {
  const base = defaultViewState();
  const parts: string[] = [];
  const put = (key: QueryKey, value: string): void => {
    parts.push(`${key}=${value}`);
  };
  if (state.data !== null && state.data !== '') put('data', encode(state.data));
  if (state.view !== base.view) put('view', encode(state.view));
  if (state.layout !== base.layout) put('layout', encode(state.layout));
  if (state.projection !== base.projection) put('projection', encode(state.projection));
  const { filters } = state;
  if (filters.sectors.length > 0) put('sector', encodeList(filters.sectors));
  if (filters.countries.length > 0) put('country', encodeList(filters.countries));
  if (filters.actorKinds.length > 0) put('akind', encodeList(filters.actorKinds));
  if (filters.agreementKinds.length > 0) put('gkind', encodeList(filters.agreementKinds));
  if (filters.year !== null) put('year', String(filters.year));
  if (filters.documentedOnly) put('evidence', 'documented');
  if (state.color !== base.color) put('color', encode(state.color));
  if (state.size !== base.size) put('size', encode(state.size));
  if (state.selected !== null) put('select', encode(state.selected));
  if (state.country !== null) put('place', encode(state.country));
  if (state.agreement !== null) put('agreement', encode(state.agreement));
  if (state.focus !== null) put('focus', encode(state.focus));
  if (state.hops !== base.hops) put('hops', String(state.hops));
  if (state.path !== null) put('path', encodeList(state.path));
  if (state.sector !== null) put('matrix', encode(state.sector));
  if (state.compare !== null) put('compare', state.compare.map(String).join(','));
  if (state.camera !== null) {
    const { x, y, zoom } = state.camera;
    const position = CAMERA_DECIMALS.position;
    put(
      'cam',
      [formatNumber(x, position), formatNumber(y, position), formatNumber(zoom, CAMERA_DECIMALS.zoom)].join(','),
    );
  }
  if (state.sort !== null)
    put('sort', `${encode(state.sort.key)},${state.sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  if (state.find !== null) put('find', [state.find.country, state.find.kind, state.find.text].map(encode).join(','));
  if (state.gap !== null) put('gap', encodeList(state.gap));
  if (state.cell !== null) put('cell', encodeList(state.cell));
  if (state.legend !== null) put('legend', state.legend ? 'open' : 'closed');
  if (state.range !== null) put('range', state.range.map((n) => formatNumber(n, 6)).join(','));
  if (state.panel !== null) put('panel', encode(state.panel));
  if (state.whatif.length > 0) put('whatif', serializeWhatIf(state.whatif));
  if (state.embed) put('embed', '1');
  if (state.story !== null) put('story', encode(state.story));
  if (state.step !== base.step) put('step', String(state.step));
  return parts.join('&');
}
