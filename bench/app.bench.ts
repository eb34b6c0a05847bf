// `npm run bench:app`: the built app in headless Chromium against the targets and two peers (plain cytoscape, sigma.js).
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { messageOf } from '../src/model/errors';
import { generateDataset } from '../src/model/generate';
import type { Dataset } from '../src/model/types';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { runApp } from './app-run';
import { bundleReport, type BundleReport } from './bundle';
import { LONG_TASK_OBSERVER } from './page-scripts';
import { baselineElements, launchWebglChromium, runPeer, sigmaGraph, WEBGL_RENDERER } from './peers';
import { formatReport, type AppRun, type CaseResult, type PeerRun } from './report';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? process.env.BENCH_BASELINE_RUNS ?? 2);
/** A run that has not painted (or finished its analysis) by then is recorded as timed out. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 180_000);

interface Case {
  name: string;
  /** Generated size; absent for the bundled sample. */
  size?: { actors: number; agreements: number };
}
// The sample always runs (load only): the table's "sample first paint ÷ plain cytoscape" is taken in the same run.
const CASES: Case[] = [
  { name: 'sample' },
  { name: '500/2,000', size: { actors: 500, agreements: 2000 } },
  { name: '2,000/10,000', size: { actors: 2000, agreements: 10000 } },
  { name: '5,000/50,000', size: { actors: 5000, agreements: 50000 } },
].filter((entry) => !entry.size || only(entry.name));

/** BENCH_ONLY picks sizes by the name's start up to a separator: "5" is 5,000/50,000 (not 500/2,000), "500" is 500/2,000. */
function only(name: string): boolean {
  const wanted = process.env.BENCH_ONLY;
  if (!wanted) return true;
  return name.startsWith(wanted) && /^($|[,/])/.test(name.slice(wanted.length));
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

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const appDir = join(work, 'app');
  const dataDir = join(work, 'data');
  const peerDir = join(work, 'peers');
  mkdirSync(dataDir);
  mkdirSync(join(peerDir, 'vendor'), { recursive: true });
  copyFileSync(join(ROOT, 'bench/cytoscape.html'), join(peerDir, 'cytoscape.html'));
  copyFileSync(join(ROOT, 'bench/sigma.html'), join(peerDir, 'sigma.html'));
  copyFileSync(join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js'), join(peerDir, 'vendor/cytoscape.min.js'));
  copyFileSync(join(ROOT, 'node_modules/sigma/dist/sigma.min.js'), join(peerDir, 'vendor/sigma.min.js'));
  copyFileSync(
    join(ROOT, 'node_modules/graphology/dist/graphology.umd.min.js'),
    join(peerDir, 'vendor/graphology.umd.min.js'),
  );
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
    if (entry.size) writeFileSync(join(dataDir, `${file}.sigma.json`), JSON.stringify(sigmaGraph(dataset)));
  }

  const { server, origin } = await startStaticServer({ '/app/': appDir, '/data/': dataDir, '/peers/': peerDir });
  const browser = await launchChromium();
  const webglBrowser = await launchWebglChromium();
  const results: CaseResult[] = [];
  const started = performance.now();
  const probe = await webglBrowser.newPage();
  const sigmaWebgl = (await probe.evaluate(WEBGL_RENDERER)) as string;
  await probe.close();
  try {
    for (const entry of CASES) {
      const file = entry.name.replace(/\W+/g, '_');
      const dataset = datasets.get(entry.name)!;
      const actor = dataset.actors[0]!;
      const appUrl = entry.size ? `${origin}/app/?data=${origin}/data/${file}.json` : `${origin}/app/`;
      const app: AppRun[] = [];
      for (let run = 0; run < RUNS; run++) {
        process.stdout.write(`${entry.name}: app run ${run + 1}/${RUNS} (load average ${loadavg()[0]!.toFixed(1)})\n`);
        const { page, stopHeap, close } = await openMeasured(browser);
        try {
          // A failed run (a timeout on a loaded machine) is reported and left out of the medians.
          app.push(
            await runApp({
              page,
              url: appUrl,
              stopHeap,
              timeoutMs: TIMEOUT_MS,
              pick: { id: actor.id, label: actor.label },
              sector: actor.sectors?.[0] ?? '',
              country: actor.country ?? '',
              year: 2012,
              loadOnly: !entry.size,
            }),
          );
          writeFileSync(join(work, `${file}-app-${run}.json`), JSON.stringify(app[app.length - 1]));
        } catch (error) {
          process.stderr.write(`${entry.name}: app run ${run + 1} failed: ${messageOf(error)}\n`);
        } finally {
          await close();
        }
      }
      const cytoscape: PeerRun[] = [];
      const sigma: PeerRun[] = [];
      for (let run = 0; run < PEER_RUNS; run++) {
        process.stdout.write(`${entry.name}: peer runs ${run + 1}/${PEER_RUNS}\n`);
        const base = await runPeer(
          () => openMeasured(browser),
          `${origin}/peers/cytoscape.html?data=${origin}/data/${file}.elements.json`,
          TIMEOUT_MS,
        );
        if (base) cytoscape.push(base);
        if (!entry.size) continue;
        const peer = await runPeer(
          () => openMeasured(webglBrowser),
          `${origin}/peers/sigma.html?data=${origin}/data/${file}.sigma.json`,
          TIMEOUT_MS,
        );
        if (peer) sigma.push(peer);
      }
      results.push({ name: entry.name, app, cytoscape, sigma });
    }
  } finally {
    await browser.close();
    await webglBrowser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const minutes = (performance.now() - started) / 60000;
  const meta = {
    runs: RUNS,
    peerRuns: PEER_RUNS,
    minutes,
    load: loadavg(),
    commit: gitCommit(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    sigmaWebgl,
  };
  const report = formatReport(results, bundle, meta);
  process.stdout.write(`\n${report}\n`);
  mkdirSync(join(ROOT, 'bench/output'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/output/app-bench.md'), report + '\n');
  writeFileSync(
    join(ROOT, 'bench/output/app-bench.json'),
    JSON.stringify({ results, bundle, sigmaWebgl, meta }, null, 2),
  );
}

/** The measured commit, "+changes" when the worktree differs from it. */
function gitCommit(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:app failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
