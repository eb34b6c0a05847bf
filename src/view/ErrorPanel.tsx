// Lists every problem of a file that failed to load; the dataset on screen stays as it was.
import { dismissFailure } from '../state/actions';
import { useAtlas } from '../state/store';
import { ProblemList } from './ProblemList';

export function ErrorPanel() {
  const failure = useAtlas((s) => s.failure);
  const hasDataset = useAtlas((s) => s.dataset !== null);
  if (failure === null) return null;
  const count = failure.problems.length;
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <div className="panel-head">
        <h2 id="error-panel-title">
          Could not open {failure.source}: {count} {count === 1 ? 'problem' : 'problems'}
        </h2>
        <button type="button" className="close" onClick={dismissFailure} aria-label="Dismiss the load errors">
          ×
        </button>
      </div>
      <p>
        {hasDataset
          ? 'The dataset shown is unchanged. Fix these places in the file and open it again:'
          : 'Fix these places in the file and open it again:'}
      </p>
      <ProblemList problems={failure.problems} />
    </section>
  );
}
