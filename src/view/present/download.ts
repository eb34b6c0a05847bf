// Saving a file from the browser: a Blob behind a temporary download link, and file names from the dataset title.

/** Starts the download of `blob` as `filename` (the browser's own save behaviour decides where it goes). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the Blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const downloadText = (text: string, filename: string, type: string): void =>
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);

/** A file name stem from a title: letters, digits and dashes only, never empty. */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? 'alliance-atlas' : stem;
}
