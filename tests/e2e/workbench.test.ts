// The workbench's room: the details column gives way to tables when empty, and a shown path comes first in the sidebar.
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);

describe('workbench layout', () => {
  it('drops the empty details column on the rankings view, widening the table, and brings it back on a selection', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(appUrl + '?view=rankings');
    const table = page.locator('.main table').first();
    await table.waitFor();
    expect(await page.locator('aside.side').count()).toBe(0);
    const wide = (await table.boundingBox())!.width;
    const main = (await page.locator('main.main').boundingBox())!;
    // The view reaches the window's right edge: no 360 px column beside it.
    expect(main.x + main.width).toBeGreaterThan(1440 - 2);
    await page.screenshot({ path: `${OUTPUT}/rankings-no-details.png` });
    await page.locator('.rankings-table tbody th button').first().click();
    await expect.poll(() => page.locator('aside.side').count()).toBe(1);
    const narrow = (await page.locator('main.main').boundingBox())!;
    expect(narrow.width).toBeLessThan(main.width - 300);
    expect(wide).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the details column (and its legend) on the network view with nothing selected', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(appUrl);
    await expect.poll(() => page.locator('aside.side .legend').count()).toBe(1);
    await page.close();
  });

  it('opens a linked path with its steps at the top of the sidebar and From/To filled in', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(appUrl + '?path=latvian-it-cluster,nih-sv');
    const finder = page.locator('.path-finder');
    await finder.waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'From actor' }).inputValue()).toBe('Latvian IT Cluster');
    expect(await page.getByRole('combobox', { name: 'To actor' }).inputValue()).toMatch(/Nordic Innovation House/);
    // The steps are on the first screen, below the search box, not ~1,900 px down under the filters.
    const steps = page.locator('.path-finder ol').first();
    await steps.waitFor();
    expect((await steps.boundingBox())!.y).toBeLessThan(900);
    expect((await finder.boundingBox())!.y).toBeLessThan(400);
    await page.screenshot({ path: `${OUTPUT}/path-at-top.png` });
    await page.close();
  });
});
