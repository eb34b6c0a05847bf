// The workbench's registries: which component fills the main area for each view, and which side panel shows.
import { lazy, Suspense, type ReactNode } from 'react';
import type { ViewMode } from '../embed/view-state';
import type { AtlasState } from '../state/store';
import { SelectedActorPanel } from './ActorPanel';
import type { GraphSceneData } from './graph-scene';
import { GraphView } from './GraphView';
import { LoadBoundary } from './LoadBoundary';
import { ExplorerDetails } from './explorer/ExplorerPanels';
import { WarningsList } from './WarningsList';
import { RecommendationsPanel } from './gaps/RecommendationsPanel';

/**
 * The tabs other than the network load on first use: the page opens on the canvas, and their tables, charts
 * and comparisons were ~20 kB of the gzip the page loaded before anything showed (docs/performance.md).
 */
const RankingsView = lazy(() => import('./rankings/RankingsView').then((m) => ({ default: m.RankingsView })));
const TrajectoriesView = lazy(() =>
  import('./trajectories/TrajectoriesView').then((m) => ({ default: m.TrajectoriesView })),
);
const MatrixView = lazy(() => import('./gaps/MatrixView').then((m) => ({ default: m.MatrixView })));
const CoverageView = lazy(() => import('./gaps/CoverageView').then((m) => ({ default: m.CoverageView })));
const ScorecardView = lazy(() => import('./gaps/ScorecardView').then((m) => ({ default: m.ScorecardView })));
const ComparePanel = lazy(() => import('./gaps/ComparePanel').then((m) => ({ default: m.ComparePanel })));

/**
 * A lazily loaded view, with a quiet note while its code arrives and a plain one if it never does. Each view
 * passes its own `key`, so a tab that failed does not keep the next tab's boundary in its failed state.
 */
function Later({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary>
      <Suspense fallback={<p className="empty-note">Loading the view…</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}

export interface MainView {
  /** The tab's label. */
  title: string;
  render: (scene: GraphSceneData) => ReactNode;
}

/** Views of the main area, in tab order; add an entry to add a view (ViewState.view selects it). */
export const MAIN_VIEWS: Partial<Record<ViewMode, MainView>> = {
  graph: { title: 'Network', render: (scene) => <GraphView scene={scene} /> },
  // The country graph draws on the same canvas (ExplorerGraph switches on ViewState.view).
  country: { title: 'Countries', render: (scene) => <GraphView scene={scene} /> },
  // The canvas's table twin: every actor with its metrics, sortable, for screen readers and spreadsheets.
  rankings: {
    title: 'Rankings',
    render: () => (
      <Later key="rankings">
        <RankingsView />
      </Later>
    ),
  },
  // The top 10's rank over the years (a bump chart); it reads the store and the trajectories job itself.
  trajectories: {
    title: 'Trajectories',
    render: () => (
      <Later key="trajectories">
        <TrajectoriesView />
      </Later>
    ),
  },
  // The gap views read the store themselves.
  matrix: {
    title: 'Gaps',
    render: () => (
      <Later key="matrix">
        <MatrixView />
      </Later>
    ),
  },
  coverage: {
    title: 'Coverage',
    render: () => (
      <Later key="coverage">
        <CoverageView />
      </Later>
    ),
  },
  scorecard: {
    title: 'Scorecard',
    render: () => (
      <Later key="scorecard">
        <ScorecardView />
      </Later>
    ),
  },
  compare: {
    title: 'Compare years',
    render: () => (
      <Later key="compare">
        <ComparePanel />
      </Later>
    ),
  },
};

export interface SidePanel {
  id: string;
  /** Shows this panel when true; the first matching panel in the list wins. */
  when: (state: AtlasState) => boolean;
  /** The panel reads what it needs from the store itself. */
  render: () => ReactNode;
}

export const SIDE_PANELS: SidePanel[] = [
  { id: 'warnings', when: (s) => s.view.panel === 'warnings', render: () => <WarningsList /> },
  { id: 'agreement', when: (s) => s.view.agreement !== null && s.dataset !== null, render: () => <ExplorerDetails /> },
  { id: 'country', when: (s) => s.view.country !== null && s.dataset !== null, render: () => <ExplorerDetails /> },
  {
    id: 'actor',
    when: (s) => s.view.selected !== null && s.dataset !== null,
    render: () => (
      <>
        <SelectedActorPanel />
        <RecommendationsPanel />
      </>
    ),
  },
];
