// The stage without the workbench: embed mode (`embed=1`, with a way out to the full view) and story presenting.
import { useEffect, useRef } from 'react';
import { useAtlas } from '../../state/store';
import { ErrorPanel } from '../ErrorPanel';
import { useGraphScene } from '../graph-scene';
import { GraphLegend } from '../Legend';
import { MAIN_VIEWS } from '../workbench';
import { viewUrl } from './share-links';
import { EmbedSheet } from './EmbedSheet';
import { StoryPlayer } from './StoryPlayer';

/** Below this width the legend starts folded, so the network keeps the frame. */
const FOLD_LEGEND_BELOW = 640;
/** A frame this short or shorter (present.css's small frame) folds it too, unless the legend has its own column. */
const SHORT_FRAME_MAX = 560;
/** From this width the open legend is a column beside the network (present.css), not a box over it. */
const LEGEND_COLUMN_FROM = 900;

/** Whether the open legend would cover much of the network in this frame. */
const legendWouldCover = (): boolean =>
  window.innerWidth < FOLD_LEGEND_BELOW ||
  (window.innerHeight <= SHORT_FRAME_MAX && window.innerWidth < LEGEND_COLUMN_FROM);

/** `presenting`: a story played in the full app, with large captions and no way out but ending the story. */
export function EmbedFrame({ presenting = false }: { presenting?: boolean }) {
  const scene = useGraphScene();
  const view = useAtlas((s) => s.view);
  const title = useAtlas((s) => s.dataset?.title ?? 'Alliance Atlas');
  const loading = useAtlas((s) => s.loading);
  const stage = useRef<HTMLDivElement>(null);
  const main = MAIN_VIEWS[view.view] ?? MAIN_VIEWS.graph;
  const hasScene = scene !== null;
  const withLegend = view.view === 'graph' || view.view === 'country';

  useEffect(() => {
    if (!hasScene || !legendWouldCover()) return;
    stage.current?.querySelector('details.legend')?.removeAttribute('open');
  }, [hasScene, view.view]);

  return (
    <div className={presenting ? 'embed presenting' : 'embed'}>
      <header className="embed-head">
        {/* One line in a small frame: the whole title on hover. */}
        <h1 className="embed-title" title={title}>
          {title}
        </h1>
        {!presenting && (
          <a className="embed-open" href={viewUrl(window.location.href, view, false)} target="_blank" rel="noopener">
            Open full view <span aria-hidden="true">↗</span>
          </a>
        )}
      </header>
      <main className="embed-main" ref={stage} aria-label={title}>
        <ErrorPanel />
        {scene && main ? (
          <>
            <div className={withLegend ? 'embed-stage with-legend' : 'embed-stage'}>
              {main.render(scene)}
              {/* The workbench shows the legend in its side panel; the embed has none: beside or over the canvas. */}
              {withLegend && <GraphLegend />}
            </div>
            {/* The workbench's details column does not fit a frame: a tap opens them as a sheet below. */}
            {!presenting && <EmbedSheet />}
          </>
        ) : (
          <p className="empty-note">{loading ? `Loading ${loading}…` : 'No dataset loaded.'}</p>
        )}
      </main>
      {view.story !== null && <StoryPlayer compact={!presenting} />}
    </div>
  );
}
