// The header's presenting buttons: share (link and embed code), story (steps and playing), export (files and pictures).
import { useState } from 'react';
import { useAtlas } from '../../state/store';
import { ExportMenu } from './ExportMenu';
import { ShareDialog } from './ShareDialog';
import { StoryEditor } from './StoryEditor';

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
      {open === 'share' && <ShareDialog onClose={() => setOpen(null)} />}
      {open === 'story' && <StoryEditor onClose={() => setOpen(null)} />}
    </div>
  );
}
