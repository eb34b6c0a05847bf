// Hosts the cytoscape canvas: creates the renderer once, feeds it elements and the selection, exposes a test hook.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GraphRenderer } from '../render/adapter';
import { ZOOM_STEP } from '../render/camera';
import { EDGE_BUDGET, levelOfDetail, lodNote, tiesAlsoDrawn, type AlwaysDrawn } from '../render/lod';
import type { EdgeData, GraphElements } from '../render/elements';
import { gpuInfo, shouldUseWebgl } from '../render/webgl-detect';
import { selectActor } from '../state/actions';
import { isArrowKey, partnerInDirection, partnersOf, startingActor } from './canvas-keys';
import { installPerfHook, markDrawn } from './perf-hook';
import { installTestHook } from './test-hook';
import { publishRenderer } from './present/live-renderers';
import { nextTask } from '../threads/idle';
import { afterFrame } from '../render/sliced-build';
import { groupedInteger } from '../model/number-text';
import { OVER_CANVAS_ATTRIBUTE } from '../render/over-canvas';
import { isNarrowFrame } from './narrow-frame';

/**
 * The renderer's module (cytoscape and the adapter), fetched once on first use rather than with the page:
 * cytoscape alone is ~136 kB of gzip, 40 % of what the page loaded up front (docs/performance.md).
 */
let rendererModule: Promise<typeof import('../render/adapter')> | null = null;
export function loadRendererModule(): Promise<typeof import('../render/adapter')> {
  rendererModule ??= import('../render/adapter').catch((error: unknown) => {
    // Forgotten, so the next canvas (a reload of the view) asks again instead of reusing the failure.
    rendererModule = null;
    throw error;
  });
  return rendererModule;
}

interface Props {
  elements: GraphElements;
  /** The loaded dataset's version: a new one resets positions and runs the layout afresh. */
  epoch: number;
  selected: string | null;
  /** Besides the selected actor's, the ties drawn whatever the level of detail (a focus's root, a path's steps). */
  alwaysDrawn?: AlwaysDrawn;
  /** Receives the renderer once it exists, so other views (explorer layouts) can drive the same instance. */
  onRenderer?: (renderer: GraphRenderer | null) => void;
}

