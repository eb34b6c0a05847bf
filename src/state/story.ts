// Story mode: the steps of a talk (the dataset's saved views plus views captured in the app), and moving between them.
import { parseQuery, serializeState } from '../embed/codec';
import type { ViewState } from '../embed/view-state';
import type { Dataset, View } from '../model/types';
import { create } from 'zustand';
import { applyLinkState, patchView } from './actions';
import { useAtlas } from './store';

export interface StoryStep {
  /** Becomes the view's `id` when the dataset is exported. */
  id: string;
  title: string;
  caption: string;
  /** A link query without `?` (docs/links.md), as in a dataset's `views[].state`. */
  state: string;
}

/** Story ids a link may carry besides a view id (docs/presenting.md). */
export const VIEWS_STORY = 'views';
export const CUSTOM_STORY = 'custom';

/**
 * The story being edited. Kept beside the app store rather than in it: it is not part of the view a link
 * carries, only its steps are (as views) once the dataset is exported.
 */
export interface StoryState {
  /** Steps as edited; meaningful only while `datasetVersion` matches the loaded dataset. */
  steps: StoryStep[];
  /** True once the user captured, moved, removed or edited a step. */
  edited: boolean;
  datasetVersion: number;
  /** `datasetVersion|story|step` of the step last shown, so the player shows each step once. */
  shown: string | null;
}

export const useStory = create<StoryState>()(() => ({ steps: [], edited: false, datasetVersion: -1, shown: null }));

export const resetStory = (): void =>
  useStory.setState({ steps: [], edited: false, datasetVersion: -1, shown: null }, true);

export const stepsFromViews = (views: readonly View[] | undefined): StoryStep[] =>
  (views ?? []).map((view) => ({ id: view.id, title: view.title, caption: view.caption ?? '', state: view.state }));

/** The steps of the loaded dataset's story: the edited ones, or the dataset's views when nothing was edited yet. */
export function currentSteps(): StoryStep[] {
  const { dataset, datasetVersion } = useAtlas.getState();
  const story = useStory.getState();
  if (story.datasetVersion === datasetVersion) return story.steps;
  return stepsFromViews(dataset?.views);
}

function editSteps(change: (steps: StoryStep[]) => StoryStep[]): void {
  const steps = change([...currentSteps()]);
  useStory.setState({ steps, edited: true, datasetVersion: useAtlas.getState().datasetVersion });
}

/**
 * What a captured step stores: the view as a link, without the parts that are not the view itself (which
 * story is playing, embed mode, and the dataset address, since a saved view lives inside its dataset).
 */
export const capturedState = (view: ViewState): string =>
  serializeState({ ...view, story: null, step: 1, embed: false, data: null });

/** A view id from a title: lower-case words joined by `-`, made unique among `taken`. */
export function stepId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'view';
  let id = base;
  for (let n = 2; taken.has(id) || id === VIEWS_STORY || id === CUSTOM_STORY; n++) id = `${base}-${n}`;
  return id;
}

/** Adds the current view as the last step; returns it. An empty title becomes "View N". */
export function captureStep(input: { title?: string; caption?: string } = {}): StoryStep {
  const steps = currentSteps();
  const title = input.title?.trim() || `View ${steps.length + 1}`;
  const step: StoryStep = {
    id: stepId(title, new Set(steps.map((s) => s.id))),
    title,
    caption: input.caption?.trim() ?? '',
    state: capturedState(useAtlas.getState().view),
  };
  editSteps((list) => [...list, step]);
  return step;
}

/** Moves step `index` by `delta` places (−1 up, +1 down); out-of-range moves do nothing. */
export function moveStep(index: number, delta: number): void {
  const target = index + delta;
  const steps = currentSteps();
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return;
  editSteps((list) => {
    const [moved] = list.splice(index, 1);
    if (moved) list.splice(target, 0, moved);
    return list;
  });
}

export const removeStep = (index: number): void => editSteps((list) => list.filter((_, i) => i !== index));

export function updateStep(index: number, patch: Partial<Pick<StoryStep, 'title' | 'caption'>>): void {
  editSteps((list) => list.map((step, i) => (i === index ? { ...step, ...patch } : step)));
}

/** The steps as a dataset's `views` (format.md): a step whose title is blank is called "View N". */
export const storyAsViews = (steps: readonly StoryStep[]): View[] =>
  steps.map((step, i) => ({
    id: step.id,
    title: step.title.trim() || `View ${i + 1}`,
    state: step.state,
    ...(step.caption.trim() !== '' ? { caption: step.caption } : {}),
  }));

/** The dataset with the story's steps as its `views` (none: the key is left out). */
export function withStoryViews(dataset: Dataset, steps: readonly StoryStep[]): Dataset {
  const { views: _old, ...rest } = dataset;
  return steps.length > 0 ? { ...rest, views: storyAsViews(steps) } : rest;
}

/**
 * The steps a story id names: `views` the dataset's saved views in file order, `custom` the story as edited
 * here (the same as `views` until something is edited), any other id that one saved view alone.
 */
export function stepsOfStory(story: string | null): StoryStep[] {
  if (story === null) return [];
  const dataset = useAtlas.getState().dataset;
  if (story === VIEWS_STORY) return stepsFromViews(dataset?.views);
  if (story === CUSTOM_STORY) return currentSteps();
  return stepsFromViews(dataset?.views?.filter((view) => view.id === story));
}

const shownKey = (story: string, step: number): string => `${useAtlas.getState().datasetVersion}|${story}|${step}`;

/**
 * Shows step `step` (1-based, clamped to the story) of `story`: its view replaces the current one, keeping
 * the dataset and embed mode. Returns false when the story has no steps.
 */
export function showStep(story: string, step: number): boolean {
  const steps = stepsOfStory(story);
  if (steps.length === 0) return false;
  const n = Math.min(Math.max(1, Math.round(step)), steps.length);
  const target = steps[n - 1] as StoryStep;
  const { embed } = useAtlas.getState().view;
  applyLinkState({ ...parseQuery(target.state), story, step: n, embed }, true);
  useStory.setState({ shown: shownKey(story, n) });
  return true;
}

/** True when the view's story step has not been shown yet (a link, back/forward): the player then shows it. */
export function needsShowing(view: Pick<ViewState, 'story' | 'step'>): boolean {
  return view.story !== null && useStory.getState().shown !== shownKey(view.story, view.step);
}

/** The story to play from the editor: `custom` once edited, else the dataset's own `views`. */
export const editedStoryId = (): string => (useStory.getState().edited ? CUSTOM_STORY : VIEWS_STORY);

/** Moves by `delta` steps within the playing story; at either end nothing happens. */
export function stepBy(delta: number): void {
  const { story, step } = useAtlas.getState().view;
  if (story === null) return;
  const total = stepsOfStory(story).length;
  const next = step + delta;
  if (next < 1 || next > total) return;
  showStep(story, next);
}

/** Leaves story mode; the current view stays. */
export function stopStory(): void {
  patchView({ story: null, step: 1 });
  useStory.setState({ shown: null });
}
