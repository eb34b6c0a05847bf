// The graph canvas with the explorer on top: stable layouts (force, grouped, rings, map), country view, focus and paths.
import { useEffect, useRef, useState } from 'react';
import { countryName } from '../../model/countries';
import type { GraphRenderer } from '../../render/adapter';
import { loadMapModule, NO_HIGHLIGHT } from '../../render/layouts/index';
import type { LayoutResult } from '../../render/layouts/index';
import { metricValuesOf } from '../../state/derived';
import { selectCountry } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { GraphCanvas } from '../GraphCanvas';
import { drawnBoxesOf } from './explorer-scene';
import type { GraphSceneData } from '../graph-scene';
import { actorMapOf, countryElementsOf, countryMapOf, highlightOf, type MapModule } from './explorer-scene';
import { concentricOf, groupedOf, mapActorsOf, withPositions } from './layout-positions';
import { useNetworkLayout } from './use-network-layout';
import { shownBrokerPaths, useBrokerPaths } from '../../state/broker-paths';
import { installExplorerHook } from './test-hook';

export function ExplorerGraph({ scene }: { scene: GraphSceneData }) {
  // One selector per field read: a settled camera move (view.camera) or a panel change re-renders nothing here.
  const mode = useAtlas((s) => s.view.view);
  const layoutName = useAtlas((s) => s.view.layout);
  const size = useAtlas((s) => s.view.size);
  const focus = useAtlas((s) => s.view.focus);
  const hops = useAtlas((s) => s.view.hops);
  const path = useAtlas((s) => s.view.path);
  const selected = useAtlas((s) => s.view.selected);
  const metrics = useAtlas((s) => s.metrics);
  const graphVersion = useAtlas((s) => s.graphVersion);
  const brokerPaths = useBrokerPaths((s) => s.shown);
  const [renderer, setRenderer] = useState<GraphRenderer | null>(null);
  const [mapModule, setMapModule] = useState<MapModule | null>(null);
  const applied = useRef<string>('');
  const shownRef = useRef<string>('');
  useEffect(() => (renderer ? installExplorerHook(renderer, () => shownRef.current) : undefined), [renderer]);
  const countryMode = mode === 'country';
  const wantsMap = countryMode || layoutName === 'map';

  // The force layout runs once per dataset in a worker; rings by partners stand in until it is done.
  const network = useNetworkLayout(scene.dataset);

  useEffect(() => {
    if (!wantsMap || mapModule) return;
    let live = true;
    void loadMapModule().then((module) => live && setMapModule(module));
    return () => void (live = false);
  }, [wantsMap, mapModule]);

  // The map (of actors or of countries) once its module has loaded; until then the plain positions stand in.
  const mapped = mapModule && wantsMap ? (countryMode ? countryMapOf : actorMapOf)(mapModule, scene.dataset) : null;
  let layout: LayoutResult;
  if (mapped) layout = { positions: mapped.positions, boxes: [] };
  else if (countryMode || layoutName === 'map' || layoutName === 'force') layout = network.layout;
  else if (layoutName === 'grouped') layout = groupedOf(scene.dataset);
  else layout = concentricOf(metricValuesOf(scene.ties, size, metrics, graphVersion));
  const positions = layout.positions;
  // Only the countries with a drawn actor keep their box: a filter to the Nordic countries leaves five, not 27.
  const boxes = drawnBoxesOf(layout.boxes, scene.filtered);
  const shown = countryMode ? 'country' : mapped ? 'map' : layoutName === 'map' ? 'force' : layoutName;
  const interim = (shown === 'force' || countryMode) && !network.final;

  const elements = countryMode
    ? withPositions(countryElementsOf(scene.filtered, scene.dataset), mapped?.positions ?? null)
    : withPositions(scene.elements, positions);
  const epoch = scene.datasetVersion * 2 + (countryMode ? 1 : 0);
  const layoutKey = `${epoch}|${shown}|${mapped ? 'mapped' : ''}|${interim ? 'interim' : ''}`;

  // After every update: re-add the boxes and arcs (the renderer drops unknown elements), and move the
  // nodes only when the layout itself changed (rings: when ranks change), so filters never shift the rest.
  useEffect(() => {
    if (!renderer) return;
    const changed = applied.current !== layoutKey;
    const move = (changed && (!countryMode || mapped !== null)) || shown === 'concentric';
    renderer.applyLayout(move ? positions : new Map(), {
      boxes: countryMode ? [] : boxes,
      boxLabel: (code) => countryName(code, scene.dataset),
      arcs: mapped !== null || countryMode,
      fit: changed,
    });
    applied.current = layoutKey;
    shownRef.current = interim ? `${shown}-interim` : shown;
  }, [renderer, elements, positions, boxes, layoutKey, countryMode, mapped, shown, interim, scene.dataset]);

  useEffect(() => {
    if (!renderer || !mapped || !mapModule) return;
    return renderer.attachBasemap(mapModule, mapped.projection, mapActorsOf(scene.dataset));
  }, [renderer, mapped, mapModule, scene.dataset]);

  // The graphology graph is built (lazily, once per filter) only when a focus needs its neighbourhood.
  const focusGraph = focus !== null && !countryMode ? scene.graph : null;
  const highlight = countryMode
    ? NO_HIGHLIGHT
    : highlightOf(scene.filtered, focusGraph, focus, hops, path, shownBrokerPaths(brokerPaths, selected, path, focus));
  /** Whether the last highlight framed a focus or path: clearing it returns the camera to the whole network. */
  const framed = useRef(false);
  useEffect(() => {
    if (!renderer) return;
    const framing = highlight.keep !== null || highlight.pathNodes.size > 0;
    renderer.highlight(highlight, framing);
    if (!framing && framed.current) renderer.fit();
    framed.current = framing;
  }, [renderer, elements, highlight]);

  // In the country view a tap selects the country, and only that (the renderer's one handler per gesture).
  useEffect(() => {
    if (!renderer) return;
    renderer.setNodeTap(countryMode ? selectCountry : null);
    return () => renderer.setNodeTap(null);
  }, [renderer, countryMode]);

  return (
    <GraphCanvas elements={elements} epoch={epoch} selected={countryMode ? null : selected} onRenderer={setRenderer} />
  );
}
