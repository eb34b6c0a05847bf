// The cytoscape adapter: one instance per canvas (made in canvas-core.ts), updated in batches from plain element data.
import type { Collection, NodeSingular, Position } from 'cytoscape';
import { USER_CAMERA_EVENT } from './camera';
import { createEdgeLayer, LAYER_FROM } from './edge-layer';
import { CATCH_UP_FROM, createCatchUp, styledSteps, timedSteps, type CatchUpJob } from './catch-up';
import { KEYBOARD_CURSOR, scheduleLabelPlacement } from './labels';
import { canvasOps } from './renderer-ops';
import type { GraphRenderer, GraphScene, RendererOptions } from './renderer-api';
import { computeFullLayout, placeNear } from './layout';
import { fitCentres, fitDrawn, fitFrame, setMapFrame } from './layouts/apply';
import { extentsOf, previewNodesOf, type PreviewNode } from './node-preview';
import type { EdgeData, GraphElements } from './elements';
import { addMissingNodes, afterFrame, BUILD_BUDGET_MS, BUILD_FIRST_SLICE, nextTask } from './sliced-build';
import { nothingToSync, planSync } from './sync-plan';
import { drawVisibleOnly, keyedZSort, pauseDrawing } from './drawing-pause';
import { followPointerAndZoom, makeCore, restyle } from './canvas-core';
import { NODE_LAYER_FROM, nodesOnLayer, setNodesOnLayer } from './layer-nodes';
import { HIDDEN, shownNodes } from './visibility';
import { followBox, keepNodeInView } from './keep-in-view';
import { watchOverlays } from './over-canvas';

export type { GraphRenderer, GraphScene, RendererOptions } from './renderer-api';

/** Delay before labels are placed after a change: the next task, so an update's own task stays short. */
const RELABEL_MS = 16;

