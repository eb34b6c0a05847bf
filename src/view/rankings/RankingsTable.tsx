// The rankings as a real table: sortable column headers (buttons with aria-sort), one row per actor, names that select.
import { Fragment, memo } from 'react';
import { changeText, type EvidenceRank } from '../../analysis/evidence-ranks';
import type { RobustnessEntry } from '../../analysis/robustness';
import { selectActor } from '../../state/actions';
import {
  formatNumber,
  type RankingColumn,
  type ColumnKey,
  type NumberKey,
  type RankingRow,
  type SortDirection,
  type TextKey,
} from './rankings-data';
import { robustnessText, robustnessTitle } from './robustness-data';

export interface SortState {
  key: ColumnKey;
  direction: SortDirection;
}

interface Props {
  rows: readonly RankingRow[];
  sort: SortState;
  onSort: (key: ColumnKey) => void;
  caption: string;
  selected: string | null;
  /** The top 10's robustness once computed (the column is there only then); other actors get an empty cell. */
  robustness: ReadonlyMap<string, RobustnessEntry> | null;
  /** Ranks with and without illustrative ties, when asked for (three columns after the name); null: none. */
  evidence?: ReadonlyMap<string, EvidenceRank> | null;
  /** The columns in their order, the actor first (columnsInOrder). */
  columns: readonly RankingColumn[];
}

/**
 * Where the long one-word headers may break, with a hyphen: unbroken, they set the width of narrow number
 * columns, and at 1440 px the last columns went off the side. The button's name stays the plain word.
 */
const HYPHENATED: Readonly<Record<string, string>> = {
  Betweenness: 'Between\u00adness',
  Eigenvector: 'Eigen\u00advector',
  Community: 'Commu\u00adnity',
  Closeness: 'Close\u00adness',
  Constraint: 'Con\u00adstraint',
  PageRank: 'Page\u00adRank',
};

function SortHeader({ column, sort, onSort }: { column: RankingColumn; sort: SortState; onSort: Props['onSort'] }) {
  const columnKey = column.key;
  const active = sort.key === columnKey;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : 'none'}
      className={column.numeric ? 'numeric' : undefined}
      title={column.title}
    >
      <button type="button" className="sort-button" onClick={() => onSort(columnKey)}>
        {HYPHENATED[column.header] === undefined ? (
          column.header
        ) : (
          // The eye gets the breakable word, a screen reader the plain one (it may spell a soft hyphen out); no
          // aria-label, so the button's name is its content and matches what is shown.
          <>
            <span aria-hidden="true">{HYPHENATED[column.header]}</span>
            <span className="visually-hidden">{column.header}</span>
          </>
        )}
        {/* The arrow is for the eye; aria-sort tells a screen reader the same. */}
        <span className="sort-arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}

/** One actor's row; memoised, so a sort only moves rows and "show more" draws only the new ones. */
const RankingRowView = memo(function RankingRowView({
  row,
  selected,
  robust,
  ranks,
  columns,
}: {
  row: RankingRow;
  columns: readonly RankingColumn[];
  selected: boolean;
  /** undefined: no rank columns; null: the columns, but no rank for this actor. */
  ranks: EvidenceRank | null | undefined;
  /** undefined: no robustness column; null: the column, but this actor is not in the top 10. */
  robust: RobustnessEntry | null | undefined;
}) {
  return (
    <tr className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link" onClick={() => selectActor(row.id)}>
          {row.text.label}
        </button>
      </th>
      {ranks !== undefined && (
        <>
          <td className="numeric evidence-rank">{ranks?.all ?? '–'}</td>
          <td className="numeric evidence-rank">{ranks?.documented ?? '–'}</td>
          <td
            className={`numeric evidence-change${ranks?.change ? (ranks.change > 0 ? ' up' : ' down') : ''}`}
            title={ranks && ranks.documented === null ? 'Left out with the illustrative records' : undefined}
          >
            {changeText(ranks?.change ?? null)}
          </td>
        </>
      )}
      {columns.slice(1).map((column) =>
        column.numeric ? (
          <td key={column.key} className="numeric">
            {formatNumber(column.key as NumberKey, row.numbers[column.key as NumberKey])}
          </td>
        ) : (
          <td
            key={column.key}
            className={column.key}
            // Long sector lists are cut to one line on screen; the whole list shows on hover (and is read in full).
            title={column.key === 'sectors' ? row.text.sectors : undefined}
          >
            {row.text[column.key as TextKey]}
          </td>
        ),
      )}
      {robust !== undefined && (
        <td className={`robustness ${robust?.status ?? ''}`} title={robust ? robustnessTitle(robust) : undefined}>
          {robust ? robustnessText(robust) : ''}
        </td>
      )}
    </tr>
  );
});

export function RankingsTable({ rows, sort, onSort, caption, selected, robustness, evidence = null, columns }: Props) {
  return (
    <table className="rankings-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <Fragment key={column.key}>
              <SortHeader column={column} sort={sort} onSort={onSort} />
              {i === 0 && evidence !== null && (
                <>
                  <th scope="col" className="numeric" title="Rank with all agreements">
                    Rank
                  </th>
                  <th scope="col" className="numeric" title="Rank with documented agreements only">
                    Rank, documented
                  </th>
                  <th scope="col" className="numeric" title="▲ better, ▼ worse without the illustrative ties">
                    Change
                  </th>
                </>
              )}
            </Fragment>
          ))}
          {robustness !== null && (
            <th scope="col" className="robustness" title="Worst rank when any one agreement is removed (top 10 only)">
              Robustness
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <RankingRowView
            key={row.id}
            row={row}
            selected={row.id === selected}
            robust={robustness === null ? undefined : (robustness.get(row.id) ?? null)}
            ranks={evidence === null ? undefined : (evidence.get(row.id) ?? null)}
            columns={columns}
          />
        ))}
      </tbody>
    </table>
  );
}
