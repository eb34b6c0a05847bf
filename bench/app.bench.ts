// `npm run bench:app`: loads generated networks into the built app in headless Chromium and prints medians against targets and a plain-cytoscape baseline.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { messageOf } from '../src/model/errors';
import { generateDataset } from '../src/model/generate';
import { buildActorGraph } from '../src/model/graph';
import { emptyFilters, type Dataset } from '../src/model/types';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { bundleReport, type BundleReport } from './bundle';
import { FIRST_PAINT_READY, LONG_TASK_OBSERVER, marksScript, timeRedraw, timeSelect } from './page-scripts';
import { formatReport, type CaseResult, type RunResult } from './report';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 2);
/** A run that has not painted (or finished its analysis) by then is recorded as timed out. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 180_000);

interface Case {
  name: string;
  /** Generated size; absent for the bundled sample. */
  size?: { actors: number; agreements: number };
}
const CASES: Case[] = [
  { name: 'sample' },
  { name: '500/2,000', size: { actors: 500, agreements: 2000 } },
  { name: '2,000/10,000', size: { actors: 2000, agreements: 10000 } },
  { name: '5,000/50,000', size: { actors: 5000, agreements: 50000 } },
].filter((entry) => !process.env.BENCH_ONLY || entry.name.startsWith(process.env.BENCH_ONLY));

interface Mark {
  time: number;
  detail: { nodes?: number; edges?: number; totalEdges?: number; preview?: boolean } | null;
}
interface LongTask {
  start: number;
  duration: number;
}

/** Samples the page's JS heap (main thread) through CDP until stopped; returns the peak in MB. */
async function heapSampler(page: import('playwright-core').Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let stopped = false;
  const sample = async (): Promise<void> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    peak = Math.max(peak, used);
  };
  const loop = (async () => {
    while (!stopped) {
      await sample().catch(() => undefined);
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await sample().catch(() => undefined);
    return peak / 1e6;
  };
}

/** A fresh browser context at 1280×800 with the Long Tasks observer and the heap sampler running. */
async function openMeasured(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_OBSERVER);
  const stopHeap = await heapSampler(page);
  const close = async (): Promise<void> => {
    await stopHeap();
    await context.close();
  };
  return { page, stopHeap, close };
}

async function runApp(browser: Browser, url: string, pick: { id: string; label: string }): Promise<RunResult> {
  const { page, stopHeap, close } = await openMeasured(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(FIRST_PAINT_READY, undefined, { timeout: TIMEOUT_MS, polling: 50 });
    const drawn = (await page.evaluate(marksScript('atlas:drawn'))) as Mark[];
    const first = drawn.find((mark) => (mark.detail?.nodes ?? 0) > 0)!;
    // A large network's first picture is a preview; cytoscape's own frame (clickable) follows.
    await page.waitForFunction(
      `${marksScript('atlas:drawn')}.some((mark) => mark.detail && mark.detail.nodes > 0 && !mark.detail.preview)`,
      undefined,
      { timeout: TIMEOUT_MS, polling: 50 },
    );
    const live = ((await page.evaluate(marksScript('atlas:drawn'))) as Mark[]).find(
      (mark) => (mark.detail?.nodes ?? 0) > 0 && !mark.detail?.preview,
    )!;
    await page.waitForFunction(marksScript('atlas:analysis-done') + '.length > 0', undefined, {
      timeout: TIMEOUT_MS,
      polling: 100,
    });
    const [loaded] = (await page.evaluate(marksScript('atlas:dataset-loaded'))) as Mark[];
    const [analysed] = (await page.evaluate(marksScript('atlas:analysis-done'))) as Mark[];
    const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
    const from = loaded?.time ?? 0;
    const to = analysed?.time ?? Infinity;
    const during = tasks.filter((task) => task.start + task.duration > from && task.start < to);
    const filterOn = (await page.evaluate(timeRedraw('setFilters({ year: 2012 })'))) as number;
    const filterOff = (await page.evaluate(timeRedraw('setFilters({ year: null })'))) as number;
    const select = (await page.evaluate(timeSelect(pick.id, pick.label))) as number;
    return {
      firstPaint: first.time,
      interactive: live.time,
      analysis: analysed && loaded ? analysed.time - loaded.time : NaN,
      filter: (filterOn + filterOff) / 2,
      select,
      longestTaskDuringAnalysis: Math.max(0, ...during.map((task) => task.duration)),
      longestTaskOverall: Math.max(0, ...tasks.map((task) => task.duration)),
      heapMB: await stopHeap(),
      drawnEdges: first.detail?.edges ?? 0,
      totalEdges: first.detail?.totalEdges ?? 0,
      nodes: first.detail?.nodes ?? 0,
    };
  } finally {
    await close();
  }
}

