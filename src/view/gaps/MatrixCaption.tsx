// The gap matrix's caption: folded to one line with a More button in a small frame (small-frame.css), whole elsewhere.
import { useRef, useState } from 'react';
import { useClipped } from '../use-clipped';

/**
 * In a 480×320 story step the caption took four lines and left two matrix rows above the caption bar: a small frame
 * clamps it to one line (CSS), and More shows the rest. The clamped text stays in the accessibility tree, and the
 * table is named by the text alone (`id`, for the table's aria-labelledby), not by the button's word.
 */
export function MatrixCaption({ id, text }: { id: string; text: string }) {
  const span = useRef<HTMLSpanElement>(null);
  const [expanded, setExpanded] = useState(false);
  const clipped = useClipped(span, expanded, text);
  return (
    <caption>
      <span className="caption-fold">
        <span id={id} ref={span} className={expanded ? 'caption-text expanded' : 'caption-text'}>
          {text}
        </span>
        {(clipped || expanded) && (
          <button
            type="button"
            className="caption-more"
            aria-expanded={expanded}
            aria-controls={id}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Less' : 'More'}
            {/* Apart from the story's own More button on the same page: "More caption text". */}
            <span className="visually-hidden"> caption text</span>
          </button>
        )}
      </span>
    </caption>
  );
}
