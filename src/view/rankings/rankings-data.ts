// The rankings table's data: one row per passing actor with its metrics, the columns, sorting, filtering, formatting and CSV.
import type { EvidenceRank } from '../../analysis/evidence-ranks';
import type { RobustnessEntry } from '../../analysis/robustness';
import type { ActorMetrics } from '../../analysis/types';
import { METRICS, type MetricName } from '../../embed/view-state';
import { toCsv } from '../../model/exports/csv';
import { countryName } from '../../model/countries';
import type { FilteredDataset } from '../../model/filter';
import { foldText } from '../../model/search';
import type { ActorKind, Dataset } from '../../model/types';
import { memoLast } from '../../state/memo';
import { METRIC_LABELS } from '../labels';
import { ROBUSTNESS_CSV, robustnessCells } from './robustness-data';

export type NumberKey = MetricName | 'community';
export type TextKey = 'label' | 'country' | 'kind' | 'sectors';
export type ColumnKey = TextKey | NumberKey;
export type SortDirection = 'ascending' | 'descending';

export interface RankingRow {
  id: string;
  countryCode: string;
  kindCode: ActorKind;
  /** Folded label, id, city, country and sector names, what the text filter matches. */
  search: string;
  text: Readonly<Record<TextKey, string>>;
  /** Every metric, null until the analysis of this graph has arrived (or where the metric has no value). */
  numbers: Readonly<Record<NumberKey, number | null>>;
}

export interface RankingColumn {
  key: ColumnKey;
  /** The short header shown above the column. */
  header: string;
  /** The header in full (tooltip and screen reader name). */
  title: string;
  /** The CSV header: the analysis.md key for metrics, so the file reads like `analyze --format csv`. */
  csv: string;
  numeric: boolean;
  /** The direction of the first sort: high first for metrics, except constraint (low = broker). */
  first: SortDirection;
}

/** Kinds in a word, so the column stays narrow (the filter's options use the full names). */
const KIND_WORDS: Readonly<Record<ActorKind, string>> = {
  cluster: 'Cluster',
  agency: 'Agency',
  programme: 'Programme',
  network: 'Network',
  other: 'Other',
};

const SHORT: Readonly<Record<MetricName, string>> = {
  degree: 'Partners',
  strength: 'Strength',
  degreeCentrality: 'Degree cent.',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  eigenvector: 'Eigenvector',
  pagerank: 'PageRank',
  constraint: 'Constraint',
  crossBorderPartners: 'Partners abroad',
};

export const RANKING_COLUMNS: readonly RankingColumn[] = [
  { key: 'label', header: 'Actor', title: 'Actor', csv: 'actor', numeric: false, first: 'ascending' },
  { key: 'country', header: 'Country', title: 'Country', csv: 'country', numeric: false, first: 'ascending' },
  ...METRICS.map((metric): RankingColumn => ({
    key: metric,
    header: SHORT[metric],
    title: METRIC_LABELS[metric],
    csv: metric,
    numeric: true,
    first: metric === 'constraint' ? 'ascending' : 'descending',
  })),
  {
    key: 'community',
    header: 'Community',
    title: 'Community (Louvain), numbered as in the legend',
    csv: 'community',
    numeric: true,
    first: 'ascending',
  },
  // Last: the numbers are what the table is for, so they come right after the name and country.
  { key: 'kind', header: 'Kind', title: 'Kind of actor', csv: 'kind', numeric: false, first: 'ascending' },
  { key: 'sectors', header: 'Sectors', title: 'Sectors', csv: 'sectors', numeric: false, first: 'ascending' },
];

/**
 * The table's columns, the actor first. In a narrow frame the column the table is sorted by comes second: at
 * 320 px only the name and one more column fit, and a ranking by betweenness that shows the countries
 * instead of the betweenness says nothing. Wider frames keep the fixed order.
 */
export function columnsInOrder(sortedBy: ColumnKey, narrow: boolean): readonly RankingColumn[] {
  if (!narrow || sortedBy === 'label') return RANKING_COLUMNS;
  const sorted = RANKING_COLUMNS.filter((column) => column.key === sortedBy);
  const rest = RANKING_COLUMNS.filter((column) => column.key !== sortedBy);
  return [rest[0]!, ...sorted, ...rest.slice(1)];
}

export const columnOf = (key: ColumnKey): RankingColumn => RANKING_COLUMNS.find((column) => column.key === key)!;

const NUMBER_KEYS: readonly NumberKey[] = [...METRICS, 'community'];

/** Degree and strength read straight off the graph: shown while the rest of the analysis is still running. */
export interface EarlyMetrics {
  degree: ReadonlyMap<string, number | null>;
  strength: ReadonlyMap<string, number | null>;
}

function numbersOf(metrics: ActorMetrics | undefined, early: EarlyMetrics | null, id: string) {
  const numbers = Object.create(null) as Record<NumberKey, number | null>;
  for (const key of NUMBER_KEYS) {
    const value = metrics ? metrics[key] : key === 'degree' || key === 'strength' ? early?.[key].get(id) : null;
    // The legend names community 0 "Community 1", so the table numbers them the same way.
    numbers[key] =
      typeof value === 'number' && Number.isFinite(value) ? (key === 'community' ? value + 1 : value) : null;
  }
  return numbers;
}

/**
 * One row per passing actor, in the filtered dataset's order. `byActor` is the analysis of this very
 * graph, or null while it is being computed: then only the `early` numbers are there, the others are
 * null and sort last.
 */
