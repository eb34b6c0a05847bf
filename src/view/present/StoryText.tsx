// A story step's text: clamped to a few lines in a small frame (present.css), with a More/Less button for the rest.
import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * The clamp itself is CSS (a media query knows the frame's size); this only asks whether it cut anything, so the
 * button shows exactly when there is more to read. Clamped text stays in the accessibility tree either way.
 */
export function StoryText({ text }: { text: string }) {
  const id = useId();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [clipped, setClipped] = useState(false);

  useLayoutEffect(() => {
    const element = paragraph.current;
    if (element === null || expanded) return;
    // A pixel of slack: line heights round differently from the scroll height.
    const measure = (): void => setClipped(element.scrollHeight > element.clientHeight + 1);
    measure();
    // The frame's size decides the clamp and the line breaks: a resize can cut the text or show all of it.
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [expanded, text]);

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
