// The loaded dataset's warnings (it loaded, but these places deserve a look), in the side panel.
import { openPanel } from '../state/actions';
import { useAtlas } from '../state/store';
import { ProblemList } from './ProblemList';

export function WarningsList() {
  const warnings = useAtlas((s) => s.warnings);
  return (
    <section className="panel warnings-panel" aria-labelledby="warnings-title">
      <div className="panel-head">
        <h2 id="warnings-title">Warnings ({warnings.length})</h2>
        <button type="button" className="close" onClick={() => openPanel(null)} aria-label="Close the warnings">
          ×
        </button>
      </div>
      {warnings.length === 0 ? (
        <p className="note">The dataset loaded without warnings.</p>
      ) : (
        <>
          <p className="note">The dataset loaded; these places may still need a look.</p>
          <ProblemList problems={warnings} />
        </>
      )}
    </section>
  );
}