export function GraphCanvas({ elements, epoch, selected, alwaysDrawn, onRenderer }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  /** The renderer once its module has arrived, so the drawing effects run again when it exists. */
  const [ready, setReady] = useState<GraphRenderer | null>(null);
  /** Set when the drawing code could not be fetched (a hosted copy gone offline): said over the canvas. */
  const [loadFailed, setLoadFailed] = useState(false);
  /** Whether onRenderer has been told: only once cytoscape holds the nodes, so the explorer's effects find them. */
  const announced = useRef(false);
  /** The dataset epoch cytoscape last drew; a new one gets the preview first. */
  const drawnEpoch = useRef<number | null>(null);
  // Level of detail: over ~10k ties only the strongest are drawn until the reader asks for all (a new dataset resets it).
  const [showAll, setShowAll] = useState<{ epoch: number; all: boolean }>({ epoch, all: false });
  const all = showAll.epoch === epoch && showAll.all;
  const lod = useMemo(() => levelOfDetail(elements, { showAll: all }), [elements, all]);
  // The ties the budget left out that the reader picked: all of the selected actor's, a focus's and a path's.
  const also = useMemo(
    () =>
      tiesAlsoDrawn(lod, elements, {
        actors: new Set([...(selected === null ? [] : [selected]), ...(alwaysDrawn?.actors ?? [])]),
        pairs: alwaysDrawn?.pairs ?? [],
      }),
    [lod, elements, selected, alwaysDrawn],
  );
  const note = lodNote(lod, { short: isNarrowFrame(), also: also.length });
  const alsoTies = useMemo(() => also.map((edge) => edge.data), [also]);
  // Read by the scene's effect, which must not run again for a new selection (it would sync 5,000 nodes): kept
  // current by an effect declared before it, so it runs first in every commit.
  const alsoDrawn = useRef<EdgeData[]>([]);
  useEffect(() => {
    alsoDrawn.current = alsoTies;
  });
  /** Ties drawn when the canvas is made, for the WebGL choice (read once, in the effect that makes it). */
  const firstEdges = useRef(lod.elements.edges.length);

  useEffect(() => {
    if (host.current === null) return;
    let placed = 0;
    installPerfHook();
    let cancelled = false;
    let teardown = (): void => undefined;
    // Made in a task after the mount's: the module is there already (main.tsx loads it at the start), and making
    // cytoscape (60-70 ms at 5,000 actors) in the mount's task joined it to the render of the whole workbench.
    void loadRendererModule()
      .then(({ createGraphRenderer }) => nextTask().then(() => createGraphRenderer))
      .then(
        (createGraphRenderer) => {
          const container = host.current;
          if (cancelled || container === null) return;
          const created = createGraphRenderer({
            container,
            // WebGL only for a network large enough to gain from it, on a hardware GPU (render/webgl-detect.ts; the GPU is
            // asked only for a large one); the canvas is made once, for the network it first shows.
            webgl: shouldUseWebgl(gpuInfo, firstEdges.current),
            onSelect: selectActor,
            onPlaced: () => {
              placed++;
            },
          });
          renderer.current = created;
          announced.current = false;
          drawnEpoch.current = null;
          // Presenting (camera in the link, exports, the embed's wheel guard) reaches the canvas through this list.
          const unpublish = publishRenderer(created);
          const removeHook = installTestHook(() => ({ renderer: created, container: host.current, placed }));
          setReady(created);
          setLoadFailed(false);
          teardown = () => {
            unpublish();
            removeHook();
            onRenderer?.(null);
            renderer.current = null;
            created.destroy();
          };
        },
        () => {
          if (!cancelled) setLoadFailed(true);
        },
      );
    return () => {
      cancelled = true;
      setReady(null);
      teardown();
    };
  }, [onRenderer]);

  useEffect(() => {
    const current = ready;
    if (current === null) return;
    const counts = { nodes: lod.elements.nodes.length, edges: lod.elements.edges.length, totalEdges: lod.totalEdges };
    const drawn = (): void => {
      drawnEpoch.current = epoch;
      markDrawn({ ...counts, preview: false });
      if (!announced.current) {
        announced.current = true;
        onRenderer?.(current);
      }
    };
    // A new dataset of any size is first drawn as a picture on the plain canvas, and cytoscape builds its nodes after
    // that picture has painted: cytoscape needs 1.6–2.2 s for 5,000 nodes even with a one-rule stylesheet, and its
    // first frame of the 196-actor sample took 330–360 ms (styles, layer textures, labels; the picture a few ms). With
    // the picture the sample's first paint came ~0.4 s sooner (docs/performance.md).
    // With the scene, so its ties and the reader's picked ones come up in one frame.
    current.alsoDraw(alsoDrawn.current);
    if (drawnEpoch.current === epoch || !current.preview({ elements: lod.elements, epoch })) {
      current.update({ elements: lod.elements, epoch });
      drawn();
      return;
    }
    // The picture paints in the next frame; cytoscape's build starts only after it, a slice of nodes per task.
    markDrawn({ ...counts, preview: true });
    let stop: (() => void) | undefined;
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => (stop = current.build({ elements: lod.elements, epoch }, drawn))),
    );
    return () => {
      cancelAnimationFrame(frame);
      stop?.();
    };
  }, [lod, epoch, onRenderer, ready]);

  // Highlight after the next paint: restyling a selection redraws the whole canvas (seconds at 5,000 nodes on a slow
  // machine), and the side panel the click opened should not wait for it.
  useEffect(() => afterFrame(() => ready?.select(selected)), [selected, lod, ready]);
  // The picked ties likewise, on their own: a new focus or path must not select again (that brings the selected
  // actor back into view, away from the focus's or path's frame).
  useEffect(() => afterFrame(() => ready?.alsoDraw(alsoTies)), [alsoTies, ready]);

  const zoom = (factor: number | 'fit'): void => renderer.current?.zoomBy(factor);
  // Built on the first arrow key, once per edges array: a layout switch keeps the edges, and at 5,000 actors
  // the ~68,000 ties cost a long task on every new elements object.
  const partnerCache = useRef<{ edges: GraphElements['edges']; partners: Map<string, string[]> } | null>(null);
  const partnersNow = (): Map<string, string[]> => {
    if (partnerCache.current?.edges !== elements.edges) {
      partnerCache.current = { edges: elements.edges, partners: partnersOf(elements) };
    }
    return partnerCache.current.partners;
  };
  /** The actor the arrow keys are on, and what the live region says about it. */
  const cursor = useRef<string | null>(null);
  const [spoken, setSpoken] = useState('');
  const moveCursor = (id: string | null, words?: string): void => {
    const label = renderer.current?.setCursor(id) ?? null;
    cursor.current = label === null ? null : id;
    if (words !== undefined) setSpoken(words);
    else if (label !== null && id !== null) {
      const count = partnersNow().get(id)?.length ?? 0;
      setSpoken(
        `${label}: ${count} partner${count === 1 ? '' : 's'}. Arrow keys move to a partner, Enter opens details.`,
      );
    }
  };
  /** Arrow keys walk from actor to partner, Enter selects, Escape clears: the canvas without a pointer. */
  const walk = (event: KeyboardEvent): boolean => {
    const current = renderer.current;
    if (current === null) return false;
    if (event.key === 'Escape') {
      moveCursor(null, 'Selection cleared.');
      selectActor(null);
      return true;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (cursor.current === null) return false;
      // As a tap would: the country view opens the country, not an actor of that id.
      current.tapNode(cursor.current);
      return true;
    }
    if (!isArrowKey(event.key)) return false;
    const positions = current.renderedPositions();
    const from = cursor.current !== null && positions.has(cursor.current) ? cursor.current : null;
    if (from === null) {
      moveCursor(startingActor(lod.elements, selected, new Set(positions.keys())));
      return true;
    }
    const around = (partnersNow().get(from) ?? []).flatMap((id) => {
      const p = positions.get(id);
      return p ? [{ id, ...p }] : [];
    });
    const next = partnerInDirection(positions.get(from)!, around, event.key);
    if (next === null) setSpoken(`No partner in that direction; ${around.length} drawn in all.`);
    else moveCursor(next);
    return true;
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (walk(event)) {
      event.preventDefault();
      return;
    }
    const factor =
      event.key === '+' || event.key === '='
        ? ZOOM_STEP
        : event.key === '-'
          ? 1 / ZOOM_STEP
          : event.key === '0'
            ? 'fit'
            : null;
    if (factor === null) return;
    event.preventDefault();
    zoom(factor);
  };
  return (
    <>
      <div
        ref={host}
        className="graph-canvas"
        role="img"
        tabIndex={0}
        aria-keyshortcuts="+ - 0 ArrowUp ArrowDown ArrowLeft ArrowRight Enter Escape"
        onKeyDown={onKey}
        onBlur={() => moveCursor(null, '')}
        aria-label={`Network of ${elements.nodes.length} actors and ${elements.edges.length} ties. Click an actor for its details; arrow keys walk from actor to partner, Enter selects, Escape clears; + and - zoom, 0 fits.`}
      />
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <div className="camera-controls" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoom(ZOOM_STEP)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoom(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" aria-label="Fit to screen" title="Fit to screen (0)" onClick={() => zoom('fit')}>
          ⤢
        </button>
      </div>
      {loadFailed && (
        <p className="empty-note" role="alert">
          The drawing code could not be loaded, so the network cannot be shown. Check the connection, then reload the
          page.
        </p>
      )}
      {(note !== null || (all && lod.totalEdges > EDGE_BUDGET)) && (
        <p className="lod-note" role="status" {...{ [OVER_CANVAS_ATTRIBUTE]: '' }}>
          {note ?? `Showing all ${groupedInteger(lod.totalEdges)} ties.`}{' '}
          <button type="button" onClick={() => setShowAll({ epoch, all: !all })}>
            {all ? 'Draw fewer' : 'Show all ties'}
          </button>
        </p>
      )}
    </>
  );
}
