// Story state: capturing the current view, reordering, exporting the steps as a dataset's views, and playing them.
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanState, parseQuery, stateContextFrom } from '../../../src/embed/codec';
import { applyLinkState, loadDatasetFromText, selectActor, setColor, setFilters } from '../../../src/state/actions';
import { setCamera } from '../../../src/state/camera';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import {
  captureStep,
  currentSteps,
  editedStoryId,
  moveStep,
  needsShowing,
  removeStep,
  resetStory,
  showStep,
  stepBy,
  stepId,
  stepsOfStory,
  stopStory,
  updateStep,
  withStoryViews,
} from '../../../src/state/story';
import { parseDatasetText } from '../../../src/model/validate';
import type { Dataset } from '../../../src/model/types';

const dataset: Dataset = {
  format: 'alliance-graph@1',
  title: 'Story test',
  actors: [
    { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
    { id: 'b', label: 'B', kind: 'agency', country: 'SE' },
    { id: 'constructor', label: 'C', kind: 'cluster', country: 'EE' },
  ],
  agreements: [
    { id: 'ab', kind: 'bilateral', parties: ['a', 'b'], since: 2010 },
    { id: 'bc', kind: 'bilateral', parties: ['b', 'constructor'], since: 2015 },
  ],
  views: [
    { id: 'first', title: 'First', caption: 'All of it', state: 'color=kind' },
    { id: 'second', title: 'Second', state: 'year=2015&select=constructor' },
  ],
};

const view = () => useAtlas.getState().view;

beforeEach(() => {
  resetAtlas();
  resetStory();
  expect(loadDatasetFromText(JSON.stringify(dataset), 'story.json').ok).toBe(true);
});

describe('the edited story', () => {
  it('starts as the dataset views', () => {
    expect(currentSteps().map((step) => [step.id, step.title, step.caption])).toEqual([
      ['first', 'First', 'All of it'],
      ['second', 'Second', ''],
    ]);
    expect(editedStoryId()).toBe('views');
  });

  it('captures the current view as a link without the story, embed and dataset parts', () => {
    applyLinkState(parseQuery('data=x.json&embed=1&story=views&step=2'));
    setFilters({ countries: ['FI'] });
    selectActor('a');
    setCamera({ x: 1, y: 2, zoom: 1.5 });
    const step = captureStep({ title: '  Finland up close ', caption: 'Only FI' });
    expect(step).toEqual({
      id: 'finland-up-close',
      title: 'Finland up close',
      caption: 'Only FI',
      state: 'country=FI&select=a&cam=1,2,1.5',
    });
    expect(currentSteps().map((s) => s.id)).toEqual(['first', 'second', 'finland-up-close']);
    expect(editedStoryId()).toBe('custom');
    // The captured link reopens the same view.
    const reopened = cleanState(parseQuery(step.state), stateContextFrom(dataset));
    expect(reopened).toMatchObject({
      selected: 'a',
      filters: { countries: ['FI'] },
      camera: { x: 1, y: 2, zoom: 1.5 },
    });
  });

  it('names untitled steps "View N" and keeps ids unique, never a reserved story id', () => {
    expect(captureStep().title).toBe('View 3');
    expect(captureStep({ title: 'First' }).id).toBe('first-2');
    expect(stepId('Views', new Set())).toBe('views-2');
    expect(stepId('custom', new Set())).toBe('custom-2');
    expect(stepId('<script>', new Set())).toBe('script');
    expect(stepId('!!!', new Set(['view']))).toBe('view-2');
  });

  it('reorders with move up and down, and ignores moves past either end', () => {
    setColor('community');
    captureStep({ title: 'Third' });
    moveStep(2, -1);
    expect(currentSteps().map((s) => s.id)).toEqual(['first', 'third', 'second']);
    moveStep(0, -1);
    moveStep(2, 1);
    expect(currentSteps().map((s) => s.id)).toEqual(['first', 'third', 'second']);
    moveStep(0, 1);
    expect(currentSteps().map((s) => s.id)).toEqual(['third', 'first', 'second']);
    removeStep(1);
    updateStep(0, { caption: 'Communities' });
    expect(currentSteps().map((s) => [s.id, s.caption])).toEqual([
      ['third', 'Communities'],
      ['second', ''],
    ]);
  });

  it('exports into the dataset as views that validate and replay', () => {
    setColor('community');
    captureStep({ title: 'Communities', caption: 'Louvain' });
    moveStep(2, -2);
    const exported = withStoryViews(dataset, currentSteps());
    expect(exported.views).toEqual([
      { id: 'communities', title: 'Communities', caption: 'Louvain', state: 'color=community' },
      { id: 'first', title: 'First', caption: 'All of it', state: 'color=kind' },
      { id: 'second', title: 'Second', state: 'year=2015&select=constructor' },
    ]);
    const reread = parseDatasetText(JSON.stringify(exported));
    expect(reread.ok).toBe(true);
    expect(withStoryViews(dataset, [])).not.toHaveProperty('views');
  });

  it('forgets edits when another dataset loads', () => {
    captureStep({ title: 'Extra' });
    expect(loadDatasetFromText(JSON.stringify({ ...dataset, views: [] }), 'other.json').ok).toBe(true);
    expect(currentSteps()).toEqual([]);
  });
});

describe('playing a story', () => {
  it('story=views survives cleaning; other ids must be saved views', () => {
    const context = stateContextFrom(dataset);
    expect(cleanState(parseQuery('story=views&step=2'), context)).toMatchObject({ story: 'views', step: 2 });
    expect(cleanState(parseQuery('story=second'), context)).toMatchObject({ story: 'second' });
    expect(cleanState(parseQuery('story=nope&step=2'), context)).toMatchObject({ story: null, step: 1 });
  });

  it('names the steps: views in file order, one saved view alone, the edited story', () => {
    captureStep({ title: 'Mine' });
    expect(stepsOfStory('views').map((s) => s.id)).toEqual(['first', 'second']);
    expect(stepsOfStory('second').map((s) => s.id)).toEqual(['second']);
    expect(stepsOfStory('custom').map((s) => s.id)).toEqual(['first', 'second', 'mine']);
    expect(stepsOfStory(null)).toEqual([]);
  });

  it('shows a step by applying its view, and steps forward and back within the story', () => {
    applyLinkState({ embed: true });
    expect(showStep('views', 1)).toBe(true);
    expect(view()).toMatchObject({ story: 'views', step: 1, color: 'kind', selected: null, embed: true });
    stepBy(1);
    expect(view()).toMatchObject({ story: 'views', step: 2, color: 'country', selected: 'constructor' });
    expect(view().filters.year).toBe(2015);
    stepBy(1);
    expect(view().step).toBe(2);
    stepBy(-1);
    stepBy(-1);
    expect(view()).toMatchObject({ step: 1, color: 'kind', filters: { year: null } });
    stopStory();
    expect(view()).toMatchObject({ story: null, step: 1, color: 'kind' });
  });

  it('a link to a step is shown once: needsShowing until the step has been applied', () => {
    applyLinkState(parseQuery('story=views&step=2'));
    expect(needsShowing(view())).toBe(true);
    showStep(view().story as string, view().step);
    expect(needsShowing(view())).toBe(false);
    expect(view().selected).toBe('constructor');
    expect(showStep('views', 99)).toBe(true);
    expect(view().step).toBe(2);
    expect(showStep('nothing', 1)).toBe(false);
  });
});
