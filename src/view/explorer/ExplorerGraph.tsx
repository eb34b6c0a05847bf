// The graph canvas with the explorer on top: stable layouts (force, grouped, rings, map), country view, focus and paths.
import { useEffect, useMemo, useRef, useState } from 'react';
import { countryName } from '../../model/countries';
import { countryCodeOf } from '../../render/country-elements';
import type { GraphRenderer } from '../../render/adapter';
import { GROUPED_DEFAULTS, GROUPED_PORTRAIT_ASPECT, NO_HIGHLIGHT } from '../../render/layouts/index';
import type { GroupBox, LayoutResult } from '../../render/layouts/index';
import type { LayoutName } from '../../embed/view-state';
import type { MapScenes } from '../../render/map/map-client';
import type { Dataset } from '../../model/types';
import { metricValuesOf, pathsOf } from '../../state/derived';
import { selectCountry } from '../../state/actions';
import { addPreparer } from '../../state/prepare';
import { useAtlas } from '../../state/store';
import { levelOfDetail } from '../../render/lod';
import { GraphCanvas } from '../GraphCanvas';
import { usePortraitFrame } from '../frame-shape';
import { drawnBoxesOf } from './explorer-scene';
import { sceneOf, type GraphSceneData } from '../graph-scene';
import { countryElementsOf, highlightOf } from './explorer-scene';
import { whenIdle } from '../../threads/idle';
import {
  actorMapNowOf,
  concentricOf,
  countryPositionsOf,
  groupedOf,
  mapScenesOf,
  withPositions,
} from './layout-positions';
import { useNetworkLayout } from './use-network-layout';
import { shownBrokerPaths, useBrokerPaths } from '../../state/broker-paths';
import { installExplorerHook } from './test-hook';
import { ArrangingNote, arrangingText } from './ArrangingNote';

/** The map's (no boxes), one array so that the memoised boxes below keep their identity. */
const NO_BOXES: GroupBox[] = [];

