// The rankings view: the canvas's table twin, every actor of the filtered graph with its metrics, sortable and downloadable.
import './rankings.css';
import { useMemo, useState } from 'react';
import { setTableFind, setTableSort } from '../../state/actions';
import { filteredOf, metricValuesOf, tiesOf } from '../../state/derived';
import { memoLast } from '../../state/memo';
import { useAtlas } from '../../state/store';
import { downloadText, fileStem } from '../present/download';
import { isNarrowFrame } from '../narrow-frame';
import { clearOfSticky } from '../clear-of-sticky';
import { RankingsFilters } from './RankingsFilters';
import { RankingsTable, type SortState } from './RankingsTable';
import { RankingsTools } from './RankingsTools';
import { RobustnessBar, useRobustness } from './RobustnessBar';
import { EvidenceSwitch, evidenceBlocker, useEvidenceRanks, type EvidenceRanks } from './EvidenceRanks';
import { robustnessMetricOf } from './robustness-data';
import {
  columnOf,
  columnsInOrder,
  filterRows,
  noRankingFilter,
  rankingRowsOf,
  rankingsCsv,
  sortRows,
  type ColumnKey,
  type RankingFilter,
  type EarlyMetrics,
  type RankingRow,
} from './rankings-data';
import { groupedInteger } from '../../model/number-text';

/** One object for the same two maps, so the memoised rows are kept across renders. */
const earlyOf = memoLast((degree: EarlyMetrics['degree'], strength: EarlyMetrics['strength']): EarlyMetrics => ({
  degree,
  strength,
}));

const NO_FILTER = noRankingFilter();

/** Rows drawn at first and added per "show more": enough to read, few enough that 5,000 actors never stall a render. */
export const PAGE_SIZE = 200;

function AnalysisNote({ fresh }: { fresh: boolean }) {
  const analysis = useAtlas((s) => s.analysis);
  if (analysis.status === 'failed') {
    return (
      <p className="rankings-note" role="alert">
        The metrics could not be computed ({analysis.message ?? 'unknown error'}). Change a filter to try again.
      </p>
    );
  }
  if (fresh) return null;
  const percent = analysis.status === 'running' ? Math.round(analysis.progress * 100) : 0;
  return (
    <p className="rankings-note" role="status">
      <label>
        Computing metrics… {percent}%{' '}
        <progress max={100} value={percent}>
          {percent}%
        </progress>
      </label>
    </p>
  );
}

