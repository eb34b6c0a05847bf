// The main thread while the trajectories compute at 5,000 actors / 50,000 agreements: the longest task from Compute to the chart, in headless Chromium.
// Run: npx vite build --outDir DIST && npx tsx bench/trajectories-longtask.bench.ts DIST [RUNS]
// (the network of `npm run generate -- --actors 5000 --agreements 50000 --seed 1`; the target is no task over 100 ms).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDataset } from '../src/model/generate';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { LONG_TASK_OBSERVER } from './page-scripts';

const [distArg, runsArg] = process.argv.slice(2);
if (!distArg) {
  process.stderr.write('usage: npx tsx bench/trajectories-longtask.bench.ts DIST [RUNS]\n');
  process.exit(2);
}
const runs = Number(runsArg ?? 1);
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-traj-'));
const dataset = generateDataset({ actors: 5000, agreements: 50000, seed: 1 });
writeFileSync(join(dataDir, 'g5000.json'), JSON.stringify(dataset));
const selected = dataset.actors[0]!.id;

interface Task {
  start: number;
  duration: number;
}
const tasksSince = (from: number): Task[] =>
  ((window as unknown as { __longTasks?: Task[] }).__longTasks ?? []).filter((task) => task.start >= from);

const { server, origin } = await startStaticServer({ '/data/': dataDir, '/': resolve(distArg) });
const browser = await launchChromium();
try {
  for (let run = 1; run <= runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(LONG_TASK_OBSERVER);
    await page.goto(`${origin}/?data=${encodeURIComponent(`${origin}/data/g5000.json`)}&select=${selected}`);
    const compute = page.getByRole('button', { name: 'Compute over the years' });
    await compute.waitFor({ timeout: 300_000 });
    // Only the trajectories' tasks count: wait until the load, drawing and background analysis have gone quiet for 5 s.
    await page.waitForFunction(
      () => {
        const tasks = (window as unknown as { __longTasks?: Task[] }).__longTasks ?? [];
        const end = tasks.reduce((last, task) => Math.max(last, task.start + task.duration), 0);
        return performance.now() - end > 5000;
      },
      null,
      { timeout: 600_000, polling: 500 },
    );
    const start = await page.evaluate(() => performance.now());
    await compute.click();
    await page.getByTestId('actor-trajectory-svg').waitFor({ timeout: 1_100_000 });
    const end = await page.evaluate(() => performance.now());
    const tasks = (await page.evaluate(tasksSince, start)).filter((task) => task.start <= end);
    const longest = Math.max(0, ...tasks.map((task) => task.duration));
    process.stdout.write(
      `run ${run}: chart after ${((end - start) / 1000).toFixed(1)} s; longest main-thread task ${Math.round(longest)} ms ` +
        `(target 100 ms); ${tasks.length} tasks over 50 ms\n`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
