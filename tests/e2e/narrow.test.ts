// A 320×480 embed as a reader of a slide or an article gets it: named actors, a legend beside the network, details on tap, tables that scroll.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { settledPositions, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);

type Rect = { x: number; y: number; width: number; height: number };
const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function embed(query: string, graph = true): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width: 320, height: 480 } });
  await page.goto(`${appUrl}?embed=1${query}`);
  if (graph) {
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    await settledPositions(page);
  }
  return page;
}

describe('the network in a 320×480 embed', () => {
  it('names several actors at the first fit', async () => {
    const page = await embed('');
    await page.waitForTimeout(500);
    expect((await page.evaluate(() => window.__atlas?.labelBoxes() ?? [])).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('starts with the legend closed, and an opened legend sits beside the network, not over it', async () => {
    const page = await embed('');
    const legend = page.locator('details.legend');
    expect(await legend.getAttribute('open')).toBeNull();
    await legend.locator('summary').click();
    await expect.poll(() => legend.getAttribute('open')).not.toBeNull();
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    const box = (await legend.boundingBox())!;
    expect(intersects(canvas, box)).toBe(false);
    expect(canvas.height).toBeGreaterThan(100);
    await page.screenshot({ path: `${OUTPUT}/embed-320-legend-open.png` });
    await page.close();
  });

  it('opens a compact details sheet under the network when an actor is tapped, closed again by its button', async () => {
    const page = await embed('');
    const target = (await page.evaluate(() => window.__atlas?.nodePositions() ?? [])).find(
      (p) => p.id === 'innovation-norway',
    )!;
    await page.mouse.click(target.x, target.y);
    const sheet = page.locator('.embed-sheet');
    await expect.poll(() => sheet.count()).toBe(1);
    expect(await sheet.locator('h2').textContent()).toContain('Innovation Norway');
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    expect(intersects(canvas, (await sheet.boundingBox())!)).toBe(false);
    await page.screenshot({ path: `${OUTPUT}/embed-320-details.png` });
    await sheet.getByRole('button', { name: /Close/ }).click();
    await expect.poll(() => sheet.count()).toBe(0);
    await page.close();
  });
});

describe('tables in a 320×480 embed', () => {
  it('scrolls the gap matrix under a sticky header row and country column, nothing cut at the frame edge', async () => {
    const page = await embed('&view=matrix&matrix=health', false);
    const scroller = page.locator('.gaps-scroll').first();
    await scroller.waitFor();
    // The view itself never scrolls sideways: only the table's own box does.
    const view = page.locator('.gaps-view');
    expect(await view.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const select = (await page.locator('.gaps-view h2 select').boundingBox())!;
    expect(select.x + select.width).toBeLessThanOrEqual(320);
    await scroller.evaluate((el) => {
      el.scrollLeft = 200;
      el.scrollTop = 150;
    });
    await page.waitForTimeout(200);
    const frame = (await scroller.boundingBox())!;
    const header = (await page.locator('.pair-matrix thead th').nth(3).boundingBox())!;
    const rowName = (await page.locator('.pair-matrix tbody th').nth(6).boundingBox())!;
    expect(Math.abs(header.y - frame.y)).toBeLessThan(2);
    expect(Math.abs(rowName.x - frame.x)).toBeLessThan(2);
    await page.screenshot({ path: `${OUTPUT}/embed-320-matrix-scrolled.png` });
    await page.close();
  });

  it('lists every gap in the page flow, with no inner scroll box', async () => {
    const page = await embed('&view=matrix&matrix=health', false);
    const list = page.locator('.gap-list ol');
    await list.waitFor();
    expect(await list.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    expect(await list.locator('li').count()).toBeGreaterThan(11);
    await page.close();
  });

  it('keeps each coverage cell the keyboard reaches in view: Tab along the rows never leaves the focus past the edge', async () => {
    const page = await embed('&view=coverage', false);
    await page.waitForSelector('.coverage-heatmap td');
    const hidden: string[] = [];
    // Four rows of eight cells, from the frame's first control on.
    for (let i = 0; i < 36; i++) {
      await page.keyboard.press('Tab');
      // The scroll that brings a cell clear waits a frame after the browser's own.
      await page.waitForTimeout(50);
      const focus = await page.evaluate(() => {
        const element = document.activeElement!;
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          name: element.getAttribute('aria-label') ?? element.textContent ?? '',
          inTable: element.closest('.coverage-heatmap') !== null,
          shown: top !== null && element.contains(top),
        };
      });
      if (focus.inTable && !focus.shown) hidden.push(focus.name);
    }
    expect(hidden.join('; ')).toBe('');
    await page.close();
  });
});
