// The workbench's registries: which component fills the main area for each view, and which side panel shows.
import type { ReactNode } from 'react';
import type { ViewMode } from '../embed/view-state';
import type { AtlasState } from '../state/store';
import { SelectedActorPanel } from './ActorPanel';
import type { GraphSceneData } from './graph-scene';
import { GraphView } from './GraphView';
import { ExplorerDetails } from './explorer/ExplorerPanels';
import { WarningsList } from './WarningsList';
import { ComparePanel } from './gaps/ComparePanel';
import { CoverageView } from './gaps/CoverageView';
import { MatrixView } from './gaps/MatrixView';
import { RecommendationsPanel } from './gaps/RecommendationsPanel';
import { ScorecardView } from './gaps/ScorecardView';
import { RankingsView } from './rankings/RankingsView';
import { TrajectoriesView } from './trajectories/TrajectoriesView';

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
  rankings: { title: 'Rankings', render: () => <RankingsView /> },
  // The top 10's rank over the years (a bump chart); it reads the store and the trajectories job itself.
  trajectories: { title: 'Trajectories', render: () => <TrajectoriesView /> },
  // The gap views read the store themselves.
  matrix: { title: 'Gaps', render: () => <MatrixView /> },
  coverage: { title: 'Coverage', render: () => <CoverageView /> },
  scorecard: { title: 'Scorecard', render: () => <ScorecardView /> },
  compare: { title: 'Compare years', render: () => <ComparePanel /> },
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