export function createGraphRenderer(options: RendererOptions = {}): GraphRenderer {
  const cy = makeCore(options);
  // Many ties are drawn on a plain canvas under cytoscape's; cytoscape then holds only the nodes.
  const edgeLayer = createEdgeLayer(cy, options.container ?? null);
  // A large network's nodes too (layer-nodes.ts): cytoscape then draws only the few it marks.
  drawVisibleOnly(cy, () => nodesOnLayer(cy));
  keyedZSort(cy);
  const layerFrom = options.edgeLayerFrom ?? (options.container ? LAYER_FROM : Infinity);
  const catchUp = createCatchUp(cy, edgeLayer, options.container ? afterFrame : nextTask);
  catchUp.onIdle(() => relabel());
  const sliceFrom = options.sliceFrom ?? (options.container ? CATCH_UP_FROM : Infinity);
  const nodeLayerFrom = options.nodeLayerFrom ?? (options.container ? NODE_LAYER_FROM : Infinity);
  let epoch: number | null = null;
  let selected: string | null = null;
  /** The last preview's picture and the elements it shows: the build that follows keeps the same picture up. */
  let previewed: { elements: GraphElements; nodes: PreviewNode[] } | null = null;
  /** Positions of nodes seen so far in this epoch, so that a node hidden by a filter comes back where it was. */
  const remembered = new Map<string, Position>();

  /** The ties the layer draws for the scene, and those drawn beyond its level of detail (alsoDraw). */
  let sceneTies: readonly EdgeData[] = [];
  let alsoTies: readonly EdgeData[] = [];
  const setTies = (ties: readonly EdgeData[]): void => {
    sceneTies = ties;
    // Only beside the scene's ties on the layer: a network whose ties cytoscape draws has no level of detail.
    edgeLayer.setEdges(alsoTies.length === 0 || ties.length === 0 ? ties : ties.concat(alsoTies));
  };

  /** Labels are placed on screen, so only a drawn canvas has them; headless instances skip the work. */
  // While cytoscape catches up with a new picture (catch-up.ts) its nodes are hidden and half moved: labels wait.
  const relabel = (delay = RELABEL_MS): void => {
    if (options.container && !catchUp.busy) scheduleLabelPlacement(cy, delay);
  };
  followPointerAndZoom(cy, relabel);
  // The canvas follows its box (a legend or a details sheet opening beside it): keep-in-view.ts.
  const resizes = followBox(cy, options.container, () => selected);
  // The legend opened or closed over a small embed's canvas: its labels move off it or back (over-canvas.ts).
  const stopOverlays = watchOverlays(cy, () => relabel());
  let nodeTap: ((id: string) => void) | null = null;
  const tapNode = (id: string): void => {
    if (nodeTap !== null) nodeTap(id);
    else options.onSelect?.(id);
  };
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect?.(null);
    // A node under the pointer may not be where the new picture draws it until cytoscape has caught up.
    else if ((event.target as NodeSingular).isNode?.() && !catchUp.busy) tapNode((event.target as NodeSingular).id());
  });

  function applySelection(): void {
    cy.elements('.selected, .touching').removeClass('selected touching');
    if (selected === null) return;
    const node = cy.getElementById(selected);
    if (node.empty()) return;
    node.addClass('selected');
    node.connectedEdges().addClass('touching');
  }

  /** The layer's ties as node pairs, for the layouts that need the lines cytoscape no longer holds. */
  const layerPairs = (): Array<[string, string]> => edgeLayer.edges.map((edge) => [edge.source, edge.target]);

  function place(unplacedIds: string[], wasEmpty: boolean): void {
    const total = shownNodes(cy).length;
    if (total > 0 && unplacedIds.length === total) {
      const positions = computeFullLayout(cy);
      cy.nodes().positions((node) => positions.get(node.id()) ?? { x: 0, y: 0 });
      fitDrawn(cy);
    } else if (unplacedIds.length > 0) {
      const ids = new Set(unplacedIds);
      placeNear(
        cy,
        cy.nodes().filter((node) => ids.has(node.id())),
        layerPairs(),
      );
    }
    cy.nodes().forEach((node) => void remembered.set(node.id(), { ...node.position() }));
    if (wasEmpty && unplacedIds.length < total) fitDrawn(cy);
    options.onPlaced?.();
  }

  /** Another dataset: whatever was drawn or catching up goes, positions included. True when this is a new epoch. */
  function startEpoch(scene: GraphScene): boolean {
    if (scene.epoch === epoch) return false;
    catchUp.cancel();
    remembered.clear();
    cy.elements().remove();
    epoch = scene.epoch;
    // Decided per dataset, before its nodes are added: their style reads it once (layer-nodes.ts nodeOpacity).
    setNodesOnLayer(cy, scene.elements.nodes.length >= nodeLayerFrom);
    return true;
  }

  /**
   * Brings cytoscape and the layer to `scene`. `builtFromEmpty`: a sliced build has just added every node of these
   * elements, at its position, to an empty cytoscape (build's last slice), so nothing needs comparing.
   */
  function syncTo(scene: GraphScene, builtFromEmpty = false): void {
    setMapFrame(cy, scene.elements.map);
    if (!startEpoch(scene)) {
      cy.nodes().forEach((node) => void remembered.set(node.id(), { ...node.position() }));
    }
    const wasEmpty = shownNodes(cy).empty();
    // A dataset first shown filtered down may grow past the bound later: its nodes then go to the layer (once).
    if (scene.elements.nodes.length >= nodeLayerFrom && setNodesOnLayer(cy, true)) {
      restyle(cy.nodes());
    }
    // Ties go under nodes the layer paints, however few, so no line crosses over a node.
    const onLayer = scene.elements.edges.length >= layerFrom || nodesOnLayer(cy);
    // Switching to the layer drops cytoscape's edges for good (hiding them would still cost a restyle each).
    if (onLayer) cy.edges().remove();
    // Right after a build from empty, with the ties on the layer, cytoscape holds exactly the scene: comparing its
    // 5,000 nodes again was 40-100 ms of the build's last task, to find nothing.
    const plan =
      onLayer && builtFromEmpty
        ? nothingToSync(cy)
        : planSync(cy, scene.elements.nodes, onLayer ? [] : scene.elements.edges, remembered);
    const layerEdges = onLayer ? scene.elements.edges.map((edge) => edge.data) : [];
    const finish = (): void => {
      cy.batch(() => {
        plan.prune();
        applySelection();
      });
      place(plan.unplaced, wasEmpty);
      relabel();
    };
    const picture = plan.size >= sliceFrom && !wasEmpty ? previewNodesOf(scene.elements, remembered) : null;
    if (picture === null) {
      cy.batch(() => plan.apply(0, plan.size));
      setTies(layerEdges);
      // A layout catching up keeps its picture, drawn again for the nodes shown now.
      if (catchUp.busy) catchUp.refresh();
      else edgeLayer.setPreviewNodes(null);
      finish();
      return;
    }
    // A filter that restyles many nodes: the new picture at once, cytoscape's changes a slice per task.
    setTies(layerEdges);
    catchUp.run({
      kind: 'sync',
      start: () => picture,
      // Styled in the slice's own task, so its time is measured and the next slice sized to the budget.
      step: styledSteps(cy, plan.size, (from, to) => plan.apply(from, to)),
      end: finish,
    });
  }

  const renderer: GraphRenderer = {
    ...canvasOps(cy, edgeLayer, () => relabel(), { catchUp, from: sliceFrom }),
    cy,
    edgeLayer,
    update(scene) {
      syncTo(scene);
    },
    build(scene, done) {
      const finish = (builtFromEmpty = false): void => {
        syncTo(scene, builtFromEmpty);
        done();
      };
      const picture = previewed?.elements === scene.elements ? previewed.nodes : previewNodesOf(scene.elements);
      previewed = null;
      if (picture === null) {
        finish();
        return () => undefined;
      }
      // A new dataset's build starts from an empty cytoscape; the same dataset's may find nodes it then keeps as they are.
      const fromEmpty = startEpoch(scene);
      setMapFrame(cy, scene.elements.map);
      // The preview stays the picture while cytoscape adds the nodes behind it; the adds wait until the layer
      // has drawn it (in slices, edge-layer.ts), so its first picture is not held up by cytoscape's long frames.
      const nodes = scene.elements.nodes;
      // Cytoscape draws nothing meanwhile (its canvas is hidden): each slice makes the textures of the one before,
      // so the first frame after draws all nodes from textures (drawing-pause.ts).
      const pause = pauseDrawing(cy);
      let last: Collection = cy.collection();
      const add = timedSteps(
        nodes.length,
        (from, to) => {
          pause.warm(last);
          cy.batch(() => void (last = addMissingNodes(cy, nodes, from, to)));
        },
        { budgetMs: BUILD_BUDGET_MS, first: BUILD_FIRST_SLICE },
      );
      const job: CatchUpJob = {
        kind: 'sync',
        start: () => picture,
        step: () => (edgeLayer.drawing ? false : add()),
        end: () => {
          pause.resume();
          // Every node was added from these elements: from an empty cytoscape, the last update compares nothing.
          finish(fromEmpty);
        },
      };
      catchUp.run(job);
      return () => {
        pause.resume();
        catchUp.drop(job);
      };
    },
    preview(scene) {
      const nodes = previewNodesOf(scene.elements);
      if (nodes === null) return false;
      previewed = { elements: scene.elements, nodes };
      setTies(scene.elements.edges.map((edge) => edge.data));
      edgeLayer.setPreviewNodes(nodes);
      // The same frame update() will fit to (fitDrawn: node centres and sizes, 30 px around, a map's core).
      setMapFrame(cy, scene.elements.map);
      fitFrame(cy, extentsOf(nodes), 30);
      return true;
    },
    alsoDraw(ties) {
      alsoTies = ties;
      setTies(sceneTies);
    },
    select(id) {
      selected = id;
      cy.batch(applySelection);
      // Selected after the sheet it opened has taken its room (GraphCanvas waits a paint): back into view if hidden.
      if (id !== null) keepNodeInView(cy, id);
      relabel();
    },
    renderedPositions() {
      const positions = new Map<string, Position>();
      shownNodes(cy).forEach((node) => void positions.set(node.id(), { ...node.renderedPosition() }));
      return positions;
    },
    fit() {
      fitDrawn(cy);
    },
    zoomBy(factor) {
      cy.stop(true, false);
      // The reader's own fit shows every drawn node, even where a small frame's fit showed the map's core (core-fit.ts).
      if (factor === 'fit') fitCentres(cy, shownNodes(cy), 30);
      else {
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      }
      cy.emit(USER_CAMERA_EVENT);
    },
    relabel() {
      relabel();
    },
    setNodeTap(handler) {
      nodeTap = handler;
    },
    tapNode,
    setCursor(id) {
      cy.nodes(`.${KEYBOARD_CURSOR}`).removeClass(KEYBOARD_CURSOR);
      const node = id === null ? cy.collection() : cy.getElementById(id);
      if (node.empty() || node.hasClass(HIDDEN)) {
        relabel(0);
        return null;
      }
      node.addClass(KEYBOARD_CURSOR);
      const p = node.renderedPosition();
      const margin = 40;
      if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) {
        cy.center(node);
        cy.emit(USER_CAMERA_EVENT);
      }
      relabel(0);
      return String(node.data('label') ?? id);
    },
    destroy() {
      catchUp.cancel();
      resizes?.disconnect();
      stopOverlays();
      edgeLayer.destroy();
      cy.destroy();
    },
  };
  return renderer;
}
