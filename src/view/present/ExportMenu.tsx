// The export menu: PNG at 1×, 2×, 4×, SVG, the actors table as CSV, the filtered dataset as JSON, GEXF and GraphML.
import { useEffect, useId, useRef, useState } from 'react';
import { useAtlas } from '../../state/store';
import { currentHypothetical, useWhatIf } from '../../state/whatif';
import { useGraphScene } from '../graph-scene';
import type { ExportExtras } from './export-actions';
import { messageOf } from '../../model/errors';

type Actions = typeof import('./export-actions');
/** The writers are imported on first use, so they are not part of the app's first download. */
const loadActions = (): Promise<Actions> => import('./export-actions');

interface Item {
  label: string;
  /** Needs the network on screen (pictures). */
  picture?: boolean;
  run: (actions: Actions, extras: ExportExtras) => Promise<void> | void;
}

const ITEMS: Item[] = [
  { label: 'PNG picture (1×, screen)', picture: true, run: (a, e) => a.savePng(1, e) },
  { label: 'PNG picture (2×, slides)', picture: true, run: (a, e) => a.savePng(2, e) },
  { label: 'PNG picture (4×, print)', picture: true, run: (a, e) => a.savePng(4, e) },
  { label: 'SVG drawing', picture: true, run: (a, e) => a.saveSvg(e) },
  { label: 'Actors table (CSV)', run: (a) => a.saveActorsCsv() },
  { label: 'Offline HTML file (this view and its data)', run: (a) => a.saveOfflineHtml() },
  { label: 'Filtered dataset with story (JSON)', run: (a) => a.saveDatasetJson() },
  { label: 'Network for Gephi (GEXF)', run: (a, e) => a.saveGraphFile('gexf', e) },
  { label: 'Network as GraphML', run: (a, e) => a.saveGraphFile('graphml', e) },
  // The spreadsheet layout the import reads (src/view/import); CSV files, one per sheet, are in the Spreadsheets dialog.
  {
    label: 'Whole dataset as Excel workbook (.xlsx)',
    run: async () => (await import('../import/downloads')).saveDatasetWorkbook(),
  },
];

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const scene = useGraphScene();
  const mode = useAtlas((s) => s.view.view);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const onCanvas = mode === 'graph' || mode === 'country';

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role=menu] button:not([disabled])')?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
        return;
      }
      // A menu moves with the arrow keys (WAI-ARIA menu pattern); disabled items are skipped.
      const items = [
        ...(root.current?.querySelectorAll<HTMLButtonElement>('[role=menu] button:not([disabled])') ?? []),
      ];
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      const next =
        event.key === 'ArrowDown'
          ? items[(at + 1) % items.length]
          : event.key === 'ArrowUp'
            ? items[(at - 1 + items.length) % items.length]
            : event.key === 'Home'
              ? items[0]
              : event.key === 'End'
                ? items[items.length - 1]
                : undefined;
      if (next === undefined) return;
      event.preventDefault();
      next.focus();
    };
    const onOutside = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onOutside);
    };
  }, [open]);

  const run = async (item: Item): Promise<void> => {
    setOpen(false);
    setMessage(`Preparing ${item.label}…`);
    try {
      const graph = mode === 'graph' && scene ? scene : null;
      const extras: ExportExtras = {
        encoding: graph ? graph.encoding : null,
        lineKinds: graph ? graph.elements.lineKinds : [],
        // The rows the on-screen legend shows besides the encoding (view/Legend.tsx), so the picture says the same.
        legend: {
          illustrativeTies: graph?.elements.illustrativeTies ?? 0,
          whatIfs: currentHypothetical(useWhatIf.getState(), useAtlas.getState().datasetVersion).size,
          hubs: graph?.elements.nodes.some((node) => node.data.type === 'hub') ?? false,
        },
      };
      await item.run(await loadActions(), extras);
      setMessage(null);
    } catch (error) {
      setMessage(`Export failed: ${messageOf(error)}`);
    }
    button.current?.focus();
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={scene === null}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <div className="export-list" role="menu" id={menuId} aria-label="Export">
          {ITEMS.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              disabled={item.picture === true && !onCanvas}
              title={item.picture && !onCanvas ? 'Pictures are made of the Network or Countries tab.' : undefined}
              onClick={() => void run(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {message && (
        <p className="export-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
