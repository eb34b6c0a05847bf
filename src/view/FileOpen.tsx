// The "Open dataset…" button: a real button that opens the file picker (a hidden file input); .xlsx/.csv go to the import preview.
import { useRef } from 'react';
import { openDatasetFiles } from '../state/import';

export function FileOpenButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open dataset…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.xlsx,.csv,.tsv,text/csv"
        multiple
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Reset so that choosing the same file again (after fixing it) fires another change.
          event.currentTarget.value = '';
          // JSON loads at once; a workbook or CSV files open the import preview first.
          void openDatasetFiles(files);
        }}
      />
    </>
  );
}
