// A hosted copy whose later downloads fail (the connection drops after the page loaded): each part says so, the app stays.
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const chromium = sharedChromium('tests/output');

describe('code that fails to download after the page', () => {
  it('says over the canvas that the drawing code is missing, and the header and counts stay', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The renderer's chunks (cytoscape and its adapter) are refused; everything else loads.
    await page.route(/\/assets\/(adapter|cytoscape)[^/]*\.js$/, (route) => route.abort());
    await page.goto(appUrl);
    const alert = page.locator('.graph-stage [role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('drawing code could not be loaded');
    expect(await page.locator('header').textContent()).toContain('196 actors');
    await page.close();
  });

  it("says in the page's frame that the app's code could not be loaded when the views' chunk is refused", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(/\/assets\/mount-[^/]*\.js$/, (route) => route.abort());
    await page.goto(appUrl);
    const alert = page.locator('#root[role=alert]');
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toBe('Alliance Atlas could not load its code. Check the connection and reload the page.');
    await page.close();
  });

  it('says a tab whose code is refused could not be loaded, and the other tabs still open', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(/\/assets\/RankingsView[^/]*\.js$/, (route) => route.abort());
    await page.goto(appUrl);
    await page.waitForSelector('.graph-canvas');
    await page.getByRole('button', { name: 'Rankings' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Trajectories' }).click();
    await page.waitForSelector('.trajectories-view', { timeout: 30_000 });
    expect(await page.locator('header').textContent()).toContain('196 actors');
    expect(errors).toEqual([]);
    await page.close();
  });
});
