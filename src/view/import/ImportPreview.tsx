// Where the import preview appears: nothing until a spreadsheet was read, then the dialog (its code loaded on first use).
import { lazy, Suspense } from 'react';
import { useImport } from '../../state/import';

/** Split off, so the app's first download does not carry the preview's tables and styles. */
const ImportDialog = lazy(() => import('./ImportDialog').then((module) => ({ default: module.ImportDialog })));

export function ImportPreview() {
  const open = useImport((s) => s.preview !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ImportDialog />
    </Suspense>
  );
}
