// The share dialog: a link to the current view and an <iframe> snippet, and for a local file the ways that really work.
import { useEffect, useRef, useState } from 'react';
import { MAX_FRAGMENT_LENGTH } from '../../embed/fragment-key';
import type { ViewState } from '../../embed/view-state';
import { useAtlas, type DatasetOrigin } from '../../state/store';
import { copyText } from './copy';
import { Modal } from './Modal';
import { iframeSnippet, isLocalPage, sizeText, viewUrl } from './share-links';
import { messageOf } from '../../model/errors';

function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    const ok = await copyText(value, field.current);
    setStatus(ok ? 'Copied.' : 'Selected: press Ctrl+C (⌘C) to copy.');
  };
  return (
    <div className="copy-field">
      <label>
        <span className="copy-label">{label}</span>
        {multiline ? (
          <textarea ref={field} readOnly value={value} rows={3} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input ref={field} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        )}
      </label>
      <button type="button" onClick={() => void copy()}>
        Copy {label.toLowerCase()}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** The `#data=…` fragment of the dataset on screen, packed in the background (fflate loads on demand). */
function usePackedDataset(): string | null {
  const dataset = useAtlas((s) => s.dataset);
  const [packed, setPacked] = useState<{ for: unknown; fragment: string } | null>(null);
  useEffect(() => {
    if (dataset === null) return;
    let cancelled = false;
    void import('../../embed/fragment').then(({ packDataset }) => {
      if (!cancelled) setPacked({ for: dataset, fragment: packDataset(JSON.stringify(dataset)) });
    });
    return () => {
      cancelled = true;
    };
  }, [dataset]);
  return packed !== null && packed.for === dataset ? packed.fragment : null;
}

/** Link and embed code for a view, with the fragment that carries the dataset when there is one. */
function LinkAndEmbed({ view, title, fragment = '' }: { view: ViewState; title: string; fragment?: string }) {
  const href = window.location.href;
  return (
    <>
      <CopyField label="Link" value={viewUrl(href, view, false, fragment)} />
      <CopyField label="Embed code" value={iframeSnippet(viewUrl(href, view, true, fragment), title)} multiline />
    </>
  );
}

/** Whether the text is a full http(s) address (what `?data=` can fetch). */
function isWebAddress(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Downloads the offline file of this view (the same as Export → Offline HTML file). */
function OfflineButton() {
  const [status, setStatus] = useState('');
  const save = async (): Promise<void> => {
    setStatus('Preparing the file…');
    try {
      await (await import('./export-actions')).saveOfflineHtml();
      setStatus('Downloaded.');
    } catch (error) {
      setStatus(messageOf(error));
    }
  };
  return (
    <div className="copy-field">
      <button type="button" onClick={() => void save()}>
        Download this view as one offline HTML file
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** The three ways to share a dataset that has no address: inside the link, as one file, or at its future address. */
function LocalShare({ view, title }: { view: ViewState; title: string }) {
  const fragment = usePackedDataset();
  const [address, setAddress] = useState('');
  const published = address.trim();
  const publishedOk = isWebAddress(published);
  return (
    <>
      <p className="share-warning">
        This dataset was opened from a file on this computer. A plain link would open the bundled sample instead, so
        share it one of these ways.
      </p>
      <section aria-labelledby="share-inside">
        <h3 id="share-inside">1. A link with the data inside</h3>
        {fragment === null ? (
          <p className="note">Packing the dataset…</p>
        ) : fragment.length <= MAX_FRAGMENT_LENGTH ? (
          <>
            <p className="note" data-testid="fragment-size">
              The dataset travels inside the link ({sizeText(fragment.length)}), after the #, so no server ever receives
              it. Some mail and chat programs cut links longer than about 2,000 characters: if a reader gets the sample,
              send the file instead.
            </p>
            <LinkAndEmbed view={view} title={title} fragment={fragment} />
          </>
        ) : (
          <p className="note" data-testid="fragment-size">
            This dataset packs to {sizeText(fragment.length)}, more than a link can safely carry (
            {sizeText(MAX_FRAGMENT_LENGTH)}). Use one of the ways below.
          </p>
        )}
      </section>
      <section aria-labelledby="share-file">
        <h3 id="share-file">2. One offline file</h3>
        <p className="note">
          This view and its dataset as one HTML file that opens in any browser without a network: send it, or put it on
          a slide. (Also under Export.)
        </p>
        <OfflineButton />
      </section>
      <section aria-labelledby="share-publish">
        <h3 id="share-publish">3. Publish the dataset and link to it</h3>
        <label className="publish-field">
          <span className="copy-label">Where you will put the dataset file (http or https address)</span>
          <input
            type="url"
            value={address}
            placeholder="https://example.org/alliances.json"
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        {publishedOk ? (
          <LinkAndEmbed view={{ ...view, data: published }} title={title} />
        ) : (
          published !== '' && <p className="note">Give a full address starting with https:// or http://.</p>
        )}
      </section>
    </>
  );
}

const CAN_LINK: ReadonlySet<DatasetOrigin> = new Set(['sample', 'address', 'page', 'link']);

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const view = useAtlas((s) => s.view);
  const origin = useAtlas((s) => s.origin);
  const title = useAtlas((s) => s.dataset?.title ?? 'Alliance Atlas');
  const href = window.location.href;
  const linked = origin === 'link' ? window.location.hash : '';
  return (
    <Modal title="Share this view" onClose={onClose} className="share-dialog">
      {origin !== null && !CAN_LINK.has(origin) ? (
        <LocalShare view={view} title={title} />
      ) : (
        <>
          <p className="note">
            The link opens exactly this view: dataset, filters, year, layout, colours, selection, tables and camera.
          </p>
          {isLocalPage(href) && (
            <p className="share-warning">
              This page is a file on this computer, so the link only works here. To share, put the file on a web server
              or send the file itself.
            </p>
          )}
          <LinkAndEmbed view={view} title={title} fragment={linked} />
        </>
      )}
      <p className="note">
        The embedded view has no side panels; readers zoom after clicking into it, and can open the full view.
      </p>
    </Modal>
  );
}
