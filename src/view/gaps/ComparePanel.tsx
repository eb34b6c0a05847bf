// Compare two years: one stable layout with added / ended ties styled apart, and the table of changes.
import { useMemo } from 'react';
import './gaps.css';
import { compareEdges } from '../../analysis/compare-edges';
import { applyFilters, yearOf } from '../../model/filter';
import { memoLast } from '../../state/memo';
import { useAtlas } from '../../state/store';
import { yearSpan } from '../explorer/years';
import { GraphCanvas } from '../GraphCanvas';
import { ColorPart, LineSample } from '../Legend';
import { placeElements } from '../explorer/layout-positions';
import { useNetworkLayout } from '../explorer/use-network-layout';
import { setCompareYears } from '../../state/actions';
import { CompareTables } from './CompareTables';
import { categoryOrdersOf } from '../graph-scene';
import { COMPARE_LINES, compareElementsOf } from './compare-scene';
import { namesOf, type Names } from './gap-data';
import type { Dataset, Filters } from '../../model/types';
import type { GraphElements } from '../../render/elements';
import { useComparison, type ComparisonState } from './use-comparison';

/** What the canvas draws: each year's ties marked added / ended / kept (no metric: the ranks come from the worker). */
const drawnOf = memoLast((dataset: Dataset, filters: Filters, y1: number, y2: number) => ({
  edges: compareEdges(applyFilters(dataset, { ...filters, year: y1 }), applyFilters(dataset, { ...filters, year: y2 })),
  all: applyFilters(dataset, { ...filters, year: null }),
}));

/** The tables once the worker's comparison arrives; until then its progress (two Brandes runs at most). */
function Changes(props: { state: ComparisonState; names: Names; from: number; to: number }) {
  const { state } = props;
  if (state.status === 'done')
    return <CompareTables result={state.result} names={props.names} from={props.from} to={props.to} />;
  if (state.status === 'failed')
    return (
      <p className="problem" role="alert">
        The changes could not be computed ({state.message}).
      </p>
    );
  const percent = Math.round(state.progress * 100);
  return (
    <p className="gaps-empty compare-computing" role="status">
      <label>
        Computing the changes… {percent}%{' '}
        <progress max={100} value={percent}>
          {percent}%
        </progress>
      </label>
    </p>
  );
}

/**
 * The years shown: the link's pair, else the median start year of the agreements against the last
 * year of the span (the middle of the span could sit decades before most of the ties).
 */
export function comparedYears(
  wanted: [number, number] | null,
  span: [number, number],
  dataset: Dataset,
): [number, number] {
  if (wanted !== null) return wanted;
  const starts = dataset.agreements
    .map((agreement) => yearOf(agreement.since))
    .filter((year): year is number => year !== null)
    .sort((a, b) => a - b);
  const median = starts[Math.floor(starts.length / 2)] ?? span[0];
  return [median < span[1] ? median : span[0], span[1]];
}

/** The comparison drawn where the network tab draws each actor, so the two read alike. */
function CompareGraph(props: { dataset: Dataset; elements: GraphElements; epoch: number; selected: string | null }) {
  const { layout, final } = useNetworkLayout(props.dataset);
  const elements = useMemo(() => placeElements(props.elements, layout.positions), [props.elements, layout]);
  // The renderer places only new nodes: when the force layout replaces the stand-in rings, draw afresh.
  return <GraphCanvas elements={elements} epoch={props.epoch * 2 + (final ? 1 : 0)} selected={props.selected} />;
}

export function ComparePanel() {
  const dataset = useAtlas((s) => s.dataset);
  if (dataset === null) return null;
  const span = yearSpan(dataset);
  if (span === null)
    return <p className="gaps-empty">No agreement in this dataset has a year, so there is nothing to compare.</p>;
  return <CompareYears dataset={dataset} span={span} />;
}

function CompareYears({ dataset, span }: { dataset: Dataset; span: [number, number] }) {
  const filters = useAtlas((s) => s.view.filters);
  const wanted = useAtlas((s) => s.view.compare);
  const datasetVersion = useAtlas((s) => s.datasetVersion);
  const selected = useAtlas((s) => s.view.selected);
  const [y1, y2] = comparedYears(wanted, span, dataset);
  const years: number[] = [];
  for (let y = span[0]; y <= span[1]; y++) years.push(y);
  const names = namesOf(dataset);
  const ordered = y1 < y2;
  const from = Math.min(y1, y2);
  const to = Math.max(y1, y2);
  const state = useComparison(dataset, filters, from, to);
  const { edges, all } = drawnOf(dataset, filters, from, to);
  const elements = compareElementsOf(all, edges, names.country, categoryOrdersOf(dataset).country);
  const pick = (which: 0 | 1, year: number): void => setCompareYears(which === 0 ? [year, y2] : [y1, year]);
  return (
    <div className="gaps-view compare-view">
      <h2>
        Compare{' '}
        {([0, 1] as const).map((which) => (
          <label key={which}>
            <span className="visually-hidden">{which === 0 ? 'Earlier year' : 'Later year'}</span>
            <select value={which === 0 ? y1 : y2} onChange={(event) => pick(which, Number(event.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>{' '}
            {which === 0 ? 'with ' : ''}
          </label>
        ))}
      </h2>
      {!ordered && (
        <p className="problem" role="status">
          {y1 === y2 ? 'Choose two different years.' : `Shown as ${from} → ${to}: the earlier year first.`}
        </p>
      )}
      <div className="gaps-columns">
        <div className="compare-stage">
          <div className="compare-canvas">
            <CompareGraph dataset={dataset} elements={elements} epoch={datasetVersion} selected={selected} />
          </div>
          <ul className="compare-legend" aria-label="Line styles">
            {Object.entries(COMPARE_LINES).map(([status, line]) => (
              <li key={status}>
                <LineSample line={line} width={line.width} length={36} /> {line.label}
              </li>
            ))}
          </ul>
          <div className="compare-colours">
            <ColorPart legend={elements.colorLegend} />
          </div>
        </div>
        {/* Wide tables scroll within their column instead of running off the window's edge. */}
        <div
          className="gaps-scroll compare-tables-scroll"
          role="region"
          aria-label="Changes between the two years"
          tabIndex={0}
        >
          <Changes state={state} names={names} from={from} to={to} />
        </div>
      </div>
    </div>
  );
}
