// Presenting in a real Chromium: links that reopen a view, back/forward, embed in a host page, story keys, PNG and SVG exports.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { applyFilters } from '../../src/model/filter';
import type { Dataset } from '../../src/model/types';
import { nodePositions, settledPositions, type Placed, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const origin = inject('origin');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const evil = JSON.parse(readFileSync('tests/e2e/pages/evil-labels.json', 'utf8')) as Dataset;

const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

async function openApp(query = '', width = 1280, height = 800): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl + query);
  return page;
}

/** Waits until the nodes are placed (the canvas host's test hook counts placements). */
async function waitForGraph(target: Page | Frame): Promise<void> {
  await target.waitForFunction(
    () => (window.__atlas?.placements() ?? 0) > 0 && (window.__atlas?.nodeCount() ?? 0) > 0,
    null,
    {
      timeout: 45_000,
    },
  );
}

/** The address bar's query as a map, once the debounced sync has written `key`. */
async function queryWhen(page: Page, key: string, value: string | null): Promise<URLSearchParams> {
  await expect.poll(() => new URL(page.url()).searchParams.get(key), { timeout: 10_000 }).toBe(value);
  return new URL(page.url()).searchParams;
}

/** Waits until the canvas shows its real layout (saved or computed positions), not the interim rings. */
async function waitForLayout(page: Page): Promise<void> {
  await waitForGraph(page);
  await page.waitForFunction(() => window.__explorer?.shown() === 'force', null, { timeout: 45_000 });
}

/** The nodes a click can reach: inside the canvas and under nothing else (the legend and notes float over it). */
async function reachable(page: Page, positions: Placed[]): Promise<Placed[]> {
  const open = await page.evaluate(
    (points) => points.map((p) => document.elementFromPoint(p.x, p.y)?.closest('.graph-canvas') != null),
    positions,
  );
  return positions.filter((_, i) => open[i]);
}

/** How far the furthest node moved between two readings, in pixels (Infinity when one is missing). */
function largestShift(before: Placed[], after: Placed[]): number {
  const now = new Map(after.map((p) => [p.id, p]));
  if (after.length !== before.length) return Infinity;
  return Math.max(
    0,
    ...before.map((p) => {
      const q = now.get(p.id);
      return q === undefined ? Infinity : Math.max(Math.abs(q.x - p.x), Math.abs(q.y - p.y));
    }),
  );
}

/** Every node within a pixel or two of where it was: the link rounds the centre to 0.1 and the zoom to 0.001. */
function expectSamePlaces(before: Placed[], after: Placed[]): void {
  const now = new Map(after.map((p) => [p.id, p]));
  expect(after).toHaveLength(before.length);
  for (const p of before) {
    const q = now.get(p.id);
    expect(Math.abs((q?.x ?? Infinity) - p.x)).toBeLessThan(2);
    expect(Math.abs((q?.y ?? Infinity) - p.y)).toBeLessThan(2);
  }
}

/** Nodes far from any other, so a click on one cannot hit a neighbour; the loneliest first. */
function loneliest(positions: Placed[], count: number): Placed[] {
  const gaps = positions.map((p) => ({
    p,
    gap: Math.min(...positions.filter((q) => q !== p).map((q) => Math.hypot(p.x - q.x, p.y - q.y))),
  }));
  return gaps
    .sort((a, b) => b.gap - a.gap)
    .slice(0, count)
    .map((entry) => entry.p);
}

const labelOf = (id: string): string | undefined => sample.actors.find((actor) => actor.id === id)?.label;

