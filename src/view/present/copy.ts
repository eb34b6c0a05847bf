// Copying text for the share dialog: the Clipboard API where the page may use it, else a selected text field.

/** Copies `text`; `field` (the text box showing it) is selected as a fallback so Ctrl+C still works. */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, a file:// page, an insecure frame): fall through to the selection.
  }
  if (field === null) return false;
  field.focus();
  field.select();
  try {
    // The old command still works where the Clipboard API is refused; it is deprecated but not removed.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
