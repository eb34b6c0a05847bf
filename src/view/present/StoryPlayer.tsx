// Story mode on screen: the step's title and caption (large type, compact in a small frame), previous/next, and the step keys.
import { useEffect, useLayoutEffect } from 'react';
import { useAtlas } from '../../state/store';
import { needsShowing, showStep, stepBy, stopStory } from '../../state/story';
import { StoryText } from './StoryText';
import { usePlayingSteps } from './use-story';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** Keys typed into a field, or pressed on a control that uses them itself, are not story keys. */
function ownedByTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if (event.key === ' ' && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY'))
    return true;
  return target.closest('[role=menu], [aria-modal=true], [role=listbox]') !== null;
}

export function StoryPlayer({ compact = false }: { compact?: boolean }) {
  const story = useAtlas((s) => s.view.story);
  const step = useAtlas((s) => s.view.step);
  const loaded = useAtlas((s) => s.dataset !== null);
  const steps = usePlayingSteps();
  const total = steps.length;

  // A link or back/forward named a step that is not on screen yet: show it (once per step). The store's step, not this
  // render's: a step key pressed before this effect ran has shown the next step already, and this render's step would
  // take the story back to the one before.
  useEffect(() => {
    if (!loaded || story === null || total === 0) return;
    const now = useAtlas.getState().view;
    if (now.story !== null && needsShowing(now)) showStep(now.story, now.step);
  }, [loaded, story, step, total]);

  // Attached in the commit that first shows the story, before it is painted: a passive effect runs a task or more
  // later (after a busy load's tasks, or a transition's paint), and a key pressed as soon as the title shows was lost.
  useLayoutEffect(() => {
    if (story === null) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownedByTarget(event)) return;
      const back = PREVIOUS_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey);
      if (back) stepBy(-1);
      else if (NEXT_KEYS.has(event.key)) stepBy(1);
      else if (event.key === 'Escape' && !compact) stopStory();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [story, compact]);

  if (story === null || total === 0) return null;
  const n = Math.min(step, total);
  const current = steps[n - 1];
  if (current === undefined) return null;
  return (
    <section className={`story-player${compact ? ' compact' : ''}`} aria-label="Story">
      {/* First, so that a small frame floats them beside the count and title (present.css); a wide one puts them last. */}
      <div className="story-controls">
        <button type="button" onClick={() => stepBy(-1)} disabled={n <= 1} aria-label="Previous step">
          ←
        </button>
        <button type="button" onClick={() => stepBy(1)} disabled={n >= total} aria-label="Next step">
          →
        </button>
        {!compact && (
          <button type="button" onClick={stopStory}>
            End story
          </button>
        )}
      </div>
      <div className="story-caption" key={`${story}|${n}`} aria-live="polite">
        <p className="story-count">
          Step {n} of {total}
        </p>
        <h2 className="story-title">{current.title}</h2>
        {current.caption !== '' && <StoryText text={current.caption} />}
      </div>
    </section>
  );
}
