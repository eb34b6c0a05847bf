// The header: dataset title and source, counts after filters, the warnings button and the ways to open a dataset.
import { togglePanel } from '../state/actions';
import { returnToSample } from '../state/load';
import type { Counts } from '../state/derived';
import { useAtlas } from '../state/store';
import { DownloadProgress } from './DownloadProgress';
import { FileOpenButton } from './FileOpen';
import { SpreadsheetButton } from './import/TemplateDownloads';
import { PresentActions } from './present/PresentActions';
import { counted } from '../model/number-text';

export function Header({ counts }: { counts: Counts | null }) {
  const title = useAtlas((s) => s.dataset?.title);
  const source = useAtlas((s) => s.source);
  const loading = useAtlas((s) => s.loading);
  const warnings = useAtlas((s) => s.warnings.length);
  const warningsOpen = useAtlas((s) => s.view.panel === 'warnings');
  const analysis = useAtlas((s) => s.analysis);
  const local = useAtlas((s) => s.origin === 'local');
  const heading = title ?? (source ? 'Untitled dataset' : 'Alliance Atlas');
  return (
    <header className="header">
      <div className="header-title">
        {/* The title attribute shows the whole title on hover when the header cuts it short. */}
        <h1 title={heading}>{heading}</h1>
        {source && <span className="source">{source}</span>}
        {local && (
          <span className="local-mark" data-testid="local-mark">
            <span title="Opened from this computer and kept in this browser, so a reload reopens it">Local file</span>
            <button type="button" className="link-button" onClick={() => void returnToSample(window.location.href)}>
              Back to the sample
            </button>
          </span>
        )}
        {loading && <span className="loading"> Loading {loading}…</span>}
        <DownloadProgress />
        {/* A floating chip (styles.css): text that came and went in the header's row changed its height, and so
            the network's, on every filter change the metrics follow. */}
        <span className="analysis-status" role="status">
          {analysis.status === 'running' && `Computing metrics… ${Math.round(analysis.progress * 100)}%`}
          {analysis.status === 'failed' && `Metrics could not be computed: ${analysis.message ?? 'unknown error'}`}
        </span>
      </div>
      {counts && (
        <p className="counts" aria-label="Shown after filters" data-testid="counts">
          <span data-count="actors">{counted(counts.actors, 'actor', 'actors')}</span>
          <span data-count="agreements">{counted(counts.agreements, 'agreement', 'agreements')}</span>
          <span data-count="countries">{counted(counts.countries, 'country', 'countries')}</span>
        </p>
      )}
      <div className="header-actions">
        {warnings > 0 && (
          <button
            type="button"
            className="warnings-button"
            aria-pressed={warningsOpen}
            onClick={() => togglePanel('warnings')}
          >
            {counted(warnings, 'warning', 'warnings')}
          </button>
        )}
        <PresentActions />
        <FileOpenButton />
        <SpreadsheetButton />
      </div>
    </header>
  );
}
