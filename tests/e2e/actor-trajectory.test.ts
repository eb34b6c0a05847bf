// "Over the years" in a real Chromium: the sample's top broker gets its line chart (one point per year), and a large network's job shows its progress and stops on Cancel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { trajectories } from '../../src/analysis/trajectories';
import { generateDataset } from '../../src/model/generate';
import { yearSpan } from '../../src/model/year-span';
import { emptyFilters, type Dataset } from '../../src/model/types';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const origin = inject('origin');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);

/** The worker scripts the page starts, by URL, and which of them have ended. */
function workersOf(page: Page): { started: string[]; closed: string[] } {
  const seen = { started: [] as string[], closed: [] as string[] };
  page.on('worker', (worker) => {
    seen.started.push(worker.url());
    worker.on('close', () => seen.closed.push(worker.url()));
  });
  return seen;
}

describe('an actor over the years', () => {
  it(
    "draws the sample top broker's degree in each year from the one before its first agreement, one point per year, computed in its own worker",
    { timeout: 180_000 },
    async () => {
      const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
      const [first, last] = yearSpan(sample)!;
      const id = 'latvian-it-cluster';
      const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
      const workers = workersOf(page);
      await page.goto(`${appUrl}?select=${id}`);
      const chart = page.getByTestId('actor-trajectory-svg');
      await chart.waitFor({ timeout: 150_000 });
      const years = await chart
        .locator('circle')
        .evaluateAll((circles) => circles.map((c) => c.getAttribute('data-year')));
      // From the year before its first agreement (the decades before would squeeze the chart) to the last year.
      const all = trajectories(sample, { filters: emptyFilters(), from: first, to: last }).years;
      const joined = all.find((entry) => entry.actors.some((actor) => actor.id === id && actor.degree > 0))!.year;
      expect(joined).toBeGreaterThan(first);
      expect(years).toEqual(Array.from({ length: last - joined + 2 }, (_, i) => String(joined - 1 + i)));
      // One year's value as analyze --year has it.
      const year2010 = trajectories(sample, { filters: emptyFilters(), from: 2010, to: 2010 }).years[0]!;
      const degree = year2010.actors.find((actor) => actor.id === id)!.degree;
      expect(await chart.locator('circle[data-year="2010"] title').textContent()).toBe(`2010: ${degree}`);
      expect(await chart.locator('text.tick').allTextContents()).toEqual(
        expect.arrayContaining([String(joined - 1), String(last)]),
      );
      expect(workers.started.filter((url) => url.includes('trajectories.worker'))).toHaveLength(1);
      expect(await seriousViolations(page, '.actor-trajectory')).toEqual([]);
      await page.close();
    },
  );

  it(
    'at 2,000 generated actors waits for Compute, shows the progress bar, and Cancel stops the job and its worker',
    { timeout: 240_000 },
    async () => {
      mkdirSync(OUTPUT, { recursive: true });
      const dataset = generateDataset({ actors: 2000, agreements: 20000, seed: 3 });
      writeFileSync(`${OUTPUT}/trajectories-2000.json`, JSON.stringify(dataset));
      const id = dataset.actors[0]!.id;
      const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const workers = workersOf(page);
      await page.goto(`${appUrl}?data=${encodeURIComponent(`${origin}/output/trajectories-2000.json`)}&select=${id}`);
      const compute = page.getByRole('button', { name: 'Compute over the years' });
      await compute.waitFor({ timeout: 180_000 });
      expect(await page.getByRole('progressbar').count()).toBe(0);
      await compute.click();
      const bar = page.getByRole('progressbar', { name: /^Computing the metrics of each year 2000–2024/ });
      await bar.waitFor({ timeout: 10_000 });
      await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 60_000 }).not.toBe('0');
      const percent = Number(await bar.getAttribute('aria-valuenow'));
      expect(percent).toBeGreaterThan(0);
      expect(percent).toBeLessThan(100);
      const worker = workers.started.find((url) => url.includes('trajectories.worker'));
      expect(worker).toBeDefined();
      await page.locator('.actor-trajectory').getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => workers.closed.includes(worker!), { timeout: 10_000 }).toBe(true);
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(await page.locator('.actor-trajectory [role="status"]').textContent()).toContain('Stopped.');
      expect(await page.getByTestId('actor-trajectory-svg').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Compute 2000–2024 again' }).count()).toBe(1);
      await page.close();
    },
  );
});
