// The trajectories job at 5,000 actors / 50,000 agreements in a real Chromium: no main-thread task over 100 ms while it computes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const origin = inject('origin');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);

declare global {
  interface Window {
    __tasks?: Array<{ start: number; duration: number }>;
  }
}

describe('trajectories at 5,000 actors', () => {
  it(
    'computes every year in its worker with no main-thread task over 100 ms from Compute to the chart',
    { timeout: 1_200_000 },
    async () => {
      mkdirSync(OUTPUT, { recursive: true });
      // The network of `npm run generate -- --actors 5000 --agreements 50000 --seed 1`.
      const dataset = generateDataset({ actors: 5000, agreements: 50000, seed: 1 });
      writeFileSync(`${OUTPUT}/trajectories-5000.json`, JSON.stringify(dataset));
      const id = dataset.actors[0]!.id;
      const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        window.__tasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__tasks!.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${appUrl}?data=${encodeURIComponent(`${origin}/output/trajectories-5000.json`)}&select=${id}`);
      const compute = page.getByRole('button', { name: 'Compute over the years' });
      await compute.waitFor({ timeout: 300_000 });
      // Let the load, the drawing and the background analysis finish: 5 s without a long task.
      await page.waitForFunction(
        () => {
          const tasks = window.__tasks!;
          const end = tasks.reduce((last, task) => Math.max(last, task.start + task.duration), 0);
          return (
            performance.now() - end > 5000 &&
            ![...document.querySelectorAll('.loading')].some((note) => note.textContent?.includes('Computing metrics'))
          );
        },
        null,
        { timeout: 600_000, polling: 500 },
      );
      const start = await page.evaluate(() => performance.now());
      await compute.click();
      await page.getByTestId('actor-trajectory-svg').waitFor({ timeout: 1_100_000 });
      const end = await page.evaluate(() => performance.now());
      const during = await page.evaluate(
        ([from, to]) => window.__tasks!.filter((task) => task.start >= from! && task.start <= to!),
        [start, end],
      );
      const longest = Math.max(0, ...during.map((task) => task.duration));
      const line = `trajectories 5000/50000: ${((end - start) / 1000).toFixed(1)} s from Compute to the chart, ${during.length} tasks over 50 ms, longest ${longest.toFixed(0)} ms\n`;
      writeFileSync(`${OUTPUT}/trajectories-5000-longtask.txt`, line);
      process.stdout.write(line);
      expect(await page.getByTestId('actor-trajectory-svg').locator('circle').count()).toBeGreaterThan(0);
      expect(longest).toBeLessThanOrEqual(100);
      await page.close();
    },
  );
});
