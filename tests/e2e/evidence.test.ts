// Evidence levels in the app: illustrative ties drawn pale and explained, a "documented only" filter that a link keeps.
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const origin = inject('origin');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);
const data = `data=${encodeURIComponent(`${origin}/e2e-fixtures/evidence.json`)}`;

describe('evidence levels', () => {
  it('draws the illustrative-only tie pale, counts it in the legend and tags it in the actor panel', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${appUrl}?${data}&select=se-b`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) === 5, null, { timeout: 30_000 });
    const evidence = page.locator('.legend section[aria-label=Evidence]');
    await expect.poll(() => evidence.textContent()).toContain('Illustrative only (1)');
    const panel = page.locator('.actor-panel');
    await expect.poll(() => panel.locator('.tag.illustrative').count()).toBe(1);
    expect(await panel.locator('.agreement', { has: page.locator('.tag.illustrative') }).textContent()).toContain(
      'Illustrative tie B–C',
    );
    await page.close();
  });

  it('leaves illustrative actors and agreements out with "Documented only", and a reload keeps the choice', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${appUrl}?${data}`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) === 5, null, { timeout: 30_000 });
    const box = page.getByRole('checkbox', { name: /Documented only/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    // The illustrative actor D goes, and with it the tie A–D; the illustrative tie B–C goes too.
    await expect.poll(() => page.evaluate(() => window.__atlas?.nodeCount())).toBe(4);
    await expect.poll(() => page.evaluate(() => window.__atlas?.edgeCount())).toBe(2);
    await expect.poll(() => new URL(page.url()).searchParams.get('evidence')).toBe('documented');
    await page.reload();
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__atlas?.nodeCount())).toBe(4);
    expect(await page.getByRole('checkbox', { name: /Documented only/ }).isChecked()).toBe(true);
    expect(await page.locator('.legend section[aria-label=Evidence]').count()).toBe(0);
    await page.close();
  });
});

describe('where an actor brokers', () => {
  it("names the sample's top broker's two largest country pairs in a sentence, with five bars", async () => {
    const { readFileSync } = await import('node:fs');
    const { applyFilters } = await import('../../src/model/filter');
    const { emptyFilters } = await import('../../src/model/types');
    const { brokerageOf } = await import('../../src/analysis/brokerage');
    const { analyzeDataset } = await import('../../src/analysis/analyze');
    const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as import('../../src/model/types').Dataset;
    const top = [...analyzeDataset(sample, { filters: emptyFilters() }).actors].sort(
      (a, b) => b.betweenness - a.betweenness,
    )[0]!;
    const split = brokerageOf(applyFilters(sample, emptyFilters()), top.id)!;
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${appUrl}?select=${encodeURIComponent(top.id)}`);
    const sentence = page.locator('.brokerage-sentence');
    await sentence.waitFor({ timeout: 30_000 });
    const text = (await sentence.textContent()) ?? '';
    const { countryName } = await import('../../src/model/countries');
    const [a, b] = split.byCountryPair[0]!.countries;
    expect(text).toContain(
      `${Math.round(split.byCountryPair[0]!.share * 100)} % join actors in ${countryName(a, sample)}`,
    );
    expect(text).toContain(countryName(b, sample));
    expect(await page.locator('.brokerage-bars li').count()).toBe(Math.min(5, split.byCountryPair.length));
    await page.close();
  });
});
