// The app's root: the workbench or, with `embed=1`, the embed frame; plus what presenting adds to both (camera, story).
import { useEffect } from 'react';
import { guardWheelZoom } from '../../render/camera';
import { useAtlas } from '../../state/store';
import { App } from '../App';
import { useCameraSync } from './camera-sync';
import { EmbedFrame } from './EmbedFrame';
import { useLiveRenderers } from './live-renderers';
import { StoryPlayer } from './StoryPlayer';
import './present.css';

/** In an embedded page the wheel scrolls the host page until the reader clicks into the canvas. */
function useEmbedWheelGuard(embed: boolean): void {
  const renderers = useLiveRenderers();
  useEffect(() => {
    if (!embed) return;
    const undo = renderers.map((renderer) => guardWheelZoom(renderer.cy));
    return () => undo.forEach((stop) => stop());
  }, [embed, renderers]);
}

export function PresentRoot() {
  const embed = useAtlas((s) => s.view.embed);
  useCameraSync();
  useEmbedWheelGuard(embed);
  if (embed) return <EmbedFrame />;
  return (
    <>
      <App />
      <StoryPlayer />
    </>
  );
}
