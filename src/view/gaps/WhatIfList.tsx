// The hypothetical agreements in the loaded dataset, each removable, and the dataset download with or without them.
import type { Dataset } from '../../model/types';
import { datasetForExport, removeWhatIf } from '../../state/whatif';
import type { Names } from './gap-data';
import { downloadText } from './heat';

interface Props {
  dataset: Dataset;
  hypothetical: ReadonlySet<string>;
  names: Names;
}

function download(withHypothetical: boolean): void {
  const dataset = datasetForExport(withHypothetical);
  if (dataset === null) return;
  const name = withHypothetical ? 'alliance-graph-what-if.json' : 'alliance-graph.json';
  downloadText(name, `${JSON.stringify(dataset, null, 2)}\n`, 'application/json');
}

export function WhatIfList({ dataset, hypothetical, names }: Props) {
  const agreements = dataset.agreements.filter((agreement) => hypothetical.has(agreement.id));
  if (agreements.length === 0) return null;
  return (
    <div className="what-if-list">
      <h4>What-if agreements (dashed reddish purple on the network)</h4>
      <ul>
        {agreements.map((agreement) => (
          <li key={agreement.id} data-parties={JSON.stringify(agreement.parties)}>
            <span className="badge">what-if</span> {agreement.parties.map(names.actor).join(' – ')}{' '}
            <span className="muted">({(agreement.sectors ?? []).map(names.sector).join(', ')})</span>{' '}
            <button
              type="button"
              onClick={() => removeWhatIf(agreement.id)}
              aria-label={`Remove ${agreement.label ?? agreement.id}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => download(false)}>
          Download dataset without what-if
        </button>{' '}
        <button type="button" onClick={() => download(true)}>
          Download dataset with what-if
        </button>
      </p>
    </div>
  );
}
