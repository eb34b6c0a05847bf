// The header's "Spreadsheets…" button: opens the dialog to open .xlsx/.csv files, get the templates and save the dataset.
import { lazy, Suspense, useState } from 'react';

/** The dialog's code is loaded on the first click, not with the app. */
const SpreadsheetDialog = lazy(() =>
  import('./SpreadsheetDialog').then((module) => ({ default: module.SpreadsheetDialog })),
);

export function SpreadsheetButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Spreadsheets…
      </button>
      {open && (
        <Suspense fallback={null}>
          <SpreadsheetDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
