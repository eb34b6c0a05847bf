// What a presenter shows, uncut: the whole gap matrix and the whole title at 1440×900, a details sheet that leaves a short embed its network.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { overflowX, seriousViolations, settledPositions, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const views = sample.views ?? [];
/** The story step that selects an actor (VINNOVA in 2012): it opens the details sheet in an embed. */
const SELECT_STEP = views.findIndex((v) => new URLSearchParams(v.state).has('select')) + 1;

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (page: Page, selector: string): Promise<Box> =>
  (await page.locator(selector).first().boundingBox())!;
/** Whether the inner box lies wholly inside the outer one (a pixel of slack). */
const within = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

async function open(query: string, width: number, height: number, ready: string): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width, height } });
  await page.goto(`${appUrl}?${query}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return page;
}

describe('the gap matrix at 1440×900', () => {
  it("fits the sample's 17×17 health matrix beside the gap list with no sideways scroll, every label at least 11 px", async () => {
    const page = await open('view=matrix&matrix=health', 1440, 900, '.pair-matrix td');
    expect(await page.locator('.pair-matrix thead th').count()).toBe(17);
    expect(await overflowX(page, '.gaps-scroll')).toBeLessThanOrEqual(0);
    expect(await overflowX(page, '.gaps-view')).toBeLessThanOrEqual(0);
    // The last column (US) inside the matrix's box, and the gap list beside it, not under it.
    const scroller = await boxOf(page, '.gaps-scroll');
    expect(within(await boxOf(page, '.pair-matrix thead th:last-child'), scroller)).toBe(true);
    const side = await boxOf(page, '.gaps-side');
    expect(side.x).toBeGreaterThanOrEqual(scroller.x + scroller.width);
    expect(side.y).toBeLessThan(scroller.y + 50);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.pair-matrix th, .pair-matrix .cell-button, .pair-matrix .code')].map((el) =>
          parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    // The hatched gap cells stay big enough to read as hatched and crossed.
    const gap = await boxOf(page, '.pair-matrix td.gap');
    expect(gap.width).toBeGreaterThanOrEqual(26);
    expect(gap.height).toBeGreaterThanOrEqual(26);
    await page.screenshot({ path: `${OUTPUT}/matrix-fits-1440.png` });
    await page.close();
  });

  it('scrolls a wider matrix (22 countries) inside its box with the header row and the country column in view', async () => {
    const page = await open('view=matrix&matrix=cleantech', 1440, 900, '.pair-matrix td');
    expect(await page.locator('.pair-matrix thead th').count()).toBeGreaterThan(17);
    const scroller = page.locator('.gaps-scroll').first();
    expect(await overflowX(page, '.gaps-view')).toBeLessThanOrEqual(0);
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(200);
    const frame = await boxOf(page, '.gaps-scroll');
    const header = await boxOf(page, '.pair-matrix thead th:last-child');
    const rowName = await boxOf(page, '.pair-matrix tbody tr:last-child th');
    expect(Math.abs(header.y - frame.y)).toBeLessThan(2);
    expect(Math.abs(rowName.x - frame.x)).toBeLessThan(2);
    await page.close();
  });
});

describe('the dataset title', () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows the sample's whole title at ${size.width}×${size.height}, not truncated, with the header on at most two rows`, async () => {
      const page = await open('', size.width, size.height, '.graph-canvas');
      const title = page.locator('.header h1');
      expect(await title.textContent()).toBe(sample.title);
      expect(await title.getAttribute('title')).toBe(sample.title);
      const cut = await title.evaluate((el) => ({
        x: el.scrollWidth - el.clientWidth,
        y: el.scrollHeight - el.clientHeight,
      }));
      expect(cut.x).toBeLessThanOrEqual(0);
      expect(cut.y).toBeLessThanOrEqual(1);
      // Title (one or two lines) and one row of counts and buttons: the canvas keeps the rest.
      expect((await boxOf(page, '.header')).height).toBeLessThanOrEqual(size.width >= 1440 ? 90 : 115);
      await page.close();
    });
  }

  it('keeps the whole title as a tooltip where a small embed cuts it to one line', async () => {
    const page = await open('embed=1', 480, 320, '.graph-canvas');
    const title = page.locator('.embed-title');
    expect(await title.getAttribute('title')).toBe(sample.title);
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.close();
  });
});

