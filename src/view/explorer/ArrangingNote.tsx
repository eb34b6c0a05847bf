// Says over the canvas that the picture is a stand-in while a layout is still being computed (the map at scale, a force layout).
import { useEffect, useState } from 'react';
import { counted } from '../../model/number-text';
import { OVER_CANVAS_ATTRIBUTE } from '../../render/over-canvas';

/**
 * The note shows only once the wait has lasted this long: the sample's force layout and most maps are ready
 * sooner, and a note that flashes for a moment is read as an error. A 5,000-actor map takes over a second.
 */
export const ARRANGING_NOTE_AFTER_MS = 300;

/**
 * A live region over the middle of the canvas: `text` (e.g. "Placing 5,000 actors on the map…") while the layout the
 * controls show is being computed and another stands in for it, nothing otherwise. The region itself always exists,
 * so screen readers hear its text when it comes; empty, it covers no part of the canvas (labels keep off it).
 */
export function ArrangingNote({ text }: { text: string | null }) {
  /** The text whose wait has lasted ARRANGING_NOTE_AFTER_MS. */
  const [due, setDue] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    const timer = setTimeout(() => setDue(text), ARRANGING_NOTE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <p className="arranging-note" role="status" {...{ [OVER_CANVAS_ATTRIBUTE]: '' }}>
      {text !== null && due === text ? text : ''}
    </p>
  );
}

/**
 * What the note says: the map being computed (a link or a click to the map at scale, while the previous layout
 * stays up), or the force layout (the rings by partners stand in), else nothing.
 */
export function arrangingText({ map, force, actors }: { map: boolean; force: boolean; actors: number }): string | null {
  if (map) return `Placing ${counted(actors, 'actor', 'actors')} on the map…`;
  if (force) return 'Arranging the network…';
  return null;
}