describe('links and history', () => {
  it('a link with state reopens the same filters and selection', async () => {
    const id = 'vinnova';
    const page = await openApp(`?country=SE,FI&year=2012&color=kind&select=${id}`);
    await waitForGraph(page);
    const filtered = applyFilters(sample, {
      sectors: [],
      countries: ['SE', 'FI'],
      actorKinds: [],
      agreementKinds: [],
      year: 2012,
      documentedOnly: false,
    });
    const counts = page.locator('[data-testid=counts] [data-count=actors]');
    await expect.poll(() => counts.textContent()).toBe(`${filtered.actors.length} actors`);
    await expect.poll(() => page.locator('#actor-panel-title').textContent()).toBe(labelOf(id));
    // The address the app writes back is a link too: a second page opened on it shows the same view.
    const written = await queryWhen(page, 'select', id);
    expect(written.get('country')).toBe('SE,FI');
    const again = await openApp(new URL(page.url()).search);
    await waitForGraph(again);
    await expect.poll(() => again.locator('#actor-panel-title').textContent()).toBe(labelOf(id));
    expect(await again.locator('[data-testid=counts] [data-count=actors]').textContent()).toBe(
      `${filtered.actors.length} actors`,
    );
    expect(await again.evaluate(() => window.__atlas?.nodeCount())).toBe(filtered.actors.length);
    await page.close();
    await again.close();
  });

  it('back and forward restore the previous selections', async () => {
    const page = await openApp();
    await waitForGraph(page);
    // Only nodes that nothing covers (the legend and notes float over the canvas).
    const [first, second] = loneliest(await reachable(page, await settledPositions(page)), 2) as [Placed, Placed];
    await page.mouse.click(first.x, first.y);
    await queryWhen(page, 'select', first.id);
    await page.mouse.click(second.x, second.y);
    await queryWhen(page, 'select', second.id);
    const title = page.locator('#actor-panel-title');
    await page.goBack();
    await expect.poll(() => title.textContent()).toBe(labelOf(first.id));
    await page.goBack();
    await expect.poll(() => title.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    await page.goForward();
    await expect.poll(() => title.textContent()).toBe(labelOf(first.id));
    await page.goForward();
    await expect.poll(() => title.textContent()).toBe(labelOf(second.id));
    await page.close();
  });
});

describe('camera', () => {
  it('a wheel zoom goes into the link in place; back restores it; a reopened link shows the same picture', async () => {
    // The sample ships saved x/y, so every load draws the same layout and the same camera the same picture.
    expect(sample.actors.every((a) => typeof a.x === 'number' && typeof a.y === 'number')).toBe(true);
    const page = await openApp();
    await waitForLayout(page);
    await settledPositions(page);
    const box = await page.locator('.graph-canvas').boundingBox();
    if (box === null) throw new Error('no canvas');
    const entries = await page.evaluate(() => history.length);
    const zoomAt = async (dy: number) => {
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
      await page.mouse.wheel(0, dy);
    };
    await zoomAt(-400);
    await expect.poll(() => new URL(page.url()).searchParams.get('cam'), { timeout: 20_000 }).not.toBeNull();
    const cam = new URL(page.url()).searchParams.get('cam');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    const zoomed = await settledPositions(page);
    // Nothing (a late fit) moved the canvas away from the camera the link took.
    expect(new URL(page.url()).searchParams.get('cam')).toBe(cam);
    // A discrete change adds an entry; zooming again only rewrites it.
    const actor = loneliest(await reachable(page, zoomed), 1)[0] as Placed;
    await page.mouse.click(actor.x, actor.y);
    await queryWhen(page, 'select', actor.id);
    await zoomAt(-300);
    await expect.poll(() => new URL(page.url()).searchParams.get('cam'), { timeout: 20_000 }).not.toBe(cam);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBeNull();
    expectSamePlaces(zoomed, await settledPositions(page));
    // Another page opened on the link keeps the camera it was given and shows the same picture.
    const again = await openApp(`?cam=${cam}`);
    await waitForLayout(again);
    // The page may still settle its header and tabs (the canvas resizes, and the camera is re-centred).
    await expect
      .poll(async () => largestShift(zoomed, await nodePositions(again)), { timeout: 20_000 })
      .toBeLessThan(2);
    expectSamePlaces(zoomed, await settledPositions(again));
    expect(new URL(again.url()).searchParams.get('cam')).toBe(cam);
    await page.close();
    await again.close();
  });
});

describe('share dialog', () => {
  it('is a modal: focus inside, Tab stays inside, Escape closes and returns focus', async () => {
    const page = await openApp('?select=vinnova');
    await waitForGraph(page);
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();
    const link = await dialog.locator('input').inputValue();
    expect(new URL(link).searchParams.get('select')).toBe('vinnova');
    const snippet = await dialog.locator('textarea').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]*embed=1[^"]*"/);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    await page.close();
  });
});

describe('embed mode in a host page', () => {
  for (const width of [320, 1280]) {
    it(`fits a ${width} px wide page and leaves the wheel to the host page`, async () => {
      const page = await chromium.browser.newPage({ viewport: { width, height: 700 } });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const src = `${new URL(appUrl).pathname}?embed=1&color=kind`;
      await page.goto(`${origin}/e2e-pages/embed.html?src=${encodeURIComponent(src)}`);
      const frame = page.frames().find((f) => f !== page.mainFrame()) ?? null;
      expect(frame).not.toBeNull();
      const app = frame as Frame;
      await waitForGraph(app);
      expect(await app.locator('.header').count()).toBe(0);
      expect(await app.locator('.embed-title').textContent()).toBe(sample.title);
      const open = app.locator('a.embed-open');
      expect(await open.getAttribute('target')).toBe('_blank');
      expect(await open.getAttribute('rel')).toContain('noopener');
      const href = new URL((await open.getAttribute('href')) ?? '', appUrl);
      expect(href.searchParams.get('embed')).toBeNull();
      expect(href.searchParams.get('color')).toBe('kind');
      // Nothing wider than the frame: no sideways scrolling inside it.
      expect(await app.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `${OUTPUT}/embed-${width}.png` });

      // The wheel over the canvas scrolls the host page and leaves the zoom alone, until the reader clicks in.
      const box = await page.locator('#atlas').boundingBox();
      if (box === null) throw new Error('the frame has no box');
      const zoomBefore = await app.evaluate(() => window.__atlas?.nodePositions().map((p) => p.x));
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await app.evaluate(() => window.__atlas?.nodePositions().map((p) => p.x))).toEqual(zoomBefore);
      await page.close();
    });
  }
});

