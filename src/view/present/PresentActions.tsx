// The header's presenting buttons: share (link and embed code), story (steps and playing), export (files and pictures).
import { lazy, Suspense, useState } from 'react';
import { useAtlas } from '../../state/store';
import { ExportMenu } from './ExportMenu';
import { StoryEditor } from './StoryEditor';

/** Loaded when Share is first pressed: its three ways for local files are not needed for the first paint. */
const ShareDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })));

export function PresentActions() {
  const [open, setOpen] = useState<'share' | 'story' | null>(null);
  const loaded = useAtlas((s) => s.dataset !== null);
  return (
    <div className="present-actions">
      <button type="button" disabled={!loaded} aria-haspopup="dialog" onClick={() => setOpen('share')}>
        Share
      </button>
      <button type="button" disabled={!loaded} aria-haspopup="dialog" onClick={() => setOpen('story')}>
        Story
      </button>
      <ExportMenu />
      {open === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === 'story' && <StoryEditor onClose={() => setOpen(null)} />}
    </div>
  );
}
