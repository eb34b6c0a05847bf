// "Show these paths" in the browser: the actor panel's button draws the brokered paths on the network canvas.
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const chromium = sharedChromium('tests/output');

describe('show the paths an actor brokers', () => {
  it("darkens on the canvas exactly the ties and actors of the sample top broker's paths for its top country pair", async () => {
    const { readFileSync } = await import('node:fs');
    const { applyFilters } = await import('../../src/model/filter');
    const { emptyFilters } = await import('../../src/model/types');
    const { brokerageOf } = await import('../../src/analysis/brokerage');
    const { brokerPathsOf } = await import('../../src/analysis/broker-paths');
    const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as import('../../src/model/types').Dataset;
    const filtered = applyFilters(sample, emptyFilters());
    const id = 'latvian-it-cluster';
    const pair = brokerageOf(filtered, id)!.byCountryPair[0]!.countries;
    const expected = brokerPathsOf(filtered, id, pair)!;
    expect(expected.edges.length).toBeGreaterThan(1);

    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${appUrl}?select=${id}`);
    await page.locator('.brokerage-sentence').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__explorer !== undefined, null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__explorer!.edgesWith('on-path'))).toBe(0);
    await page
      .locator('.brokerage-bars li')
      .first()
      .getByRole('button', { name: /^Show the paths between/ })
      .click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.edgesWith('on-path'))).toBe(expected.edges.length);
    const onPath = await page.evaluate(() => window.__explorer!.nodesWith('on-path'));
    expect([...onPath].sort()).toEqual([...expected.nodes].sort());
    expect(await page.evaluate(() => window.__explorer!.nodesWith('focus-root'))).toEqual([id]);
    expect(await page.locator('.brokerage-shown').textContent()).toContain(
      `${expected.paths.toLocaleString('en')} shortest paths between ${expected.pairs.toLocaleString('en')} pairs`,
    );
    expect(await seriousViolations(page, '.brokerage')).toEqual([]);
    // Hiding takes the paths off the canvas again.
    await page.getByRole('button', { name: 'Hide these paths' }).click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.edgesWith('on-path'))).toBe(0);
    await page.close();
  });
});
