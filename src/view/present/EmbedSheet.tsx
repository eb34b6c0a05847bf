// The embed's details: a tap on an actor, country or agreement opens a compact sheet under (or, in a short wide frame, beside) the canvas, with a fold button.
import { useState } from 'react';
import { useAtlas } from '../../state/store';
import { SIDE_PANELS } from '../workbench';

/** The side panels an embed shows as a sheet: what a tap selects (the warnings stay in the full view). */
const SHEET_PANELS = new Set(['actor', 'country', 'agreement']);
const BODY_ID = 'embed-sheet-body';

export function EmbedSheet() {
  const panel = useAtlas(
    (s) => SIDE_PANELS.find((candidate) => SHEET_PANELS.has(candidate.id) && candidate.when(s))?.id ?? null,
  );
  // What the sheet shows: folding is remembered for it alone, so the next tap opens its details unfolded.
  const subject = useAtlas((s) => [s.view.selected, s.view.country, s.view.agreement].join('\u0000'));
  const [foldedSubject, setFoldedSubject] = useState<string | null>(null);
  const entry = SIDE_PANELS.find((candidate) => candidate.id === panel);
  if (!entry) return null;
  const folded = foldedSubject === subject;
  return (
    <section className={folded ? 'embed-sheet folded' : 'embed-sheet'} aria-label="Details">
      {/* First, floated top right beside the panel's heading and its close button; folding leaves that heading (beside the canvas, this button alone). */}
      <button
        type="button"
        className="sheet-fold"
        aria-expanded={!folded}
        aria-controls={BODY_ID}
        onClick={() => setFoldedSubject(folded ? null : subject)}
      >
        {/* Which way it folds: down under the canvas, right beside it (small-frame.css shows the one that applies). */}
        <span className="fold-under" aria-hidden="true">
          {folded ? '▴' : '▾'}
        </span>
        <span className="fold-beside" aria-hidden="true">
          {folded ? '◂' : '▸'}
        </span>
        <span className="visually-hidden">{folded ? 'Show details' : 'Fold details'}</span>
      </button>
      <div className="embed-sheet-body" id={BODY_ID}>
        {entry.render()}
      </div>
    </section>
  );
}
