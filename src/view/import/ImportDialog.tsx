// The import preview dialog: a modal showing what a spreadsheet was read as and every problem, before anything replaces the dataset.
import type { RecordCounts } from '../../model/sheets/types';
import { cancelImport, loadImport, useImport } from '../../state/import';
import { useAtlas } from '../../state/store';
import { Modal } from '../present/Modal';
import { ColumnMapping } from './ColumnMapping';
import { ProblemTable } from './ProblemTable';
import './import.css';
import { counted } from '../../model/number-text';

/** "3 actors, 2 agreements, 1 sector": the lists that have records, actors and agreements always. */
export function describeCounts(counts: RecordCounts): string {
  const parts = [counted(counts.actors, 'actor', 'actors'), counted(counts.agreements, 'agreement', 'agreements')];
  if (counts.sectors) parts.push(counted(counts.sectors, 'sector', 'sectors'));
  if (counts.sources) parts.push(counted(counts.sources, 'source', 'sources'));
  if (counts.countries) parts.push(counted(counts.countries, 'country', 'countries'));
  if (counts.views) parts.push(counted(counts.views, 'saved view', 'saved views'));
  return parts.join(', ');
}

export function ImportDialog() {
  const preview = useImport((s) => s.preview);
  const hasDataset = useAtlas((s) => s.dataset !== null);
  if (preview === null) return null;
  const { result } = preview;
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const skip = result.skipBadRows;
  const canSkip = !result.valid && skip.valid && skip.skipped.length > 0;
  const keep = hasDataset ? ' The dataset on screen stays as it is until you press Load.' : '';
  return (
    <Modal title={`Import ${preview.source}`} onClose={cancelImport} className="import-dialog">
      <p className="note">Check what was read before loading it.{keep}</p>
      <p className="import-counts" data-testid="import-counts">
        Read: {describeCounts(result.counts)}
      </p>
      <p className={result.valid ? 'import-verdict ok' : 'import-verdict bad'} role="status">
        {result.valid
          ? 'No errors: ready to load.'
          : `${counted(errors, 'error', 'errors')}: fix ${errors === 1 ? 'it' : 'them'} in the file and open it again` +
            (canSkip ? ', or load the valid rows without the bad ones.' : '.')}
      </p>
      <h3>Problems</h3>
      <ProblemTable problems={result.problems} />
      <h3>Columns</h3>
      <ColumnMapping sheets={result.sheets} tables={preview.tables} options={preview.options} fields={preview.fields} />
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          disabled={!result.valid}
          title={result.valid ? undefined : 'There are errors: fix them in the file, or skip the bad rows.'}
          data-autofocus={result.valid ? true : undefined}
          onClick={() => loadImport('all')}
        >
          Load
        </button>
        {canSkip && (
          <button type="button" onClick={() => loadImport('skip-bad-rows')}>
            Load valid rows, skip {counted(skip.skipped.length, 'bad row', 'bad rows')}
          </button>
        )}
        <button type="button" data-autofocus={result.valid ? undefined : true} onClick={cancelImport}>
          Cancel
        </button>
        {canSkip && <span className="note">Skipping loads {describeCounts(skip.counts)}.</span>}
      </div>
    </Modal>
  );
}
