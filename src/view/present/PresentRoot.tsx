// The app's root: the workbench, or the stage alone (embed mode, a story being presented); the camera kept in the link.
import { useEffect } from 'react';
import { useAtlas } from '../../state/store';
import { App } from '../App';
import { useCameraSync } from './camera-sync';
import { EmbedFrame } from './EmbedFrame';
import { useLiveRenderers } from './live-renderers';
import './present.css';
// After present.css: its small-frame rules override the large caption's at equal specificity.
import './small-frame.css';

/** In an embedded page the wheel scrolls the host page until the reader clicks into the canvas. */
function useEmbedWheelGuard(embed: boolean): void {
  const renderers = useLiveRenderers();
  useEffect(() => {
    if (!embed) return;
    const undo = renderers.map((renderer) => renderer.guardWheelZoom());
    return () => undo.forEach((stop) => stop());
  }, [embed, renderers]);
}

export function PresentRoot() {
  const embed = useAtlas((s) => s.view.embed);
  const presenting = useAtlas((s) => s.view.story !== null && s.dataset !== null);
  useCameraSync();
  useEmbedWheelGuard(embed);
  // A story takes the whole window (the stage and its captions), like an embed without the way out.
  if (embed || presenting) return <EmbedFrame presenting={!embed} />;
  return <App />;
}