async function runBaseline(browser: Browser, url: string): Promise<RunResult | null> {
  const { page, stopHeap, close } = await openMeasured(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(FIRST_PAINT_READY, undefined, { timeout: TIMEOUT_MS, polling: 50 });
    const [first] = (await page.evaluate(marksScript('atlas:drawn'))) as Mark[];
    const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
    return {
      firstPaint: first!.time,
      interactive: first!.time,
      analysis: NaN,
      filter: NaN,
      select: NaN,
      longestTaskDuringAnalysis: NaN,
      longestTaskOverall: Math.max(0, ...tasks.map((task) => task.duration)),
      heapMB: await stopHeap(),
      drawnEdges: first!.detail?.edges ?? 0,
      totalEdges: first!.detail?.edges ?? 0,
      nodes: first!.detail?.nodes ?? 0,
    };
  } catch (error) {
    process.stderr.write(`baseline run failed: ${messageOf(error)}\n`);
    return null;
  } finally {
    await close();
  }
}

/** The baseline's elements: every tie of the clique projection, ids by index, no style data. */
function baselineElements(dataset: Dataset): unknown[] {
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

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const appDir = join(work, 'app');
  const dataDir = join(work, 'data');
  const baseDir = join(work, 'baseline');
  mkdirSync(dataDir);
  mkdirSync(join(baseDir, 'vendor'), { recursive: true });
  copyFileSync(join(ROOT, 'bench/baseline.html'), join(baseDir, 'index.html'));
  copyFileSync(join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js'), join(baseDir, 'vendor/cytoscape.min.js'));
  process.stdout.write(`building the app into ${appDir} …\n`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  const bundle: BundleReport = bundleReport(appDir);

  const sample = JSON.parse(readFileSync(join(ROOT, 'data/bsr-stars.json'), 'utf8')) as Dataset;
  const datasets = new Map<string, Dataset>();
  for (const entry of CASES) {
    const dataset = entry.size ? generateDataset({ ...entry.size, seed: 1 }) : sample;
    datasets.set(entry.name, dataset);
    const file = entry.name.replace(/\W+/g, '_');
    if (entry.size) writeFileSync(join(dataDir, `${file}.json`), JSON.stringify(dataset));
    writeFileSync(join(dataDir, `${file}.elements.json`), JSON.stringify(baselineElements(dataset)));
  }

  const { server, origin } = await startStaticServer({ '/app/': appDir, '/data/': dataDir, '/baseline/': baseDir });
  const browser = await launchChromium();
  const results: CaseResult[] = [];
  const started = performance.now();
  try {
    for (const entry of CASES) {
      const file = entry.name.replace(/\W+/g, '_');
      const dataset = datasets.get(entry.name)!;
      const actor = dataset.actors[0]!;
      const appUrl = entry.size ? `${origin}/app/?data=${origin}/data/${file}.json` : `${origin}/app/`;
      const app: RunResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        process.stdout.write(`${entry.name}: app run ${run + 1}/${RUNS} (load average ${loadavg()[0]!.toFixed(1)})\n`);
        app.push(await runApp(browser, appUrl, { id: actor.id, label: actor.label }));
      }
      const baseline: RunResult[] = [];
      for (let run = 0; run < BASELINE_RUNS; run++) {
        process.stdout.write(`${entry.name}: baseline run ${run + 1}/${BASELINE_RUNS}\n`);
        const result = await runBaseline(browser, `${origin}/baseline/?data=${origin}/data/${file}.elements.json`);
        if (result) baseline.push(result);
      }
      results.push({ name: entry.name, app, baseline });
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const minutes = (performance.now() - started) / 60000;
  const report = formatReport(results, bundle, { runs: RUNS, baselineRuns: BASELINE_RUNS, minutes, load: loadavg() });
  process.stdout.write(`\n${report}\n`);
  mkdirSync(join(ROOT, 'bench/output'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/output/app-bench.md'), report + '\n');
  writeFileSync(join(ROOT, 'bench/output/app-bench.json'), JSON.stringify({ results, bundle }, null, 2));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:app failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
