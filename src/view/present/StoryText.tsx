// A story step's text: clamped to a few lines in a small frame (present.css), with a More/Less button for the rest.
import { useId, useRef, useState } from 'react';
import { useClipped } from '../use-clipped';

/**
 * The clamp itself is CSS (a media query knows the frame's size); useClipped only asks whether it cut anything, so
 * the button shows exactly when there is more to read. Clamped text stays in the accessibility tree either way.
 */
export function StoryText({ text }: { text: string }) {
  const id = useId();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const clipped = useClipped(paragraph, expanded, text);

  return (
    <div className="story-text-box">
      <p id={id} ref={paragraph} className={expanded ? 'story-text expanded' : 'story-text'}>
        {text}
      </p>
      {(clipped || expanded) && (
        <button
          type="button"
          className="story-more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Less' : 'More'}
        </button>
      )}
    </div>
  );
}
