// The share dialog: a link to the current view and an <iframe> snippet of its embed, each with a copy button.
import { useRef, useState } from 'react';
import { useAtlas } from '../../state/store';
import { copyText } from './copy';
import { Modal } from './Modal';
import { iframeSnippet, isLocalPage, viewUrl } from './share-links';

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

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const view = useAtlas((s) => s.view);
  const title = useAtlas((s) => s.dataset?.title ?? 'Alliance Atlas');
  const href = window.location.href;
  const link = viewUrl(href, view, false);
  const embed = viewUrl(href, view, true);
  return (
    <Modal title="Share this view" onClose={onClose} className="share-dialog">
      <p className="note">
        The link opens exactly this view: dataset, filters, year, layout, colours, selection and camera.
      </p>
      {isLocalPage(href) && (
        <p className="share-warning">
          This page is a file on this computer, so the link only works here. To share, put the file on a web server or
          send the file itself.
        </p>
      )}
      <CopyField label="Link" value={link} />
      <CopyField label="Embed code" value={iframeSnippet(embed, title)} multiline />
      <p className="note">
        The embedded view has no side panels; readers zoom after clicking into it, and can open the full view.
      </p>
    </Modal>
  );
}