describe('story mode', () => {
  it('moves to the next step with ArrowRight and back with ArrowLeft, writing the step into the link', async () => {
    const views = sample.views ?? [];
    expect(views.length).toBeGreaterThan(2);
    const page = await openApp('?story=views&step=1');
    const title = page.locator('.story-title');
    await expect.poll(() => title.textContent(), { timeout: 30_000 }).toBe(views[0]?.title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toBe(views[1]?.title);
    const query = await queryWhen(page, 'step', '2');
    // Step 2's own view came with it (docs/presenting.md): the brokers view colours by community.
    expect(new URLSearchParams(views[1]?.state).get('color')).toBe(query.get('color'));
    await page.screenshot({ path: `${OUTPUT}/story-step-2.png` });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => title.textContent()).toBe(views[0]?.title);
    await page.close();
  });
});

describe('the legend of a wide frame', () => {
  it('stands in a column left of the network at 1440×900 in a story, so no node or label lies under it', async () => {
    const page = await openApp('?story=views&step=5', 1440, 900);
    await page.waitForSelector('.story-title');
    const legend = page.locator('details.legend');
    expect(await legend.getAttribute('open')).not.toBeNull();
    const canvas = page.locator('.embed-stage .graph-canvas');
    await expect.poll(async () => (await canvas.boundingBox())?.x ?? 0).toBeGreaterThan(0);
    const legendBox = (await legend.boundingBox())!;
    const canvasBox = (await canvas.boundingBox())!;
    expect(legendBox.x + legendBox.width).toBeLessThanOrEqual(canvasBox.x + 1);
    // A long kind name ("Cluster organisation") puts the colour list in one column: its entries share one left edge.
    const lefts = await legend
      .locator('section[aria-label=Colour] li')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
    expect(lefts.length).toBeGreaterThan(2);
    expect(new Set(lefts).size).toBe(1);
    await page.close();
  });

  it('leaves the compare step (no legend) its full width: both canvases drawn, no page error', async () => {
    const errors: string[] = [];
    const page = await openApp('?story=views&step=4', 1440, 900);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.waitForSelector('.story-title');
    await page.waitForSelector('.embed-stage canvas');
    await page.waitForTimeout(1000);
    const widths = await page.$$eval('.embed-stage canvas', (canvases) =>
      canvases.map((c) => (c as HTMLCanvasElement).width),
    );
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.min(...widths)).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** PNG width and height from its IHDR chunk (bytes 16–23). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}

describe('exports', () => {
  it('PNG at 2× is twice the 1× picture, legend and title band included', async () => {
    const page = await openApp();
    await waitForGraph(page);
    const canvas = await page.locator('.graph-canvas').boundingBox();
    const one = pngSize(await download(page, 'PNG picture (1×, screen)'));
    const twoBytes = await download(page, 'PNG picture (2×, slides)');
    const two = pngSize(twoBytes);
    writeFileSync(`${OUTPUT}/export-2x.png`, twoBytes);
    console.log(`PNG 1×: ${one.width}×${one.height}; 2×: ${two.width}×${two.height}, ${twoBytes.length} bytes`);
    expect(Math.abs(one.width - Math.floor(canvas?.width ?? 0))).toBeLessThanOrEqual(1);
    expect(Math.abs(two.width - 2 * one.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    // The title band adds to the canvas's own height.
    expect(one.height).toBeGreaterThan(Math.floor(canvas?.height ?? 0));
    await page.close();
  });

  it('SVG of labels that look like markup has no script and no event attributes', async () => {
    const page = await openApp('?data=../../e2e-pages/evil-labels.json');
    await waitForGraph(page);
    expect(await page.evaluate(() => window.__atlas?.nodeCount())).toBe(evil.actors.length);
    const svg = (await download(page, 'SVG drawing')).toString('utf8');
    writeFileSync(`${OUTPUT}/export-markup-labels.svg`, svg);
    const report = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        parseError: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.nodeName,
        scripts: doc.querySelectorAll('script').length,
        foreign: all.filter((el) => el.namespaceURI !== 'http://www.w3.org/2000/svg').map((el) => el.nodeName),
        handlers: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => /^on/i.test(name)),
        texts: [...doc.querySelectorAll('text')].map((el) => el.textContent),
      };
    }, svg);
    expect(report).toMatchObject({ parseError: false, root: 'svg', scripts: 0, foreign: [], handlers: [] });
    for (const actor of evil.actors) expect(report.texts).toContain(actor.label);
    await page.close();
  });
});

describe('no page errors', () => {
  it('raised none in any of the pages above', () => {
    expect(pageErrors).toEqual([]);
  });
});