// The canvas's level of detail for a large dataset's first scene, before it is stored (state/prepare.ts): the choice
// of ~10,000 of 68,000 ties is kept per edges array (render/lod.ts), and placing the nodes keeps that array.
addPreparer((state) => [
  () => {
    const scene = sceneOf(state);
    if (scene !== null) levelOfDetail(scene.elements);
  },
]);

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
  const [maps, setMaps] = useState<{ dataset: Dataset; scenes: MapScenes } | null>(null);
  const applied = useRef<string>('');
  /** The layout drawn last, kept on screen while the map's positions are computed. */
  const [previous, setPrevious] = useState<LayoutName>(layoutName === 'map' ? 'force' : layoutName);
  const shownRef = useRef<string>('');
  useEffect(() => (renderer ? installExplorerHook(renderer, () => shownRef.current) : undefined), [renderer]);
  const countryMode = mode === 'country';
  // The grouped boxes fill the frame's shape: a portrait embed gets fewer, taller columns.
  const groupedAspect = usePortraitFrame() ? GROUPED_PORTRAIT_ASPECT : GROUPED_DEFAULTS.aspect;
  const wantsMap = countryMode || layoutName === 'map';

  // The force layout runs once per dataset in a worker; rings by partners stand in until it is done.
  const network = useNetworkLayout(scene.dataset);

  const analysing = useAtlas((s) => s.analysis.status === 'running');
  const scenes = maps?.dataset === scene.dataset ? maps.scenes : null;
  // The maps (positions and shapes) come from the map worker: at once when the map is asked for, else when the
  // page is idle after the force layout and the analysis, so the first switch to the map finds them ready.
  useEffect(() => {
    if (scenes !== null || (!wantsMap && (!network.final || analysing))) return;
    const dataset = scene.dataset;
    let live = true;
    const start = (): void => void mapScenesOf(dataset).then((result) => live && setMaps({ dataset, scenes: result }));
    // At the latest after 5 s; after 1 s where the browser has no idle callback.
    const stop = wantsMap ? (start(), () => undefined) : whenIdle(start, 5000, 1000);
    return () => {
      live = false;
      stop();
    };
  }, [scenes, scene.dataset, wantsMap, network.final, analysing]);

  // The actors' map: a small dataset's at once (actorMapNowOf), a large one's once the worker has answered. Until
  // then the picture on screen stays as it is: moving to the force layout first would cost a second full redraw for
  // a picture nobody asked for. The countries are placed at once too (countryPositionsOf), in the same projection;
  // only the basemap under them waits for the worker.
  const mapped =
    !countryMode && layoutName === 'map' ? (scenes?.actors.positions ?? actorMapNowOf(scene.dataset)) : null;
  const waiting = layoutName === 'map' && !countryMode && mapped === null;
  const drawn = waiting ? previous : layoutName;
  // Remembered from render to render (React's "information from previous renders"; a name, so no loop).
  if (!countryMode && !waiting && drawn !== previous) setPrevious(drawn);
  let layout: LayoutResult;
  if (countryMode) layout = { positions: countryPositionsOf(scene.dataset), boxes: NO_BOXES };
  else if (mapped) layout = { positions: mapped, boxes: NO_BOXES };
  else if (drawn === 'force' || drawn === 'map') layout = network.layout;
  else if (drawn === 'grouped') layout = groupedOf(scene.dataset, groupedAspect);
  else layout = concentricOf(metricValuesOf(scene.ties, size, metrics, graphVersion));
  const positions = layout.positions;
  // Only the countries with a drawn actor keep their box: a filter to the Nordic countries leaves five, not 27.
  const boxes = drawnBoxesOf(layout.boxes, scene.filtered);
  const shown = countryMode ? 'country' : mapped ? 'map' : drawn === 'map' ? 'force' : drawn;
  const interim = shown === 'force' && !network.final;

  const elements = countryMode
    ? countryElementsOf(scene.filtered, scene.dataset)
    : withPositions(scene.elements, positions, mapped ? 'actors' : undefined);
  // One epoch for both views: the country nodes have their own keys, so the actors stay (hidden) meanwhile.
  const epoch = scene.datasetVersion;
  const shape = shown === 'grouped' ? groupedAspect : '';
  const layoutKey = `${epoch}|${shown}|${shape}|${mapped ? 'mapped' : ''}|${interim ? 'interim' : ''}`;

  // After every update: re-add the boxes and arcs (the renderer drops unknown elements), and move the
  // nodes only when the layout itself changed (rings: when ranks change), so filters never shift the rest.
  useEffect(() => {
    if (!renderer) return;
    const changed = applied.current !== layoutKey;
    const move = changed || shown === 'concentric';
    renderer.applyLayout(move ? positions : new Map(), {
      boxes: countryMode ? [] : boxes,
      boxLabel: (code) => countryName(code, scene.dataset),
      arcs: mapped !== null || countryMode,
      fit: changed,
    });
    applied.current = layoutKey;
    shownRef.current = interim ? `${shown}-interim` : shown;
  }, [renderer, elements, positions, boxes, layoutKey, countryMode, mapped, shown, interim, scene.dataset]);

  // One basemap for both maps (they share the projection): switching between them keeps it.
  const onMap = mapped !== null || countryMode;
  useEffect(() => {
    if (!renderer || !onMap || !scenes) return;
    return renderer.attachBasemap(scenes.shapes);
  }, [renderer, onMap, scenes]);

  // A focus walks the view's ties (pathsOf, made once per filter when a focus first needs them).
  const focusGraph = focus !== null && !countryMode ? pathsOf(scene.dataset, scene.filtered, scene.projection) : null;
  const highlight = countryMode
    ? NO_HIGHLIGHT
    : highlightOf(
        scene.dataset,
        scene.filtered,
        focusGraph,
        focus,
        hops,
        path,
        shownBrokerPaths(brokerPaths, selected, path, focus),
      );
  // The focused actor's ties and the path's steps are drawn whatever the level of detail leaves out.
  const alwaysDrawn = useMemo(
    () => ({ actors: new Set(highlight.root === null ? [] : [highlight.root]), pairs: highlight.pathPairs }),
    [highlight],
  );
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
    renderer.setNodeTap(countryMode ? (key) => selectCountry(countryCodeOf(key)) : null);
    return () => renderer.setNodeTap(null);
  }, [renderer, countryMode]);

  // The rings stand in for the map or the force layout being computed: say so, or "Map" looks checked for nothing.
  const arranging = arrangingText({ map: waiting, force: interim, actors: elements.nodes.length });
  return (
    <>
      <GraphCanvas
        elements={elements}
        epoch={epoch}
        selected={countryMode ? null : selected}
        alwaysDrawn={alwaysDrawn}
        onRenderer={setRenderer}
      />
      <ArrangingNote text={arranging} />
    </>
  );
}
