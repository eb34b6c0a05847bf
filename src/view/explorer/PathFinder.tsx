// Pick two actors and see every shortest chain of agreements between them, step by step, or why there is none.
import { useDeferredValue, useMemo, useState } from 'react';
import type { FilteredDataset } from '../../model/filter';
import { pathsOf } from '../../state/derived';
import type { Dataset } from '../../model/types';
import { useAtlas } from '../../state/store';
import { datasetIndex } from '../dataset-index';
import { showPath, selectAgreement } from '../../state/actions';
import { pathReport, type PathReport, type PathStep } from '../../analysis/paths';
import { SearchBox } from './SearchBox';
import { searchIndexOf } from './search-index';

export const PATH_LIMIT = 10;

interface Props {
  dataset: Dataset;
  filtered: FilteredDataset;
  /** The ends the boxes start with: the shown path's, or the last one shown after it was cleared. */
  ends?: readonly [string, string] | null;
}

export function PathFinder({ dataset, filtered, ends = null }: Props) {
  const path = useAtlas((s) => s.view.path);
  // The report (one breadth-first search over the ties: ~40 ms at 5,000 actors) is rendered after the rest: a path
  // link's first render held it with the whole page's, one 150 ms task.
  const reported = useDeferredValue(path, null);
  const metrics = useAtlas((s) => s.metrics);
  const [from, setFrom] = useState<string | null>(path?.[0] ?? ends?.[0] ?? null);
  const [to, setTo] = useState<string | null>(path?.[1] ?? ends?.[1] ?? null);
  const { actors } = datasetIndex(dataset);
  const name = (id: string): string => actors.get(id)?.label ?? id;
  const getIndex = () => searchIndexOf(dataset);
  // Once per path, filter and metrics: typing in the boxes re-renders the finder, and a search is ~40 ms at 5,000.
  const report: PathReport | null = useMemo(() => {
    if (reported === null) return null;
    const betweenness = (id: string): number | null => metrics?.byActor.get(id)?.betweenness ?? null;
    return pathReport(pathsOf(dataset, filtered, 'clique'), reported[0], reported[1], PATH_LIMIT, betweenness);
  }, [dataset, filtered, reported, metrics]);

  return (
    <section className="path-finder" aria-labelledby="path-finder-title">
      <h2 id="path-finder-title">Paths between two actors</h2>
      {/* Filled with the shown path's ends, also when a link or a story step opened it. */}
      <SearchBox
        label="From actor"
        getIndex={getIndex}
        kinds={['actor']}
        keepChoice
        initialText={from === null ? '' : name(from)}
        onChoose={(e) => setFrom(e.id)}
      />
      <SearchBox
        label="To actor"
        getIndex={getIndex}
        kinds={['actor']}
        keepChoice
        initialText={to === null ? '' : name(to)}
        onChoose={(e) => setTo(e.id)}
      />
      <div className="button-row">
        <button
          type="button"
          disabled={from === null || to === null}
          onClick={() => from && to && showPath([from, to])}
        >
          Show shortest paths
        </button>
        {path && (
          <button type="button" onClick={() => showPath(null)}>
            Clear paths
          </button>
        )}
      </div>
      {path && reported !== path && <p role="status">Finding the shortest paths…</p>}
      {path && reported === path && report && (
        <PathResult report={report} from={path[0]} to={path[1]} name={name} dataset={dataset} />
      )}
    </section>
  );
}

interface ResultProps {
  report: PathReport;
  from: string;
  to: string;
  name: (id: string) => string;
  dataset: Dataset;
}

function PathResult({ report, from, to, name, dataset }: ResultProps) {
  const { agreements } = datasetIndex(dataset);
  if (report.kind === 'missing') {
    return (
      <p role="status">
        {report.missing.map(name).join(' and ')} {report.missing.length > 1 ? 'are' : 'is'} hidden by the current
        filters (or not in this dataset). Widen the filters to look for a path.
      </p>
    );
  }
  if (report.kind === 'same') return <p role="status">Pick two different actors.</p>;
  if (report.kind === 'none') {
    const { bridge } = report;
    return (
      <div role="status" className="path-none">
        <p>
          <strong>No path.</strong> No chain of agreements joins {name(from)} and {name(to)} under the current filters:
          they sit in separate parts of the network ({bridge.sourcePart} and {bridge.targetPart} actors).
        </p>
        <p>
          Suggested bridge: the best-connected actor on each side (highest betweenness, then most partners) is{' '}
          <strong>{name(bridge.sourceSide)}</strong> and <strong>{name(bridge.targetSide)}</strong>. A tie between them
          would join the two parts.
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="path-found">
      <p>
        {report.paths.length}
        {report.truncated ? '+' : ''} shortest path{report.paths.length === 1 ? '' : 's'} of {report.length} step
        {report.length === 1 ? '' : 's'}
        {report.truncated ? ` (first ${report.paths.length} shown)` : ''}.
      </p>
      {/* One path is a list of steps; several are a list of such lists, each named "Path N" (a number before each
          numbered list of steps read as "1. 1."). */}
      {report.steps.length === 1 ? (
        <PathSteps steps={report.steps[0]!} name={name} agreements={agreements} />
      ) : (
        <ol className="path-list">
          {report.steps.map((steps, p) => (
            <li key={p}>
              <span className="path-name">Path {p + 1}</span>
              <PathSteps steps={steps} name={name} agreements={agreements} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface StepsProps {
  steps: readonly PathStep[];
  name: (id: string) => string;
  agreements: ReadonlyMap<string, { label?: string }>;
}

function PathSteps({ steps, name, agreements }: StepsProps) {
  return (
    <ol className="path-steps">
      {steps.map((step, s) => (
        <li key={s}>
          {name(step.from)} → {name(step.to)}
          <span className="path-via">
            {' '}
            via{' '}
            {step.agreements.map((id, i) => (
              <span key={`${i}\u0001${id}`}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => selectAgreement(id)}>
                  {agreements.get(id)?.label ?? id}
                </button>
              </span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
