// The gap views in a real Chromium on the sample: a known gap explained, what-if closing it, compare, screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compareYears } from '../../src/analysis/compare';
import { countryPairGaps } from '../../src/analysis/gaps';
import { recommendPartners } from '../../src/analysis/recommend';
import { analysisScope } from '../../src/analysis/scope';
import { buildActorGraph } from '../../src/model/graph';
import { countryName } from '../../src/model/countries';
import { emptyFilters, type Dataset } from '../../src/model/types';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const name = (code: string): string => countryName(code, sample);

const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

async function openApp(query: string, width = 1400): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl + query);
  return page;
}

const gapItems = (page: Page): Promise<string[]> =>
  page.$$eval('.gap-list li', (items) => items.map((item) => item.textContent ?? ''));

describe('gap matrix and what-if', () => {
  // The sample's largest health gap, from the analysis code the app runs (analysis.md definition).
  const [top] = countryPairGaps(analysisScope(sample, emptyFilters()), 'health');

  it('lists the largest health gap, explains it naming both countries, and a what-if tie removes it', async () => {
    expect(top).toBeDefined();
    const [c, d] = top!.countries;
    // Wide enough for the matrix and the gap list side by side next to the two panels.
    const page = await openApp('?view=matrix&matrix=health', 1920);
    await page.waitForSelector('.pair-matrix');
    const items = await gapItems(page);
    expect(items[0]).toContain(`${name(c)} – ${name(d)}`);
    expect(items[0]).toContain(`= ${top!.score}`);
    // The gap is marked in the matrix itself, in both halves.
    expect(await page.locator(`.pair-matrix button[aria-label="Gap between ${name(c)} and ${name(d)}"]`).count()).toBe(
      1,
    );
    await page.getByRole('button', { name: `${name(c)} – ${name(d)}`, exact: true }).click();
    const explanation = (await page.locator('.gap-explanation').textContent()) ?? '';
    expect(explanation).toContain(name(c));
    expect(explanation).toContain(name(d));
    expect(explanation).toContain('no Health & well-being agreement joins them');
    await page.screenshot({ path: `${OUTPUT}/gaps-matrix.png`, fullPage: false });

    await page.getByRole('button', { name: `Fill in a tie for ${name(c)} – ${name(d)}` }).click();
    await page.getByRole('button', { name: 'Add what-if agreement' }).click();
    await page.waitForSelector('.what-if-list');
    const after = await gapItems(page);
    expect(after).toHaveLength(items.length - 1);
    expect(after.some((item) => item.includes(`${name(c)} – ${name(d)}`))).toBe(false);
    await page.screenshot({ path: `${OUTPUT}/gaps-what-if.png`, fullPage: false });

    // The what-if tie is drawn on the graph as a dashed edge: a close-up of its two ends.
    const parties = JSON.parse((await page.locator('.what-if-list li').first().getAttribute('data-parties')) ?? '[]');
    expect(parties).toHaveLength(2);
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUTPUT}/gaps-what-if-graph.png`, fullPage: false });
    const ends = (await page.evaluate(() => window.__atlas?.nodePositions() ?? [])).filter((p) =>
      parties.includes(p.id),
    );
    expect(ends).toHaveLength(2);
    const [x0, x1] = [Math.min(ends[0]!.x, ends[1]!.x), Math.max(ends[0]!.x, ends[1]!.x)];
    const [y0, y1] = [Math.min(ends[0]!.y, ends[1]!.y), Math.max(ends[0]!.y, ends[1]!.y)];
    await page.screenshot({
      path: `${OUTPUT}/gaps-what-if-edge.png`,
      clip: { x: Math.max(0, x0 - 40), y: Math.max(0, y0 - 40), width: x1 - x0 + 80, height: y1 - y0 + 80 },
    });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('coverage and scorecard', () => {
  it('draws the coverage heatmap as a table with a row per country', async () => {
    const page = await openApp('?view=coverage');
    await page.waitForSelector('.coverage-heatmap');
    const rows = await page.$$eval('.coverage-heatmap tbody th[scope=row]', (cells) => cells.length);
    const scope = analysisScope(sample, emptyFilters());
    const countries = new Set(
      ['health', 'cleantech', 'transport', 'digital'].flatMap((s) =>
        countryPairGaps(scope, s).flatMap((g) => g.countries),
      ),
    );
    // Every country in a gap has actors in that sector, so it has a row.
    expect(rows).toBeGreaterThanOrEqual(countries.size);
    // Each head row is one row of cells side by side, over the columns (a stray rule once made each head a flex box
    // of its own, and the four sector heads and eight Actors/Agr. heads stacked down the left).
    const headRows = await page.$$eval('.coverage-heatmap thead tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => Math.round(cell.getBoundingClientRect().top))),
    );
    expect(headRows.length).toBeGreaterThan(0);
    for (const tops of headRows) expect(new Set(tops).size, `head row tops ${tops.join(', ')}`).toBe(1);
    await page.locator('.coverage-heatmap tbody tr').first().locator('button').first().click();
    await page.waitForSelector('.cell-details');
    await page.screenshot({ path: `${OUTPUT}/gaps-coverage.png`, fullPage: false });
    await page.close();
  });

  it('shows a country scorecard', async () => {
    const page = await openApp('?view=scorecard&place=EE');
    await page.waitForSelector('.scorecard-card');
    expect(await page.locator('.scorecard-card h3').textContent()).toContain('Estonia');
    await page.screenshot({ path: `${OUTPUT}/gaps-scorecard.png`, fullPage: false });
    // The CSV download: a header and one row per country with a passing actor.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('country-scorecards.csv');
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    const countries = new Set(sample.actors.map((a) => a.country));
    // The UTF-8 BOM first, so that Excel reads the accents right (docs/spreadsheets.md).
    expect(csv[0]?.startsWith('\uFEFFcode,country,actors,')).toBe(true);
    expect(csv.filter((line) => line !== '')).toHaveLength(countries.size + 1);
    expect(csv.find((line) => line.startsWith('EE,Estonia,'))).toBeDefined();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${OUTPUT}/gaps-scorecard-print.png`, fullPage: false });
    await page.close();
  });
});

