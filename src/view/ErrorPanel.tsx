// Lists every problem of a file that failed to load, worded for the kind of failure; the dataset on screen stays as it was.
import { dismissFailure } from '../state/actions';
import { useAtlas } from '../state/store';
import { failureWording, type Shown } from './failure-wording';
import { ProblemList } from './ProblemList';

export function ErrorPanel() {
  const failure = useAtlas((s) => s.failure);
  const shown = useAtlas((s): Shown => (s.dataset === null ? 'none' : s.origin === 'sample' ? 'sample' : 'unchanged'));
  if (failure === null) return null;
  const wording = failureWording(failure.kind ?? 'contents', failure.source, failure.problems.length, shown);
  return (
    <section
      className="error-panel"
      role="alert"
      aria-labelledby="error-panel-title"
      data-failure-kind={failure.kind ?? 'contents'}
    >
      <div className="panel-head">
        <h2 id="error-panel-title">{wording.heading}</h2>
        <button type="button" className="close" onClick={dismissFailure} aria-label="Dismiss the load errors">
          ×
        </button>
      </div>
      <p>{wording.lead}</p>
      <ProblemList problems={failure.problems} />
    </section>
  );
}
