// The workbench: header on top, the main area switched by ViewState.view, a side panel on the right.
import { useAtlas } from '../state/store';
import { setViewMode } from '../state/actions';
import type { ViewMode } from '../embed/view-state';
import { DropZone } from './DropZone';
import { ErrorPanel } from './ErrorPanel';
import { useGraphScene } from './graph-scene';
import { Header } from './Header';
import { ImportPreview } from './import/ImportPreview';
import { GraphLegend } from './Legend';
import { ExplorerAside } from './explorer/ExplorerPanels';
import { MAIN_VIEWS, SIDE_PANELS } from './workbench';

function ViewTabs({ current }: { current: ViewMode }) {
  const entries = Object.entries(MAIN_VIEWS) as Array<[ViewMode, { title: string }]>;
  if (entries.length < 2) return null;
  return (
    <nav className="view-tabs" aria-label="Views">
      {entries.map(([mode, entry]) => (
        <button key={mode} type="button" aria-pressed={mode === current} onClick={() => setViewMode(mode)}>
          {entry.title}
        </button>
      ))}
    </nav>
  );
}

/** Views drawn on the canvas: their side column also holds the legend, so it stays even when empty. */
const CANVAS_VIEWS: ReadonlySet<string> = new Set(['graph', 'country']);

function SidePanelArea() {
  const panel = useAtlas((s) => SIDE_PANELS.find((candidate) => candidate.when(s))?.id ?? null);
  const view = useAtlas((s) => s.view.view);
  const entry = SIDE_PANELS.find((candidate) => candidate.id === panel);
  // Tables and matrices get the room of an empty details column; a selection brings the column back.
  if (!entry && !CANVAS_VIEWS.has(view)) return null;
  return (
    <aside className="side" aria-label="Details">
      {entry ? entry.render() : <p className="hint">Click an actor in the network to see its details here.</p>}
      {/* Below the details rather than over the canvas, so it never hides an actor. */}
      <GraphLegend />
    </aside>
  );
}

export function App() {
  const scene = useGraphScene();
  const view = useAtlas((s) => s.view.view);
  const loading = useAtlas((s) => s.loading);
  const main = MAIN_VIEWS[view] ?? MAIN_VIEWS.graph;
  return (
    <div className="app">
      {/* The explorer column holds dozens of filter checkboxes: keyboard readers can jump past them. */}
      <a className="skip-link" href="#main-view">
        Skip to the views
      </a>
      <Header counts={scene?.counts ?? null} />
      <div className="workbench with-explorer">
        <ExplorerAside />
        <main className="main" id="main-view" tabIndex={-1} aria-label="Main view">
          <ViewTabs current={view} />
          <ErrorPanel />
          {scene && main ? (
            main.render(scene)
          ) : (
            <p className="empty-note">{loading ? `Loading ${loading}…` : 'No dataset loaded.'}</p>
          )}
        </main>
        <SidePanelArea />
      </div>
      <DropZone />
      <ImportPreview />
    </div>
  );
}
