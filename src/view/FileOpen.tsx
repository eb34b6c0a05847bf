// The "Open dataset…" button: a real button that opens the file picker (a hidden file input).
import { useRef } from 'react';
import { loadDatasetFromFile } from '../state/load';

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
        accept=".json,application/json"
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Reset so that choosing the same file again (after fixing it) fires another change.
          event.currentTarget.value = '';
          if (file) void loadDatasetFromFile(file);
        }}
      />
    </>
  );
}
