// The main thread while a large workbook is imported: the longest task from choosing the file to the preview, in headless Chromium.
// Run: npx vite build --outDir DIST && npx tsx bench/sheets-import.bench.ts DIST WORKBOOK.xlsx
// (a 50,000-agreement workbook: npm run generate -- --actors 5000 --agreements 50000 --seed 7 --out big.json,
//  then npm run convert -- big.json --out big.xlsx). BENCH_TASKS=1 also lists every long task (start: duration).
import { basename, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { LONG_TASK_OBSERVER } from './page-scripts';

const [distArg, workbookArg, runsArg] = process.argv.slice(2);
if (!distArg || !workbookArg) {
  process.stderr.write('usage: npx tsx bench/sheets-import.bench.ts DIST WORKBOOK.xlsx [RUNS]\n');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const workbookPath = resolve(workbookArg);
const name = basename(workbookArg);

const { server, origin } = await startStaticServer({ '/': resolve(distArg) });
const browser = await launchChromium();
try {
  for (let run = 1; run <= runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(LONG_TASK_OBSERVER);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 60_000 });
    // Let the sample's layout and first paints finish, so only the import's tasks are counted.
    await page.waitForTimeout(3000);
    const start = await page.evaluate(() => performance.now());
    // A path, not a buffer: Playwright builds a buffer's File in the page itself, a multi-second task of its own.
    await page.locator('[data-testid=file-input]').setInputFiles(workbookPath);
    await page.getByRole('dialog', { name: `Import ${name}` }).waitFor({ timeout: 120_000 });
    const end = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(
      (from) =>
        ((window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks ?? []).filter(
          (task) => task.start >= from,
        ),
      start,
    );
    const longest = Math.max(0, ...tasks.map((task) => task.duration));
    const total = tasks.reduce((sum, task) => sum + task.duration, 0);
    process.stdout.write(
      `run ${run}: preview after ${Math.round(end - start)} ms; longest main-thread task ${Math.round(longest)} ms; ` +
        `${tasks.length} long tasks, ${Math.round(total)} ms in all\n`,
    );
    if (process.env.BENCH_TASKS)
      process.stdout.write(
        `  tasks (start ms after the choice: duration): ${tasks.map((t) => `${Math.round(t.start - start)}: ${Math.round(t.duration)}`).join(', ')}\n`,
      );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