describe('the details sheet in a short embed', () => {
  it('at 480×320 puts a story step’s details beside the network: at most half the width, the network the whole height', async () => {
    expect(SELECT_STEP).toBeGreaterThan(0);
    const page = await open(`story=views&step=${SELECT_STEP}&embed=1`, 480, 320, '.embed-sheet');
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    await settledPositions(page);
    const sheet = await boxOf(page, '.embed-sheet');
    const canvas = await boxOf(page, '.graph-canvas');
    const main = await boxOf(page, '.embed-main');
    expect(sheet.width).toBeLessThanOrEqual(480 / 2);
    expect(sheet.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    expect(canvas.height).toBeGreaterThanOrEqual(main.height - 1);
    expect(canvas.height).toBeGreaterThanOrEqual(320 * 0.6);
    // The close and fold buttons in view inside the sheet; its details scroll inside it.
    expect(within(await boxOf(page, '.embed-sheet button.close'), sheet)).toBe(true);
    expect(within(await boxOf(page, '.sheet-fold'), sheet)).toBe(true);
    expect(await page.locator('.embed-sheet').evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    await page.screenshot({ path: `${OUTPUT}/sheet-480x320-beside.png` });
    expect(await seriousViolations(page, '.embed-sheet')).toEqual([]);

    const fold = page.locator('.sheet-fold');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await fold.click();
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await boxOf(page, '.graph-canvas')).width).toBeGreaterThanOrEqual(480 * 0.9);
    expect((await boxOf(page, '.embed-sheet')).width).toBeLessThanOrEqual(48);
    await page.screenshot({ path: `${OUTPUT}/sheet-480x320-folded.png` });
    await fold.click();
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it("at 480×320 draws a story step's selected actor's whole label inside the network, clear of the zoom buttons", async () => {
    const page = await open(`story=views&step=${SELECT_STEP}&embed=1`, 480, 320, '.embed-sheet');
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    await settledPositions(page);
    const selected = new URLSearchParams(views[SELECT_STEP - 1]!.state).get('select')!;
    const canvas = await boxOf(page, '.graph-canvas');
    const controls = await boxOf(page, '.camera-controls');
    // Labels are placed once the camera has been still a moment: the one drawn then.
    await page.waitForTimeout(500);
    const label = (await page.evaluate(() => window.__atlas!.labelBoxes())).find((b) => b.id === selected);
    expect(label, 'the selected actor has a label').toBeDefined();
    const box = { x: label!.x1, y: label!.y1, width: label!.x2 - label!.x1, height: label!.y2 - label!.y1 };
    expect(within(box, canvas), `label ${JSON.stringify(box)} inside the canvas ${JSON.stringify(canvas)}`).toBe(true);
    const crosses =
      box.x < controls.x + controls.width &&
      controls.x < box.x + box.width &&
      box.y < controls.y + controls.height &&
      controls.y < box.y + box.height;
    expect(crosses, `label ${JSON.stringify(box)} crosses the zoom buttons ${JSON.stringify(controls)}`).toBe(false);
    await page.close();
  });

  it('at 480×320 pans a tapped actor the new sheet would hide back into the network', async () => {
    const page = await open('embed=1', 480, 320, '.graph-canvas');
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    const rightmost = [...(await settledPositions(page))].sort((a, b) => b.x - a.x)[0]!;
    // Far enough right that a sheet of almost half the width would cover it.
    expect(rightmost.x).toBeGreaterThan(480 * 0.6);
    await page.mouse.click(rightmost.x, rightmost.y);
    await page.waitForSelector('.embed-sheet');
    const canvas = await boxOf(page, '.graph-canvas');
    await expect
      .poll(async () => {
        const now = (await page.evaluate(() => window.__atlas?.nodePositions() ?? [])).find(
          (p) => p.id === rightmost.id,
        );
        return now !== undefined && now.x <= canvas.x + canvas.width - 10 && now.x >= canvas.x;
      })
      .toBe(true);
    await page.close();
  });

  it('at 320×480 keeps the sheet under half the frame, its heading and buttons at the top while it scrolls, and folds to the heading', async () => {
    const page = await open('embed=1&select=innovation-norway', 320, 480, '.embed-sheet');
    const sheet = page.locator('.embed-sheet');
    const box = await boxOf(page, '.embed-sheet');
    expect(box.height).toBeLessThanOrEqual(480 / 2);
    expect(await sheet.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // Scrolled within the actor's details, its heading's close button stays at the top; the fold button always does.
    const scrollTo = async (where: 'some' | 'end'): Promise<void> => {
      await sheet.evaluate((el, to) => {
        el.scrollTop = to === 'end' ? el.scrollHeight : 150;
      }, where);
      await page.waitForTimeout(100);
    };
    await scrollTo('some');
    const close = await boxOf(page, '.embed-sheet button.close');
    expect(Math.abs(close.y - box.y)).toBeLessThan(12);
    expect(within(close, box)).toBe(true);
    await scrollTo('end');
    expect(Math.abs((await boxOf(page, '.sheet-fold')).y - box.y)).toBeLessThan(12);
    await page.locator('.sheet-fold').click();
    await expect.poll(async () => (await boxOf(page, '.embed-sheet')).height).toBeLessThanOrEqual(480 * 0.12);
    expect(await sheet.locator('h2').isVisible()).toBe(true);
    expect(await sheet.locator('button.close').isVisible()).toBe(true);
    await page.close();
  });
});

describe('a story step after one with a details sheet', () => {
  it('at 320×480 frames the next step on the whole canvas once the sheet has closed, not in its upper part', async () => {
    // Reached from the step before it, as a reader steps through (opened on the sheet's step, the fit came late enough).
    const page = await open(`story=views&step=${SELECT_STEP - 1}&embed=1`, 320, 480, '.story-title');
    const title = page.locator('.story-title');
    for (const step of [SELECT_STEP, SELECT_STEP + 1]) {
      await page.waitForTimeout(1500);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => title.textContent(), { timeout: 30_000 }).toBe(views[step - 1]?.title);
    }
    await expect.poll(() => page.locator('.embed-sheet').count()).toBe(0);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    const placed = await settledPositions(page);
    const canvas = await boxOf(page, '.graph-canvas');
    // The nodes on the canvas: a small frame's country map is fitted to its core (render/core-fit.ts), the partners
    // overseas off it; fitted to the upper part, every node on the canvas would be up there.
    const ys = placed.filter((p) => p.y >= canvas.y && p.y <= canvas.y + canvas.height).map((p) => p.y);
    const middle = (Math.min(...ys) + Math.max(...ys)) / 2;
    // Centred (a fit), within a tenth of the canvas's height.
    expect(Math.abs(middle - (canvas.y + canvas.height / 2))).toBeLessThan(canvas.height / 10);
    await page.close();
  });
});

describe("a story's compare step", () => {
  /** The story step on the comparison of two years. */
  const COMPARE_STEP = views.findIndex((v) => new URLSearchParams(v.state).get('view') === 'compare') + 1;

  it('at 1440×900 shows the whole colour legend under the network, above the caption bar', async () => {
    expect(COMPARE_STEP).toBeGreaterThan(0);
    const page = await open(`story=views&step=${COMPARE_STEP}`, 1440, 900, '.compare-colours');
    const bar = await boxOf(page, '.story-player');
    const colours = await boxOf(page, '.compare-colours');
    expect(colours.y + colours.height).toBeLessThanOrEqual(bar.y);
    await page.close();
  });

  for (const size of [
    { width: 480, height: 320 },
    { width: 320, height: 480 },
  ]) {
    it(`at ${size.width}×${size.height} keeps the network and its zoom buttons above the caption bar`, async () => {
      const page = await open(`story=views&step=${COMPARE_STEP}&embed=1`, size.width, size.height, '.compare-canvas');
      const bar = await boxOf(page, '.story-player');
      const canvas = await boxOf(page, '.compare-canvas');
      expect(canvas.y + canvas.height).toBeLessThanOrEqual(bar.y);
      expect(canvas.height).toBeGreaterThanOrEqual(140);
      await page.close();
    });
  }
});
