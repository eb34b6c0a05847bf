// What a presenter hands on is what they saw: local files shared honestly, every control in the link, colours that hold still.
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as Dataset;

const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

/** A page in a fresh browser context: its own IndexedDB and history, as a reader who got the link would have. */
async function freshPage(query = '', width = 1440, height = 900): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl + query);
  return page;
}

const closeAll = async (...pages: Page[]): Promise<void> => {
  for (const page of pages) await page.context().close();
};

const heading = (page: Page) => page.locator('h1');
const waitForTitle = (page: Page, title: string | undefined) =>
  expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe(title);

/** The legend's colour of each listed value, by its label ("Latvia" → "rgb(…)"). */
async function legendColours(page: Page): Promise<Map<string, string>> {
  await page.locator('.legend-list li').first().waitFor({ timeout: 30_000 });
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll('.legend section[aria-label=Colour] .legend-list li')].map((li) => [
      (li.textContent ?? '').replace(/\s*\(\d+\)\s*$/, '').trim(),
      getComputedStyle(li.querySelector('.legend-swatch') as Element).backgroundColor,
    ]),
  );
  return new Map(pairs as [string, string][]);
}

/** Waits until the address bar has caught up with the view (the sync is debounced), then returns it. */
async function writtenLink(page: Page, key: string, value: string | null): Promise<string> {
  await expect.poll(() => new URL(page.url()).searchParams.get(key), { timeout: 10_000 }).toBe(value);
  return new URL(page.url()).search;
}

/** A fresh page on the sample, then tests/fixtures/small.json opened with Open dataset… as a user would. */
async function withLocalFile(): Promise<Page> {
  const page = await freshPage();
  await waitForTitle(page, sample.title);
  await page.locator('[data-testid=file-input]').setInputFiles('tests/fixtures/small.json');
  await waitForTitle(page, small.title);
  return page;
}

describe('sharing a dataset that has no address', () => {
  it('offers a link with the data inside, which opens the same dataset and view in a fresh browser', async () => {
    const page = await withLocalFile();
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('fragment-size').textContent()).toMatch(/inside the link \(\d/);
    const link = await dialog.locator('.copy-field input').first().inputValue();
    const embed = await dialog.locator('.copy-field textarea').first().inputValue();
    expect(link).toContain('#data=');
    expect(embed).toContain('#data=');
    expect(embed).toContain(`title="${small.title}"`);
    await page.screenshot({ path: `${OUTPUT}/share-local-file.png` });
    // Nobody holds the file: the reader's browser opens it from the link alone.
    const reader = await freshPage(link.slice(link.indexOf('?') >= 0 ? link.indexOf('?') : link.indexOf('#')));
    await waitForTitle(reader, small.title);
    await expect.poll(() => reader.evaluate(() => window.__atlas?.nodeCount())).toBe(small.actors.length);
    await closeAll(page, reader);
  });

  it('gives the ?data= link and the iframe for the address where the file will be published', async () => {
    const page = await withLocalFile();
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Where you will put the dataset file/).fill('https://example.org/ties.json');
    const links = () =>
      dialog.locator('.copy-field input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect
      .poll(async () => (await links()).some((l) => l.includes('data=https%3A%2F%2Fexample.org%2Fties.json')))
      .toBe(true);
    await closeAll(page);
  });

  it('keeps the opened file across a reload with a Local file mark, until Back to the sample', async () => {
    const page = await withLocalFile();
    await page.getByTestId('local-mark').waitFor();
    await page.reload();
    await waitForTitle(page, small.title);
    const mark = page.getByTestId('local-mark');
    await expect.poll(() => mark.textContent()).toContain('Local file');
    await mark.getByRole('button', { name: 'Back to the sample' }).click();
    await waitForTitle(page, sample.title);
    await page.reload();
    await waitForTitle(page, sample.title);
    expect(await mark.count()).toBe(0);
    await closeAll(page);
  });
});

