// The embed's details: a tap on an actor, country or agreement opens a compact sheet under the canvas (each panel has its close button).
import { useAtlas } from '../../state/store';
import { SIDE_PANELS } from '../workbench';

/** The side panels an embed shows as a sheet: what a tap selects (the warnings stay in the full view). */
const SHEET_PANELS = new Set(['actor', 'country', 'agreement']);

export function EmbedSheet() {
  const panel = useAtlas(
    (s) => SIDE_PANELS.find((candidate) => SHEET_PANELS.has(candidate.id) && candidate.when(s))?.id ?? null,
  );
  const entry = SIDE_PANELS.find((candidate) => candidate.id === panel);
  if (!entry) return null;
  return (
    <section className="embed-sheet" aria-label="Details">
      {entry.render()}
    </section>
  );
}