export function RankingsView() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const selected = useAtlas((s) => s.view.selected);
  const projection = useAtlas((s) => s.view.projection);
  const metrics = useAtlas((s) => s.metrics);
  const graphVersion = useAtlas((s) => s.graphVersion);
  const size = useAtlas((s) => s.view.size);
  const find = useAtlas((s) => s.view.find);
  const linkedSort = useAtlas((s) => s.view.sort);
  const filter: RankingFilter = find ?? NO_FILTER;
  // Without a sort in the link the table follows the size metric, so "size=betweenness" ranks by betweenness.
  const sort = useMemo(
    (): SortState =>
      linkedSort
        ? { key: linkedSort.key as ColumnKey, direction: linkedSort.direction }
        : { key: size, direction: 'descending' },
    [linkedSort, size],
  );
  // Read once: the frame is narrow (a 320 px embed) or not for the life of the view; the tools and the columns follow it.
  const [narrow] = useState(isNarrowFrame);
  const columns = useMemo(() => columnsInOrder(sort.key, narrow), [sort.key, narrow]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [compareEvidence, setCompareEvidence] = useState(false);
  const robustMetric = robustnessMetricOf(sort.key, size);
  const robust = useRobustness(dataset, filters, projection, robustMetric);
  const robustByActor = robust.state.status === 'done' ? robust.state.byActor : null;

  const blocker = dataset === null ? null : evidenceBlocker(dataset, filters);
  const evidenceJob = useEvidenceRanks(dataset, filters, robustMetric, projection, compareEvidence && blocker === null);
  const evidence: EvidenceRanks | null = evidenceJob?.status === 'done' ? evidenceJob.result : null;

  const fresh = metrics !== null && metrics.graphVersion === graphVersion;
  let rows: RankingRow[] | null = null;
  if (dataset !== null) {
    const filtered = filteredOf(dataset, filters);
    const ties = tiesOf(dataset, filtered, projection);
    // The same arguments as the graph view's size and colour, so the memoised values are shared, not recomputed.
    const early = fresh
      ? null
      : earlyOf(
          metricValuesOf(ties, 'degree', metrics, graphVersion),
          metricValuesOf(ties, 'strength', metrics, graphVersion),
        );
    rows = rankingRowsOf(dataset, filtered, fresh ? metrics.byActor : null, early);
  }
  // A country or kind that the global filters have since removed counts as "all", so nothing hides silently.
  const effective = useMemo((): RankingFilter => {
    if (rows === null) return filter;
    const has = (test: (row: RankingRow) => boolean): boolean => rows.some(test);
    const country = filter.country !== '' && has((row) => row.countryCode === filter.country) ? filter.country : '';
    const inCountry = (row: RankingRow): boolean => country === '' || row.countryCode === country;
    const kind = filter.kind !== '' && has((row) => row.kindCode === filter.kind && inCountry(row)) ? filter.kind : '';
    return { text: filter.text, country, kind };
  }, [rows, filter]);
  const shown = useMemo(
    () => (rows ? sortRows(filterRows(rows, effective), sort.key, sort.direction) : []),
    [rows, effective, sort],
  );

  if (dataset === null || rows === null) return <p className="rankings-empty">No dataset loaded.</p>;
  if (rows.length === 0) {
    return <p className="rankings-empty">No actor passes the filters, so there is nothing to rank.</p>;
  }

  const onSort = (key: ColumnKey): void => {
    setTableSort(
      sort.key === key
        ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: columnOf(key).first },
    );
    setLimit(PAGE_SIZE);
  };
  const onFilter = (next: RankingFilter): void => {
    setTableFind(next);
    setLimit(PAGE_SIZE);
  };
  const download = (): void =>
    downloadText(
      rankingsCsv(shown, undefined, robustByActor, evidence),
      `${fileStem(dataset.title)}-rankings.csv`,
      'text/csv',
    );

  const column = columnOf(sort.key);
  const order = sort.direction === 'ascending' ? 'lowest first' : 'highest first';
  const caption = `Actors by ${column.title.toLowerCase()}, ${column.numeric ? order : sort.direction}`;
  const visible = shown.slice(0, limit);
  const notes = fresh ? (metrics.result?.notes ?? []) : [];
  return (
    <div className="rankings-view" data-state={fresh ? 'ready' : 'computing'}>
      <h2>Rankings</h2>
      <RankingsTools
        active={[effective.text.trim(), effective.country, effective.kind].filter(Boolean).length}
        narrow={narrow}
      >
        <RankingsFilters
          rows={rows}
          filter={effective}
          onChange={onFilter}
          matching={shown.length}
          onDownload={download}
        />
        <RobustnessBar state={robust.state} metric={robustMetric} start={robust.start} cancel={robust.cancel} />
        <EvidenceSwitch
          on={compareEvidence}
          onChange={setCompareEvidence}
          metric={robustMetric}
          blocker={blocker}
          job={evidenceJob}
        />
      </RankingsTools>
      <AnalysisNote fresh={fresh} />
      <p className="rankings-count" role="status">
        {shown.length === rows.length
          ? `${groupedInteger(rows.length)} actors`
          : `${groupedInteger(shown.length)} of ${groupedInteger(rows.length)} actors match`}
        {shown.length > visible.length && `; the first ${groupedInteger(visible.length)} are listed`}
      </p>
      {shown.length === 0 ? (
        <p className="rankings-empty">No actor matches these filters.</p>
      ) : (
        // Only the table scrolls, in both directions, so the filters stay in view and the header and names stick.
        <div
          className="rankings-scroll"
          role="region"
          aria-label="Rankings table"
          tabIndex={0}
          onFocus={(event) => clearOfSticky(event.currentTarget, event.target)}
        >
          <RankingsTable
            rows={visible}
            sort={sort}
            onSort={onSort}
            caption={caption}
            selected={selected}
            robustness={robustByActor}
            evidence={evidence}
            columns={columns}
          />
          {shown.length > visible.length && (
            <button type="button" className="rankings-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, shown.length - visible.length)} more
            </button>
          )}
          {notes.map((note) => (
            <p key={note} className="rankings-note">
              {note}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
