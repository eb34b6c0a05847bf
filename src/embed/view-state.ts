// The view state that a link carries: every part of what the user sees, as plain serialisable data.
import { ACTOR_METRIC_KEYS } from '../analysis/types';
import type { HypotheticalSpec } from '../analysis/whatif';
import { emptyFilters, type Filters, type Projection } from '../model/types';

/** What fills the main area. */
export const VIEW_MODES = [
  'graph',
  'country',
  'matrix',
  'coverage',
  'scorecard',
  'compare',
  'rankings',
  'trajectories',
] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** How actors are placed in the graph view; `map` is the geographic layout on a basemap. */
export const LAYOUTS = ['force', 'grouped', 'concentric', 'map'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Per-actor numbers that node size, colour, concentric layout and rankings can use: analysis.md's, but the community label. */
export type MetricName = Exclude<(typeof ACTOR_METRIC_KEYS)[number], 'community'>;
export const METRICS: readonly MetricName[] = ACTOR_METRIC_KEYS.filter((key): key is MetricName => key !== 'community');

/** Node colour: a category, the Louvain community, or any metric. */
export const COLOR_BYS = ['country', 'sector', 'kind', 'community', ...METRICS] as const;
export type ColorBy = (typeof COLOR_BYS)[number];

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** A table's sort: a column key and its direction. */
export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

/** The rankings table's own narrowing: one country, one actor kind and free text ('' = any). */
export interface TableFind {
  country: string;
  kind: string;
  text: string;
}

/** Side panels that are not tied to a selection. */
export type OpenPanel = 'warnings' | null;

export interface ViewState {
  /** Dataset URL (`?data=`); null = the bundled sample. */
  data: string | null;
  view: ViewMode;
  layout: LayoutName;
  projection: Projection;
  filters: Filters;
  color: ColorBy;
  size: MetricName;
  /** Selected actor id (details panel). */
  selected: string | null;
  /** Selected country code (country panel). */
  country: string | null;
  /** Selected agreement id (agreement panel). */
  agreement: string | null;
  /** Focused actor: its neighbourhood in full colour, the rest faded. */
  focus: string | null;
  hops: 1 | 2;
  /** Shortest paths between two actors. */
  path: [string, string] | null;
  /** Sector of the gap matrix. */
  sector: string | null;
  /** Years compared in the compare view. */
  compare: [number, number] | null;
  camera: Camera | null;
  /** Sort of the rankings table; null = by the size metric, highest first. */
  sort: TableSort | null;
  /** The rankings table's own filter; null = none. */
  find: TableFind | null;
  /** The country pair chosen in the gap matrix. */
  gap: [string, string] | null;
  /** The chosen cell of the coverage heatmap: sector id, country code. */
  cell: [string, string] | null;
  /** Legend open (true) or closed (false); null = the default for the frame (open unless it is narrow). */
  legend: boolean | null;
  /** A fixed domain for a metric colour ramp (a story pins it so that its steps compare); null = the data's range. */
  range: [number, number] | null;
  /** The open side panel that no selection opens (the dataset's warnings). */
  panel: OpenPanel;
  /** What-if agreements added to the dataset, in order (state/whatif.ts keeps the dataset in step). */
  whatif: HypotheticalSpec[];
  embed: boolean;
  /** Story (a dataset view id or `custom`) and its step, 1-based. */
  story: string | null;
  step: number;
}

export const defaultViewState = (): ViewState => ({
  data: null,
  view: 'graph',
  layout: 'force',
  projection: 'clique',
  filters: emptyFilters(),
  color: 'country',
  size: 'degree',
  selected: null,
  country: null,
  agreement: null,
  focus: null,
  hops: 1,
  path: null,
  sector: null,
  compare: null,
  camera: null,
  sort: null,
  find: null,
  gap: null,
  cell: null,
  legend: null,
  range: null,
  panel: null,
  whatif: [],
  embed: false,
  story: null,
  step: 1,
});
