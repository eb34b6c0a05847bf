// The trajectories view in a real Chromium on the sample: ten labelled lines, hover, click to the network, link, exports, screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { trajectories } from '../../src/analysis/trajectories';
import { yearSpan } from '../../src/model/year-span';
import { emptyFilters, type Dataset } from '../../src/model/types';
import { bumpData } from '../../src/view/trajectories/bump-data';
import { crowdedTie, separatingMetric } from '../../src/view/trajectories/bump-ties';
import { METRIC_LABELS } from '../../src/view/labels';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
// What the app computes: every year of the sample's span, no filters, the clique projection; betweenness ranks.
const [from, to] = yearSpan(sample)!;
const sampleYears = trajectories(sample, { filters: emptyFilters(), from, to });
const expected = bumpData(sampleYears, 'betweenness');
const byDegree = bumpData(sampleYears, 'degree');

async function open(query: string, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${appUrl}?${query}`);
  // Ready once the worker has answered for every year and the chart is drawn.
  await page.waitForSelector('.trajectories-view[data-state="ready"]', { timeout: 90_000 });
  return { page, errors };
}

const labels = (page: Page): Promise<string[]> =>
  page.$$eval('.bump-series .bump-label text', (texts) => texts.map((text) => text.textContent ?? ''));

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('trajectories on the sample', () => {
  it('draws the 10 leaders by betweenness as labelled lines, in their final order, and passes axe at 1440×900', async () => {
    expect(expected.series).toHaveLength(10);
    const { page, errors } = await open('view=trajectories&size=betweenness', 1440, 900);
    expect(await page.getByRole('button', { name: 'Trajectories', pressed: true }).count()).toBe(1);
    expect(await page.locator('.bump-series').count()).toBe(10);
    expect(await labels(page)).toEqual(expected.series.map((s) => `${s.finalRank}. ${s.label}`));
    // Every label is inside the chart and no two overlap.
    const boxes = await page.$$eval('.bump-label text', (texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, right: box.right };
      }),
    );
    const chart = (await page.locator('.bump-chart').boundingBox())!;
    const sorted = [...boxes].sort((a, b) => a.top - b.top);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.top).toBeGreaterThanOrEqual(sorted[k - 1]!.bottom - 1);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(chart.x + chart.width + 1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/trajectories-1440.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights a line on hover with its ranks in words, and a click opens the network with that actor selected', async () => {
    const { page, errors } = await open('view=trajectories&size=betweenness', 1440, 900);
    const leader = expected.series[0]!;
    const line = page.locator(`.bump-series[data-actor="${leader.id}"]`);
    await line.locator('.bump-label text').hover();
    expect(await line.getAttribute('data-state')).toBe('on');
    expect(await page.locator('.bump-series[data-state="off"]').count()).toBe(9);
    expect(await page.locator('.bump-readout').textContent()).toContain(`${leader.label} (`);
    await page.screenshot({ path: `${OUTPUT}/trajectories-hover.png` });

    // Keyboard: a line takes the focus and the arrow keys move through its years.
    await page.locator(`.bump-series[data-actor="${expected.series[1]!.id}"]`).focus();
    expect(await page.locator('.bump-readout').textContent()).toContain(expected.series[1]!.label);

    await line.locator('.bump-label text').click();
    await page.waitForSelector('.graph-canvas');
    expect(await page.getByRole('button', { name: 'Network', pressed: true }).count()).toBe(1);
    await expect.poll(() => page.locator('.side').textContent()).toContain(leader.label);
    const query = new URL(await page.evaluate(() => window.location.href)).searchParams;
    await expect.poll(async () => new URL(page.url()).searchParams.get('select')).toBe(leader.id);
    expect(query.get('view')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reopens from its link with the metric picked there, and switches metric from the picker', async () => {
    const { page, errors } = await open('view=trajectories', 1440, 900);
    await page.getByLabel('Rank by').selectOption('betweenness');
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('betweenness');
    const link = page.url();
    expect(new URL(link).searchParams.get('view')).toBe('trajectories');
    await page.goto(link);
    await page.waitForSelector('.trajectories-view[data-state="ready"]', { timeout: 90_000 });
    expect(await page.getByLabel('Rank by').inputValue()).toBe('betweenness');
    expect(await labels(page)).toEqual(expected.series.map((s) => `${s.finalRank}. ${s.label}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how many leaders share a rank by degree, and its button ranks them by the metric that tells them apart', async () => {
    const tie = crowdedTie(byDegree)!;
    const better = separatingMetric(sampleYears, byDegree)!;
    // The sample's 2026: one nine-party agreement is most of what is still active, so its parties tie on degree.
    expect(tie.count).toBeGreaterThanOrEqual(3);
    expect(better).not.toBeNull();
    const { page, errors } = await open('view=trajectories&size=degree', 1440, 900);
    const note = page.locator('.tie-note');
    expect(await note.textContent()).toContain(`${tie.count} actors share rank ${tie.rank} by partners (degree)`);
    await note.getByRole('button', { name: `Rank by ${METRIC_LABELS[better]}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe(better);
    await page.waitForSelector('.trajectories-view[data-state="ready"]', { timeout: 90_000 });
    expect(await page.getByLabel('Rank by').inputValue()).toBe(better);
    const after = crowdedTie(bumpData(sampleYears, better));
    expect(after === null ? 0 : after.count).toBeLessThan(tie.count);
    expect(await page.locator('.tie-note').count()).toBe(after === null ? 0 : 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a well-formed SVG with the credit line, a PNG and a CSV of one row per actor and year', async () => {
    const { page, errors } = await open('view=trajectories&size=betweenness', 1440, 900);
    const svg = await download(page, 'SVG');
    expect(svg.name).toMatch(/-trajectories\.svg$/);
    // Parsed by the browser's own XML parser, as an image viewer or a slide program would.
    const report = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        parseError: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.nodeName,
        series: doc.querySelectorAll('g.series').length,
        texts: [...doc.querySelectorAll('text')].map((el) => el.textContent ?? ''),
      };
    }, svg.bytes.toString('utf8'));
    expect(report).toMatchObject({ parseError: false, root: 'svg', series: 10 });
    expect(report.texts).toContain(`1. ${expected.series[0]!.label}`);
    // The credit line every exported picture carries (app, dataset, link back to this view).
    expect(
      report.texts.some((text) => text.startsWith('Alliance Atlas · ') && text.includes('view=trajectories')),
    ).toBe(true);

    const png = await download(page, 'PNG');
    expect(png.name).toMatch(/-trajectories\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // 2× the 1200-pixel-wide picture: the width is bytes 16..19 of the IHDR chunk.
    expect(png.bytes.readUInt32BE(16)).toBe(2400);

    const csv = await download(page, 'CSV');
    expect(csv.name).toMatch(/-trajectories\.csv$/);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFactor,label,country,year,betweenness,rank');
    expect(lines.filter((line) => line !== '')).toHaveLength(1 + 10 * expected.years.length);
    const first = expected.series[0]!;
    const last = first.points[first.points.length - 1]!;
    expect(lines).toContain(`${first.id},${first.label},${first.country},${last.year},${last.value},${last.rank}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 320×480 embed: the chart without labels and a list of the lines beneath, no serious axe finding', async () => {
    const { page, errors } = await open('embed=1&view=trajectories&size=betweenness', 320, 480);
    expect(await page.locator('.bump-series').count()).toBe(10);
    expect(await page.locator('.bump-label').count()).toBe(0);
    expect(await page.locator('.bump-list li').count()).toBe(10);
    const chart = (await page.locator('.bump-chart').boundingBox())!;
    expect(chart.x).toBeGreaterThanOrEqual(0);
    expect(chart.x + chart.width).toBeLessThanOrEqual(320);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/trajectories-embed-320.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the short note on a crowded rank above the chart in a 320×480 embed, in view without scrolling', async () => {
    const { page, errors } = await open('embed=1&view=trajectories&size=degree', 320, 480);
    const note = page.locator('.tie-note');
    expect(await note.textContent()).toMatch(/^\d+ actors share rank \d+ in \d{4}: their lines overlap\./);
    const [noteBox, chart] = [(await note.boundingBox())!, (await page.locator('.bump-chart').boundingBox())!];
    expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(chart.y);
    expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(480);
    expect(errors).toEqual([]);
    await page.close();
  });
});
