// The progress of a `?data=` download (bytes read, of how many when the server says) with a Cancel button.
import { cancelDownload, useDownload } from '../state/download';

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** "1.5 MB of 12.0 MB" when the total is known, else "1.5 MB". */
export const progressText = (received: number, total: number | null): string =>
  total === null ? megabytes(received) : `${megabytes(received)} of ${megabytes(total)}`;

export function DownloadProgress() {
  const active = useDownload((s) => s.active);
  if (active === null) return null;
  const { received, total } = active.progress;
  return (
    <span className="download-progress" data-testid="download-progress">
      <progress
        max={total ?? undefined}
        value={total === null ? undefined : received}
        aria-label={`Downloading ${active.source}`}
      />
      <span data-testid="download-bytes">{progressText(received, total)}</span>
      <button type="button" className="link-button" onClick={cancelDownload}>
        Cancel
      </button>
    </span>
  );
}
