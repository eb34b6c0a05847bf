// React access to the story: the playing story's steps and the edited steps, re-read when either store changes.
import { useAtlas } from '../../state/store';
import { currentSteps, stepsOfStory, useStory, type StoryStep } from '../../state/story';

/** The steps of the story being edited (the dataset's views until something is captured or moved). */
export function useEditedSteps(): StoryStep[] {
  // Subscribed so the component re-renders; the values are read through currentSteps().
  useStory((s) => s.steps);
  useAtlas((s) => s.datasetVersion);
  return currentSteps();
}

/** The steps of the story named in the view (`story=`), or [] when none is playing. */
export function usePlayingSteps(): StoryStep[] {
  const story = useAtlas((s) => s.view.story);
  useStory((s) => s.steps);
  useAtlas((s) => s.dataset);
  return stepsOfStory(story);
}