describe('partner recommendations', () => {
  it('lists candidates for the selected actor and shows one on the graph', async () => {
    const graph = buildActorGraph(sample, emptyFilters());
    const actor = sample.actors.find((a) => recommendPartners(graph, sample, a.id).length >= 3)!;
    const [best] = recommendPartners(graph, sample, actor.id, 5);
    const page = await openApp(`?select=${encodeURIComponent(actor.id)}`);
    await page.waitForSelector('.recommendations li');
    const first = (await page.locator('.recommendations li').first().textContent()) ?? '';
    const label = sample.actors.find((a) => a.id === best!.partner)!.label;
    expect(first).toContain(label);
    expect(first).toContain(best!.reason);
    await page.locator('.recommendations li button').first().click();
    await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
    // The graph shows the shortest paths between the actor and the candidate, drawn as path ties.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('path'), { timeout: 10_000 })
      .toBe(`${actor.id},${best!.partner}`);
    await expect.poll(() => page.evaluate(() => window.__explorer?.edgesWith('on-path') ?? 0)).toBeGreaterThan(0);
    // The actor stays selected, so its candidates stay listed for the next click.
    expect((await page.locator('.recommendations h3').textContent()) ?? '').toContain(actor.label);
    await page.screenshot({ path: `${OUTPUT}/gaps-recommendations.png`, fullPage: false });
    await page.close();
  });
});

describe('compare two years', () => {
  it('lists an agreement that started between the two years', async () => {
    const result = compareYears(sample, emptyFilters(), 2012, 2018);
    const known = result.added[0];
    expect(known).toBeDefined();
    const page = await openApp('?view=compare&compare=2012,2018');
    await page.waitForSelector('.compare-table');
    const added = (await page.locator('.compare-table').first().textContent()) ?? '';
    expect(added).toContain(known!.label);
    expect(await page.locator('.compare-table').first().locator('tbody tr').count()).toBe(result.added.length);
    // The rank moves come from the compare worker, by betweenness, as compareYears gives them.
    expect(result.rankMoves.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('caption', { hasText: 'Biggest moves in betweenness rank' }).count()).toBe(1);
    await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUTPUT}/gaps-compare.png`, fullPage: false });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('names actors on the compare canvas, explains the country colours and keeps every table column in the window', async () => {
    const page = await openApp('?view=compare&compare=2014,2024');
    await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.labelBoxes().length ?? 0), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(8);
    const legend = page.locator('.compare-colours');
    expect(await legend.textContent()).toContain('Colour: Country');
    expect(await legend.textContent()).toContain('Latvia');
    const header = page.locator('.compare-table').first().locator('thead th').last();
    expect(await header.textContent()).toBe('Countries');
    const box = (await header.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    await page.close();
  });

  it('keeps the compare network legible inside its story step: a canvas over 500 px wide with names', async () => {
    const page = await openApp('?story=views&step=4');
    const canvas = page.locator('.compare-canvas');
    await canvas.waitFor();
    await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
    expect((await canvas.boundingBox())!.width).toBeGreaterThan(500);
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.labelBoxes().length ?? 0), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${OUTPUT}/story-compare-step.png` });
    await page.close();
  });
});
