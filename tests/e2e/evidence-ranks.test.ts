// "With vs without illustrative ties" in the rankings on the sample: the two ranks and the change, on screen and in the CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const chromium = sharedChromium('tests/output');

describe('rankings with vs without illustrative ties', () => {
  it('shows the Latvian IT Cluster 1st by betweenness with and without the illustrative ties (=), Innovation Norway 3rd and 4th (▼ 1), downloads the ranks and passes axe', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${appUrl}?view=rankings&sort=betweenness`);
    await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 45_000 });
    expect(await page.locator('.rankings-table thead th', { hasText: 'Rank, documented' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'With vs without illustrative ties' }).check();
    // The two rankings are computed in their own worker: the columns come when it answers.
    await page.locator('.rankings-table thead th', { hasText: 'Rank, documented' }).waitFor({ timeout: 30_000 });
    const headers = await page.$$eval('.rankings-table thead th', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(headers.slice(0, 4)).toEqual(['Actor', 'Rank', 'Rank, documented', 'Change']);
    const first = page.locator('.rankings-table tbody tr').first();
    expect(await first.locator('th').textContent()).toBe('Latvian IT Cluster');
    expect(await first.locator('td').evaluateAll((cells) => cells.slice(0, 3).map((c) => c.textContent))).toEqual([
      '1',
      '1',
      '=',
    ]);
    const norway = page.locator('.rankings-table tbody tr', {
      has: page.locator('th', { hasText: 'Innovation Norway' }),
    });
    expect(await norway.locator('td').evaluateAll((cells) => cells.slice(0, 3).map((c) => c.textContent))).toEqual([
      '3',
      '4',
      '▼ 1',
    ]);
    expect(await page.locator('.rankings-evidence').textContent()).toMatch(
      /Rank by betweenness \(broker role\) with all agreements and with documented ones only\./,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV/ }).click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['actor', 'rank', 'rankDocumented', 'rankChange']);
    expect(lines[1]!.split(',').slice(0, 4)).toEqual(['Latvian IT Cluster', '1', '1', '0']);
    expect(
      lines
        .find((line) => line.startsWith('Innovation Norway,'))
        ?.split(',')
        .slice(0, 4),
    ).toEqual(['Innovation Norway', '3', '4', '-1']);
    // The switch, the three headers and the coloured changes pass axe (labels, contrast).
    expect(await seriousViolations(page, '.rankings-view')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
