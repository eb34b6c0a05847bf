// The graph canvas with the explorer on top: stable layouts (force, grouped, rings, map), country view, focus and paths.
import { useEffect, useRef, useState } from 'react';
import { countryName } from '../../model/countries';
import { actorKey, actorGraphFrom, countryGraphFrom } from '../../model/graph';
import type { GraphRenderer } from '../../render/adapter';
import {
  applyHighlight,
  applyPositions,
  fitHighlight,
  loadMapModule,
  NO_HIGHLIGHT,
  updateLabels,
} from '../../render/layouts/index';
import type { Highlight, LayoutResult, Positions } from '../../render/layouts/index';
import { metricValuesOf } from '../../state/derived';
import { memoLast } from '../../state/memo';
import { useAtlas } from '../../state/store';
import { selectCountry } from '../../state/actions';
import { GraphCanvas } from '../GraphCanvas';
import type { GraphSceneData } from '../graph-scene';
import { countryViewElements } from './country-view';
import { concentricOf, forceOf, groupedOf, mapActorsOf, withPositions } from './layout-positions';
import { neighbourhood, pathReport } from './paths';

type MapModule = Awaited<ReturnType<typeof loadMapModule>>;

const mapLayoutOf = memoLast((module: MapModule, actors: ReturnType<typeof mapActorsOf>) => module.mapLayout(actors));
const countryElementsOf = memoLast((filtered: GraphSceneData['filtered'], dataset: GraphSceneData['dataset']) =>
  countryViewElements(countryGraphFrom(filtered), dataset),
);
const cliqueOf = memoLast((filtered: GraphSceneData['filtered']) => actorGraphFrom(filtered, 'clique'));

/** Focus or path highlight of the current view state, in the renderer's node keys (memoised: it refits the view). */
const highlightOf = memoLast(
  (
    filtered: GraphSceneData['filtered'],
    graph: GraphSceneData['graph'],
    focus: string | null,
    hops: 1 | 2,
    path: [string, string] | null,
  ): Highlight => {
    if (path !== null) {
      const report = pathReport(cliqueOf(filtered), path[0], path[1]);
      if (report.kind === 'found') {
        const pathNodes = new Set(report.paths.flat().map(actorKey));
        const pathPairs = report.paths.flatMap((p) =>
          p.slice(1).map((id, i) => [actorKey(p[i] as string), actorKey(id)] as const),
        );
        return { keep: null, root: null, pathNodes, pathPairs };
      }
    }
    if (focus !== null) {
      const keep = new Set([...neighbourhood(graph, focus, hops)].map(actorKey));
      if (keep.size > 0) return { keep, root: actorKey(focus), pathNodes: new Set(), pathPairs: [] };
    }
    return NO_HIGHLIGHT;
  },
);

export function ExplorerGraph({ scene }: { scene: GraphSceneData }) {
  const view = useAtlas((s) => s.view);
  const metrics = useAtlas((s) => s.metrics);
  const graphVersion = useAtlas((s) => s.graphVersion);
  const [renderer, setRenderer] = useState<GraphRenderer | null>(null);
  const [mapModule, setMapModule] = useState<MapModule | null>(null);
  const applied = useRef<string>('');
  const countryMode = view.view === 'country';
  const wantsMap = view.layout === 'map' && !countryMode;

  useEffect(() => {
    if (!wantsMap || mapModule) return;
    let live = true;
    void loadMapModule().then((module) => live && setMapModule(module));
    return () => void (live = false);
  }, [wantsMap, mapModule]);

  const mapped = wantsMap && mapModule ? mapLayoutOf(mapModule, mapActorsOf(scene.dataset)) : null;
  let layout: LayoutResult;
  if (view.layout === 'grouped') layout = groupedOf(scene.dataset);
  else if (view.layout === 'concentric')
    layout = concentricOf(metricValuesOf(scene.graph, view.size, metrics, graphVersion));
  else if (mapped) layout = { positions: mapped.positions, boxes: [] };
  else layout = forceOf(scene.dataset);
  const positions: Positions = layout.positions;

  const elements = countryMode
    ? countryElementsOf(scene.filtered, scene.dataset)
    : withPositions(scene.elements, positions);
  const epoch = scene.datasetVersion * 2 + (countryMode ? 1 : 0);
  const layoutKey = `${epoch}|${countryMode ? 'country' : mapped ? 'map' : view.layout}`;

  // After every update: re-add the boxes and arcs (the renderer drops unknown elements), and move the
  // nodes only when the layout itself changed, so filters never shift the actors that stay.
  useEffect(() => {
    if (!renderer) return;
    const moved = applied.current !== layoutKey || (view.layout === 'concentric' && !countryMode);
    applyPositions(renderer.cy, moved && !countryMode ? positions : new Map(), {
      boxes: countryMode ? [] : layout.boxes,
      boxLabel: (code) => countryName(code, scene.dataset),
      arcs: countryMode || mapped !== null,
      fit: applied.current !== layoutKey,
    });
    applied.current = layoutKey;
  }, [renderer, elements, positions, layout.boxes, layoutKey, countryMode, mapped, view.layout, scene.dataset]);

  useEffect(() => {
    if (!renderer || !mapped || !mapModule) return;
    return mapModule.attachBasemap(renderer.cy, mapped.projection, mapActorsOf(scene.dataset));
  }, [renderer, mapped, mapModule, scene.dataset]);

  const highlight = countryMode
    ? NO_HIGHLIGHT
    : highlightOf(scene.filtered, scene.graph, view.focus, view.hops, view.path);
  useEffect(() => {
    if (!renderer) return;
    applyHighlight(renderer.cy, highlight);
    fitHighlight(renderer.cy, highlight);
  }, [renderer, elements, highlight]);

  useEffect(() => {
    if (!renderer) return;
    const cy = renderer.cy;
    let frame = 0;
    const relabel = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => updateLabels(cy, countryMode ? 60 : 15));
    };
    relabel();
    cy.on('zoom', relabel);
    const tapCountry = (event: { target: { id(): string } }): void => selectCountry(event.target.id());
    if (countryMode) cy.on('tap', 'node', tapCountry);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('zoom', relabel);
      cy.off('tap', 'node', tapCountry);
    };
  }, [renderer, elements, countryMode]);

  return (
    <GraphCanvas
      elements={elements}
      epoch={epoch}
      selected={countryMode ? null : view.selected}
      onRenderer={setRenderer}
    />
  );
}