export const rankingRowsOf = memoLast(
  (
    dataset: Dataset,
    filtered: FilteredDataset,
    byActor: ReadonlyMap<string, ActorMetrics> | null,
    early: EarlyMetrics | null,
  ): RankingRow[] => {
    const sectorLabels = new Map((dataset.sectors ?? []).map((sector) => [sector.id, sector.label]));
    const countryNames = new Map<string, string>();
    const nameOf = (code: string): string => {
      let name = countryNames.get(code);
      if (name === undefined) countryNames.set(code, (name = countryName(code, dataset)));
      return name;
    };
    return filtered.actors.map((actor) => {
      const sectors = (actor.sectors ?? []).map((id) => sectorLabels.get(id) ?? id).join(', ');
      const country = nameOf(actor.country);
      return {
        id: actor.id,
        countryCode: actor.country,
        kindCode: actor.kind,
        search: foldText([actor.label, actor.id, actor.city ?? '', country, actor.country, sectors].join(' ')),
        text: { label: actor.label, country, kind: KIND_WORDS[actor.kind] ?? actor.kind, sectors },
        numbers: numbersOf(byActor?.get(actor.id), early, actor.id),
      };
    });
  },
);

export interface RankingFilter {
  /** Country code, or '' for every country. */
  country: string;
  /** Actor kind, or '' for every kind. */
  kind: string;
  /** Free text, matched accent- and case-insensitively against name, id, city, country and sectors. */
  text: string;
}

export const noRankingFilter = (): RankingFilter => ({ country: '', kind: '', text: '' });

export function filterRows(rows: readonly RankingRow[], filter: RankingFilter): RankingRow[] {
  const words = foldText(filter.text).split(' ').filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.country === '' || row.countryCode === filter.country) &&
      (filter.kind === '' || row.kindCode === filter.kind) &&
      words.every((word) => row.search.includes(word)),
  );
}

// Made on first use: Intl's constructors load locale data (~30 ms of the app's start-up task when made at import).
let collator: Intl.Collator | null = null;
const compareText = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);

/** Sorted by one column; empty numbers always last, whichever the direction; ties by name, then id. */
export function sortRows(rows: readonly RankingRow[], key: ColumnKey, direction: SortDirection): RankingRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const numeric = columnOf(key).numeric;
  const tieBreak = (a: RankingRow, b: RankingRow): number =>
    compareText(a.text.label, b.text.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (numeric) {
      const x = a.numbers[key as NumberKey];
      const y = b.numbers[key as NumberKey];
      if (x === null || y === null) return x === y ? tieBreak(a, b) : x === null ? 1 : -1;
      return sign * (x - y) || tieBreak(a, b);
    }
    const x = a.text[key as TextKey];
    const y = b.text[key as TextKey];
    // Empty text (an actor without sectors) also goes last.
    if (x === '' || y === '') return x === y ? tieBreak(a, b) : x === '' ? 1 : -1;
    return sign * compareText(x, y) || tieBreak(a, b);
  });
}

const DIGITS: Readonly<Record<NumberKey, number>> = {
  degree: 0,
  strength: 2,
  degreeCentrality: 3,
  betweenness: 3,
  closeness: 3,
  eigenvector: 3,
  pagerank: 4,
  constraint: 3,
  crossBorderPartners: 0,
  community: 0,
};

/**
 * One formatter per column, made on its first use and kept: `toLocaleString` with options builds a new one on
 * every call (slow at 5,000 rows), and making them all at import cost the app's start-up task.
 */
const FORMATS = new Map<NumberKey, Intl.NumberFormat>();
const formatOf = (key: NumberKey): Intl.NumberFormat => {
  let format = FORMATS.get(key);
  if (format === undefined) {
    // Strength is a sum of weights: whole for the common case, up to two decimals otherwise.
    format = new Intl.NumberFormat('en', {
      minimumFractionDigits: key === 'strength' ? 0 : DIGITS[key],
      maximumFractionDigits: DIGITS[key],
    });
    FORMATS.set(key, format);
  }
  return format;
};

/** A metric as the table shows it: counts whole, shares to three decimals, PageRank to four; '–' when empty. */
export function formatNumber(key: NumberKey, value: number | null): string {
  return value === null ? '–' : formatOf(key).format(value);
}

/** The CSV headers of "with vs without illustrative ties" (docs/analysis.md). */
export const EVIDENCE_CSV = ['rank', 'rankDocumented', 'rankChange'] as const;

/**
 * The rows and columns shown, as CSV text with numbers at full precision; robustness columns once computed, and
 * the ranks with and without illustrative ties when shown (after the actor, as in the table).
 */
export function rankingsCsv(
  rows: readonly RankingRow[],
  columns: readonly RankingColumn[] = RANKING_COLUMNS,
  robustness: ReadonlyMap<string, RobustnessEntry> | null = null,
  evidence: ReadonlyMap<string, EvidenceRank> | null = null,
): string {
  const records = rows.map((row) => {
    const record = new Map<string, string | number | null>();
    if (evidence !== null) {
      const ranks = evidence.get(row.id);
      record.set('rank', ranks?.all ?? null);
      record.set('rankDocumented', ranks?.documented ?? null);
      record.set('rankChange', ranks?.change ?? null);
    }
    for (const column of columns) {
      record.set(column.csv, column.numeric ? row.numbers[column.key as NumberKey] : row.text[column.key as TextKey]);
    }
    if (robustness !== null)
      for (const [key, value] of Object.entries(robustnessCells(robustness.get(row.id)))) record.set(key, value);
    return Object.fromEntries(record);
  });
  const headers = columns.map((column) => column.csv);
  if (evidence !== null) headers.splice(1, 0, ...EVIDENCE_CSV);
  return toCsv(records, [...headers, ...(robustness === null ? [] : ROBUSTNESS_CSV)]);
}
