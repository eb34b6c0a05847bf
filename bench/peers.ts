// The two peer renderers of bench:app: plain cytoscape with defaults, and sigma.js v4 at the app's positions.
import { chromium, type Browser, type Page } from 'playwright-core';
import { messageOf } from '../src/model/errors';
import { buildActorGraph } from '../src/model/graph';
import { emptyFilters, type Dataset } from '../src/model/types';
import { interimOf, savedOf } from '../src/view/explorer/layout-positions';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/browser';
import { panAndZoom } from './gestures';
import { FIRST_PAINT_READY, marksScript, waitUntil } from './page-scripts';
import type { Mark, LongTask, PeerRun } from './report';

/** The cytoscape baseline's elements: every tie of the clique projection, ids by index, no style data. */
export function baselineElements(dataset: Dataset): unknown[] {
  const graph = buildActorGraph(dataset, emptyFilters(), 'clique');
  const index = new Map<string, string>();
  const nodes = graph.nodes().map((key, i) => {
    index.set(key, `n${i}`);
    return { data: { id: `n${i}` } };
  });
  const edges = graph.mapEdges((_edge, _attributes, source, target) => ({
    data: { id: `e${index.get(source)}-${index.get(target)}`, source: index.get(source), target: index.get(target) },
  }));
  return [...nodes, ...edges];
}

/**
 * sigma's input: the same clique projection with the positions the app draws first (saved x/y, else the
 * rings by partners that stand in for, and above 2,000 actors replace, the force layout).
 */
export function sigmaGraph(dataset: Dataset): { nodes: Array<[number, number]>; edges: Array<[number, number]> } {
  const graph = buildActorGraph(dataset, emptyFilters(), 'clique');
  const positions = (savedOf(dataset) ?? interimOf(dataset)).positions;
  const index = new Map<string, number>();
  const nodes = graph.nodes().map((key, i): [number, number] => {
    index.set(key, i);
    const at = positions.get(key) ?? { x: 0, y: 0 };
    // sigma's y axis points up, the app's (cytoscape's) down.
    return [at.x, -at.y];
  });
  const edges = graph.mapEdges((_edge, _attributes, source, target): [number, number] => [
    index.get(source)!,
    index.get(target)!,
  ]);
  return { nodes, edges };
}

/**
 * A Chromium for sigma: WebGL on SwiftShader (software; this machine has no GPU). The app's browser keeps
 * --disable-gpu, as the e2e tests run it; newer Chromium only offers software WebGL when asked explicitly.
 */
export async function launchWebglChromium(): Promise<Browser> {
  const { path } = await findChromium();
  const args = [
    ...CHROMIUM_FLAGS.filter((flag) => flag !== '--disable-gpu'),
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ];
  return chromium.launch({ executablePath: path, args, headless: true });
}

/** What WebGL the page gets (renderer string), e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader …))". */
export const WEBGL_RENDERER = `
  (() => {
    const gl = document.createElement('canvas').getContext('webgl2') || document.createElement('canvas').getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  })()
`;

/** One peer page: first paint, longest task, a pan/zoom frame and the peak heap; null when the page failed. */
export async function runPeer(
  open: () => Promise<{ page: Page; stopHeap: () => Promise<number>; close: () => Promise<void> }>,
  url: string,
  timeoutMs: number,
): Promise<PeerRun | null> {
  const { page, stopHeap, close } = await open();
  try {
    await page.goto(url);
    await page.evaluate(waitUntil(`${FIRST_PAINT_READY} || window.__peerError`, timeoutMs, 50));
    const failed = (await page.evaluate('window.__peerError || null')) as string | null;
    if (failed) throw new Error(failed);
    const [first] = (await page.evaluate(marksScript('atlas:drawn'))) as Mark[];
    // Both peers fit the graph with a 30 px margin: the top-left corner is background, so dragging there pans.
    const pan = await panAndZoom(page, { x: 12, y: 12 });
    const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
    return {
      firstPaint: first!.time,
      longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
      panFrame: pan.median,
      panFrameP90: pan.p90,
      heapMB: await stopHeap(),
      nodes: first!.detail?.nodes ?? 0,
      edges: first!.detail?.edges ?? 0,
    };
  } catch (error) {
    process.stderr.write(`peer run failed (${url}): ${messageOf(error)}\n`);
    return null;
  } finally {
    await close();
  }
}