describe('every visible choice is in the link', () => {
  it('opens "The most central actors" sorted by betweenness', async () => {
    const page = await freshPage('?view=rankings&size=betweenness');
    const sorted = page.locator('th[aria-sort=descending]');
    await expect.poll(() => sorted.textContent(), { timeout: 30_000 }).toMatch(/Betweenness/);
    await closeAll(page);
  });

  it('reopens each changed control in a fresh page: table sort and filter, gap pair, coverage cell, legend', async () => {
    const page = await freshPage('?view=rankings');
    await page.locator('th[aria-sort]').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /^Actor/ }).click();
    await page.getByLabel('Country', { exact: true }).selectOption('LV');
    const rankings = await writtenLink(page, 'find', 'LV,,');
    const rankingsState = async (p: Page) => ({
      sorted: await p.locator('th[aria-sort]:not([aria-sort=none])').getAttribute('aria-sort'),
      column: await p.locator('th[aria-sort]:not([aria-sort=none])').textContent(),
      country: await p.getByLabel('Country', { exact: true }).inputValue(),
      rows: await p.locator('.rankings-view tbody tr').count(),
    });
    const before = await rankingsState(page);
    const again = await freshPage(rankings);
    await again.locator('th[aria-sort]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => rankingsState(again)).toEqual(before);

    await page.goto(appUrl + '?view=matrix&matrix=health');
    const gapCell = page.locator('.pair-matrix td.gap .cell-button').first();
    await gapCell.click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('gap'), { timeout: 10_000 })
      .toMatch(/^[A-Z]{2},[A-Z]{2}$/);
    const matrix = new URL(page.url()).search;
    const explained = await page.locator('.gap-explanation').textContent();
    await again.goto(appUrl + matrix);
    await expect.poll(() => again.locator('.gap-explanation').textContent(), { timeout: 30_000 }).toBe(explained);

    await page.goto(appUrl + '?view=coverage');
    await page.locator('.coverage-view .cell-button').nth(3).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('cell'), { timeout: 10_000 }).not.toBeNull();
    const pressed = await page
      .locator('.coverage-view .cell-button[aria-pressed=true]')
      .first()
      .getAttribute('aria-label');
    await again.goto(appUrl + new URL(page.url()).search);
    await expect
      .poll(() => again.locator('.coverage-view .cell-button[aria-pressed=true]').first().getAttribute('aria-label'))
      .toBe(pressed);

    await page.goto(appUrl);
    await page.locator('.legend summary').first().click();
    const legend = await writtenLink(page, 'legend', 'closed');
    await again.goto(appUrl + legend);
    await expect.poll(() => again.locator('details.legend').getAttribute('open')).toBeNull();
    await closeAll(page, again);
  });

  it('reopens the warnings panel from the link', async () => {
    const page = await freshPage();
    await waitForTitle(page, sample.title);
    await page.locator('.warnings-button').click();
    const link = await writtenLink(page, 'panel', 'warnings');
    const again = await freshPage(link);
    await expect
      .poll(() => again.locator('.warnings-button').getAttribute('aria-pressed'), { timeout: 30_000 })
      .toBe('true');
    await closeAll(page, again);
  });

  it('reopens what-if agreements from the link, and Back brings a removed one back', async () => {
    const page = await freshPage('?view=matrix&matrix=health&whatif=bilateral:latvian-it-cluster;vinnova:health');
    const item = page.locator('.what-if-list li');
    await expect
      .poll(() => item.getAttribute('data-parties'), { timeout: 30_000 })
      .toBe(JSON.stringify(['latvian-it-cluster', 'vinnova']));
    await item.getByRole('button').click();
    await writtenLink(page, 'whatif', null);
    expect(await item.count()).toBe(0);
    await page.goBack();
    await expect.poll(() => item.count()).toBe(1);
    await closeAll(page);
  });

  it('gives Play years one history entry, so Back leaves the play', async () => {
    const page = await freshPage();
    await waitForTitle(page, sample.title);
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: /Play years/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), { timeout: 10_000 }).not.toBeNull();
    const first = Number(new URL(page.url()).searchParams.get('year'));
    await expect
      .poll(() => Number(new URL(page.url()).searchParams.get('year')), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(first + 3);
    await page.getByRole('button', { name: /Pause/ }).click();
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(entries + 1);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBeNull();
    await closeAll(page);
  });
});

describe('colours that hold still', () => {
  it("gives each country one legend colour across filters, a quick pick, a year and the story's steps", async () => {
    const views = [
      '',
      '?sector=cleantech',
      '?country=EE,LV,LT',
      '?year=2012',
      '?story=views&step=1',
      '?story=views&step=7',
    ];
    const seen = new Map<string, Map<string, string>>();
    const page = await freshPage();
    for (const query of views) {
      await page.goto(appUrl + query);
      await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
      for (const [country, colour] of await legendColours(page)) {
        if (country === 'Other') continue;
        const before = seen.get(country);
        if (before === undefined) seen.set(country, new Map([[query, colour]]));
        else before.set(query, colour);
      }
    }
    for (const [country, colours] of seen) {
      expect(new Set(colours.values()).size, `${country}: ${JSON.stringify([...colours])}`).toBe(1);
    }
    expect(seen.get('Latvia')?.size).toBeGreaterThanOrEqual(4);
    await closeAll(page);
  });
});

describe('printouts and pictures say where they come from', () => {
  it('prints the scorecard with the title, the asOf date, Alliance Atlas and the link', async () => {
    const page = await freshPage('?view=scorecard&place=LV');
    const credit = page.getByTestId('print-credit');
    await expect.poll(() => credit.textContent(), { timeout: 30_000 }).toContain('Alliance Atlas');
    const text = (await credit.textContent()) ?? '';
    expect(text).toContain(sample.title ?? 'no title');
    expect(text).toContain(`data as of ${sample.asOf}`);
    expect(text).toContain('view=scorecard');
    await page.emulateMedia({ media: 'print' });
    expect(await credit.isVisible()).toBe(true);
    await closeAll(page);
  });

  it('writes the credit line into the SVG export', async () => {
    const page = await freshPage('?color=kind');
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('menuitem', { name: 'SVG drawing' }).click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain(
      `Alliance Atlas · ${(sample.title ?? '').replace(/&/g, '&amp;')} · data as of ${sample.asOf}`,
    );
    expect(svg).toMatch(/color=kind/);
    await closeAll(page);
  });

  it(
    'downloads the view as one offline HTML file that opens on the same dataset and view',
    { timeout: 120_000 },
    async () => {
      const page = await freshPage('?view=rankings&size=betweenness');
      await page.locator('th[aria-sort=descending]').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('menuitem', { name: /Offline HTML file/ }).click(),
      ]);
      // Saved under an .html name, as a browser saves it, so the file opens as a page.
      const path = resolve(OUTPUT, 'offline-from-app.html');
      copyFileSync(await file.path(), path);
      const offline = await chromium.browser.newPage();
      await offline.goto(`file://${path}`);
      await expect.poll(() => offline.locator('h1').textContent(), { timeout: 30_000 }).toBe(sample.title);
      await expect.poll(() => offline.locator('th[aria-sort=descending]').textContent()).toMatch(/Betweenness/);
      await offline.close();
      await closeAll(page);
    },
  );

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
