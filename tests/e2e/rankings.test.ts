// The rankings view in a real Chromium on the sample: sort by betweenness, keyboard, CSV download, selection, axe, screenshot.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyzeDataset } from '../../src/analysis/analyze';
import { generateDataset } from '../../src/model/generate';
import { emptyFilters, type Dataset } from '../../src/model/types';
import { seriousViolations, sharedChromium } from './page-helpers';
import { startStaticServer } from './static-server';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
// What `npm run --silent analyze -- data/bsr-stars.json` prints: the same function, no filters, clique projection.
const analysis = analyzeDataset(sample, { filters: emptyFilters() });

const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

async function openRankings(): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl + '?view=rankings');
  // Ready once the worker's metrics for this graph have arrived.
  await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 45_000 });
  return page;
}

const rowNames = (page: Page): Promise<string[]> =>
  page.$$eval('.rankings-table tbody th[scope="row"]', (cells) => cells.map((cell) => cell.textContent ?? ''));
const sortOf = (page: Page, column: string): Promise<string | null> =>
  page
    .locator('.rankings-table thead th', { has: page.getByRole('button', { name: column, exact: true }) })
    .getAttribute('aria-sort');

describe('rankings on the sample', () => {
  it('puts the actor with the highest betweenness first, downloads the table, and passes axe', async () => {
    const top = [...analysis.actors].sort((a, b) => b.betweenness - a.betweenness);
    // The check below names one actor, so the sample must have a clear leader.
    expect(top[0]!.betweenness).toBeGreaterThan(top[1]!.betweenness);
    const page = await openRankings();
    expect(await rowNames(page)).toHaveLength(sample.actors.length);

    await page.getByRole('button', { name: 'Betweenness', exact: true }).click();
    expect(await sortOf(page, 'Betweenness')).toBe('descending');
    const names = await rowNames(page);
    expect(names[0]).toBe(top[0]!.label);
    expect(names[1]).toBe(top[1]!.label);
    const firstRow = page.locator('.rankings-table tbody tr').first();
    expect(await firstRow.locator('td').nth(4).textContent()).toBe(top[0]!.betweenness.toFixed(3));

    // The CSV: the columns shown, one line per row, in the order shown, numbers at full precision.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-rankings\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8')
      .split('\r\n')
      .filter((line) => line !== '');
    // The UTF-8 BOM first, so that Excel reads the accents right (docs/spreadsheets.md).
    expect(lines[0]).toBe(
      '\uFEFFactor,country,degree,strength,degreeCentrality,betweenness,closeness,eigenvector,pagerank,constraint,crossBorderPartners,community,kind,sectors',
    );
    expect(lines).toHaveLength(sample.actors.length + 1);
    expect(lines[1]!.startsWith(`${top[0]!.label},`)).toBe(true);
    expect(lines[1]).toContain(`,${top[0]!.betweenness},`);

    expect(await seriousViolations(page)).toEqual([]);
    // Clicking a header scrolls it into view; back to the left edge for the picture.
    await page.locator('.rankings-scroll').evaluate((element) => element.scrollTo(0, 0));
    await page.screenshot({ path: `${OUTPUT}/rankings.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('sorts from the keyboard, filters by country and opens an actor from its name', async () => {
    const page = await openRankings();
    await page.getByRole('button', { name: 'Constraint', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await sortOf(page, 'Constraint')).toBe('ascending');
    const lowest = [...analysis.actors]
      .filter((a) => a.constraint !== null)
      .sort((a, b) => a.constraint! - b.constraint! || a.label.localeCompare(b.label, 'en'))[0]!;
    expect((await rowNames(page))[0]).toBe(lowest.label);

    await page.getByLabel('Country', { exact: true }).selectOption('EE');
    const estonian = sample.actors.filter((a) => a.country === 'EE').map((a) => a.label);
    expect((await rowNames(page)).sort()).toEqual(estonian.sort());

    const name = (await rowNames(page))[0]!;
    await page.locator('.rankings-table tbody th button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.side').textContent()).toContain(name);
    expect(await page.locator('.rankings-table tr[aria-current="true"] th').textContent()).toBe(name);
    await page.screenshot({ path: `${OUTPUT}/rankings-selected.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('rankings in a 320×480 embed', () => {
  it('shows the table first with its top rows in view, and the controls folded under one line that opens them', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 320, height: 480 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(appUrl + '?view=rankings&size=betweenness&embed=1');
    await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 45_000 });
    const firstRow = page.locator('.rankings-table tbody tr').first();
    const box = await firstRow.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(480);
    const country = page.getByLabel('Country', { exact: true });
    expect(await country.isVisible()).toBe(false);
    await page.getByText('Filters, download and robustness').click();
    expect(await country.isVisible()).toBe(true);
    await country.selectOption({ index: 1 });
    await expect.poll(() => page.locator('.rankings-tools summary').textContent()).toMatch(/\(1 filter on\)$/);
    await page.screenshot({ path: `${OUTPUT}/rankings-embed-320-tools.png` });
    await page.close();
  });

  it('shows the ranked metric beside each name without scrolling sideways: betweenness is the second column', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 320, height: 480 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(appUrl + '?view=rankings&size=betweenness&embed=1');
    await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 45_000 });
    // The second header is the sorted one, named Betweenness (its button's accessible name), inside the frame.
    const second = page.locator('.rankings-table thead th').nth(1);
    expect(await second.getAttribute('aria-sort')).toBe('descending');
    expect(await second.getByRole('button', { name: /^Betweenness/ }).count()).toBe(1);
    const header = (await second.boundingBox())!;
    expect(header.x + header.width).toBeLessThanOrEqual(320);
    // The first row's betweenness cell lies inside the 320 px frame.
    const cell = page.locator('.rankings-table tbody tr').first().locator('td').first();
    expect(Number((await cell.textContent())!.replace(/,/g, ''))).toBeGreaterThan(0);
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${OUTPUT}/rankings-embed-320-metric.png` });
    await page.close();
  });

  it('keeps each control the keyboard reaches in view, not under the sticky names or header nor past the edge: Tab along the headers, Shift+Tab up the rows', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 320, height: 480 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(appUrl + '?view=rankings&embed=1');
    await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 45_000 });
    /** The focused control, and whether its centre shows something else (a sticky cell) or nothing (off the frame). */
    const focused = (): Promise<{ text: string; covered: boolean }> =>
      page.evaluate(() => {
        const element = document.activeElement!;
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return { text: element.textContent ?? '', covered: top === null || !element.contains(top) };
      });
    await page.locator('.rankings-scroll').focus();
    const covered: string[] = [];
    const walk = async (key: string, steps: number): Promise<void> => {
      for (let i = 0; i < steps; i++) {
        await page.keyboard.press(key);
        // The correction waits a frame after the browser's own scroll.
        await page.waitForTimeout(50);
        const now = await focused();
        if (now.covered) covered.push(`${key} ${now.text}`);
      }
    };
    // Along the 14 header buttons into the rows, then back up them under the header.
    await walk('Tab', 30);
    await walk('Shift+Tab', 12);
    expect(covered.join('; ')).toBe('');
    await page.close();
  });
});

describe('rankings of 5,000 actors', () => {
  const FILE = 'rankings-5000.json';
  let server: Server | undefined;
  let origin = '';

  beforeAll(async () => {
    writeFileSync(`${OUTPUT}/${FILE}`, JSON.stringify(generateDataset({ actors: 5000, agreements: 20000, seed: 7 })));
    // The global setup built the app; this server adds tests/output on the same origin, as scale.test.ts does.
    ({ server, origin } = await startStaticServer({ '/app/': process.env.E2E_DIST ?? 'dist', '/out/': OUTPUT }));
  });
  afterAll(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  /** Milliseconds from a click on the element to the next frame after React has rendered. */
  const clickToFrame = (page: Page, selector: string): Promise<number> =>
    page.evaluate(async (target) => {
      const element = document.querySelector<HTMLElement>(target);
      if (!element) throw new Error(`nothing matches ${target}`);
      const start = performance.now();
      element.click();
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return performance.now() - start;
    }, selector);

  it('lists 200 rows at a time, and sorts and pages without stalling the page', { timeout: 180_000 }, async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/app/?view=rankings&data=/out/${FILE}`);
    await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 150_000 });
    expect(await rowNames(page)).toHaveLength(200);
    expect(await page.locator('.rankings-count').textContent()).toBe('5,000 actors; the first 200 are listed');

    // Each action three times, keeping the fastest: other work on a shared machine only ever adds time.
    const timings: Record<string, number> = {};
    const sortButton = '.rankings-table thead th:nth-child(6) button';
    const sorts: number[] = [];
    for (let i = 0; i < 3; i++) sorts.push(await clickToFrame(page, sortButton));
    // Three clicks: descending, ascending, descending.
    expect(await sortOf(page, 'Betweenness')).toBe('descending');
    timings.sort = Math.min(...sorts);
    const pages: number[] = [];
    for (let i = 0; i < 3; i++) pages.push(await clickToFrame(page, '.rankings-more'));
    expect(await rowNames(page)).toHaveLength(800);
    timings.showMore = Math.min(...pages);
    const typed: number[] = [];
    for (const text of ['cluster 1', 'cluster 2', 'agency']) {
      const start = Date.now();
      await page.getByLabel('Find', { exact: true }).fill(text);
      await page.waitForFunction(
        (expected) =>
          document.querySelector('.rankings-count')?.textContent?.includes('match') &&
          document.querySelector<HTMLInputElement>('.rankings-filters input[type=search]')?.value === expected,
        text,
      );
      typed.push(Date.now() - start);
    }
    timings.textFilter = Math.min(...typed);
    console.log('rankings of 5,000 actors, fastest of three, ms:', JSON.stringify(timings));
    // The test build runs React's development mode (vitest sets NODE_ENV=test), several times slower than
    // the production build (20-35 ms of script and 60-115 ms of layout a click there, on this shared 2-core
    // machine); here a page of 200 rows takes 0.2-1 s depending on the load. Drawing all 5,000 rows at once
    // would cost 25 pages' worth; 2.5 s still tells a page from that by a factor of ten.
    for (const [what, ms] of Object.entries(timings)) expect(ms, what).toBeLessThan(2500);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
