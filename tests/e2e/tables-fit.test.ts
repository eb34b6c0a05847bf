// Tables and controls a presenter shows, uncut: no sideways scroll or cut head at 1440×900, a select's text whole at 320.
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { overflowX, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);
const pages: Page[] = [];
afterAll(async () => {
  for (const page of pages) await page.close();
});

async function open(query: string, width: number, height: number, ready: string): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width, height } });
  pages.push(page);
  await page.goto(`${appUrl}?${query}`);
  await page.waitForSelector(ready, { timeout: 45_000 });
  await page.waitForTimeout(500);
  return page;
}

/** The text of every matching cell whose content is wider than its box (cut, by an ellipsis or by clipping). */
const cutCells = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent ?? ''),
    selector,
  );

/**
 * A select's text, measured in its font, against the room inside its box (less the arrow): the chosen option's, or
 * the widest option's when `which` is 'widest'. Also the box's right edge.
 */
const textRoom = (select: Locator, which: 'chosen' | 'widest') =>
  select.evaluate((element: HTMLSelectElement, widest) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const texts = widest ? [...element.options].map((option) => option.text) : [element.selectedOptions[0]?.text ?? ''];
    const text = Math.max(...texts.map((value) => context.measureText(value).width));
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20; // the arrow
    return { text, room, right: element.getBoundingClientRect().right };
  }, which === 'widest');

describe("the explorer's Appearance at 1440×900", () => {
  it('shows every colour and size choice whole in its select, the longest metric name included', async () => {
    const page = await open('size=strength', 1440, 900, '.appearance-picker select');
    await page.locator('.appearance-picker').screenshot({ path: `${OUTPUT}/tables-fit-appearance-1440.png` });
    const selects = page.locator('.appearance-picker select');
    expect(await selects.count()).toBe(2);
    for (const at of [0, 1]) {
      const fit = await textRoom(selects.nth(at), 'widest');
      expect(fit.text, `select ${at}`).toBeLessThanOrEqual(fit.room);
    }
  });
});

describe('the scorecard at 1440×900', () => {
  it('shows the all-countries table with no sideways scroll and no cut column head', async () => {
    const page = await open('view=scorecard', 1440, 900, '.scorecard-table tbody tr');
    await page.screenshot({ path: `${OUTPUT}/tables-fit-scorecard-1440.png` });
    expect(await overflowX(page, '.scorecard-view .gaps-scroll')).toBeLessThanOrEqual(0);
    expect(await cutCells(page, '.scorecard-table th')).toEqual([]);
    // The whole head is on screen, wrapped rather than cut.
    expect(await page.locator('.scorecard-table thead th').nth(2).textContent()).toBe(
      'Target sectors with a foreign partner',
    );
  });
});

describe('the rankings at 1440×900', () => {
  it('shows every sector list whole, with no ellipsis and no sideways scroll', async () => {
    const page = await open('view=rankings', 1440, 900, '.rankings-table td.sectors');
    await page.screenshot({ path: `${OUTPUT}/tables-fit-rankings-1440.png` });
    expect(await cutCells(page, '.rankings-table td.sectors')).toEqual([]);
    const styles = await page
      .locator('.rankings-table td.sectors')
      .first()
      .evaluate((el) => getComputedStyle(el).textOverflow);
    expect(styles).not.toBe('ellipsis');
    expect(await overflowX(page, '.rankings-scroll')).toBeLessThanOrEqual(0);
  });
});

describe("the story's rankings step in a 480×320 embed", () => {
  it('shows at least three whole table rows above the caption bar', async () => {
    const page = await open('story=views&step=8&embed=1', 480, 320, '.rankings-table tbody tr');
    await page.screenshot({ path: `${OUTPUT}/tables-fit-story-480x320-rankings.png` });
    const whole = await page.evaluate(() => {
      const scroller = document.querySelector('.rankings-scroll')!.getBoundingClientRect();
      const bar = document.querySelector('.story-player')!.getBoundingClientRect();
      const bottom = Math.min(scroller.bottom, bar.top);
      return [...document.querySelectorAll('.rankings-table tbody tr')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= scroller.top && box.bottom <= bottom + 1;
      }).length;
    });
    expect(whole).toBeGreaterThanOrEqual(3);
  });
});

describe('the trajectories in a 320×480 embed', () => {
  it('shows the whole "Rank by" choice in its select', async () => {
    const page = await open('view=trajectories&embed=1', 320, 480, '#trajectories-metric');
    await page.screenshot({ path: `${OUTPUT}/tables-fit-trajectories-embed-320.png` });
    const fit = await textRoom(page.locator('#trajectories-metric'), 'chosen');
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    expect(fit.right).toBeLessThanOrEqual(320);
    // "Rank by" stays on one line beside it.
    const label = await page.locator('label[for="trajectories-metric"]').boundingBox();
    expect(label!.height).toBeLessThan(30);
  });
});
