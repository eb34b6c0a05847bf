// Drag-and-drop of a dataset file anywhere on the window, with an overlay while a file is dragged over.
import { useEffect, useState } from 'react';
import { openDatasetFiles } from '../state/import';

const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function DropZone() {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // Counting enter/leave pairs, because leaving a child element also fires dragleave on the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      // JSON loads at once; an .xlsx workbook or .csv files open the import preview first.
      void openDatasetFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-live="polite">
      <p>Drop an alliance-graph@1 JSON file, an .xlsx workbook or .csv files to open them</p>
    </div>
  );
}
