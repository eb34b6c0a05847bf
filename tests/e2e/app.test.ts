// The built app in a real Chromium, served under a sub-path: sample drawn, actor panel, load errors, drag-and-drop.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatProblem, parseDatasetText } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { settledPositions, type Placed, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const badText = readFileSync('tests/e2e/fixtures/bad-references.json', 'utf8');
const twoActorsText = readFileSync('tests/e2e/fixtures/two-actors.json', 'utf8');

const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

async function openApp(query = ''): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl + query);
  return page;
}

/** Waits until the nodes are placed and the canvas has drawn at least `minPixels` non-transparent pixels. */
async function waitForDrawing(page: Page, minPixels = 2000): Promise<number> {
  await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
  const handle = await page.waitForFunction(
    (min) => {
      let painted = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.graph-canvas canvas')) {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) continue;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) painted++;
      }
      return painted >= min ? painted : false;
    },
    minPixels,
    { timeout: 15_000, polling: 200 },
  );
  return (await handle.jsonValue()) as number;
}

const headerCounts = (page: Page) =>
  page.$$eval('[data-testid=counts] [data-count]', (spans) =>
    Object.fromEntries(spans.map((span) => [span.getAttribute('data-count'), span.textContent])),
  );

/** Dispatches a drop of a file with this text on the window, as a user dragging it from their desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

/**
 * Node positions once the layout and its fit are done (two reads 400 ms apart agree), keeping only nodes
 * inside the visible canvas: a click is only a fair test where a user could click.
 */
async function clickablePositions(page: Page): Promise<Placed[]> {
  const settled = await settledPositions(page);
  const box = await page.locator('.graph-canvas').first().boundingBox();
  const inside = (p: Placed) =>
    box !== null &&
    p.x > box.x + 12 &&
    p.x < box.x + box.width - 12 &&
    p.y > box.y + 12 &&
    p.y < box.y + box.height - 12;
  return settled.filter(inside);
}

/** The node farthest from any other, so that a click on it cannot hit a neighbour. */
function loneliest(positions: Placed[]): Placed {
  let best = positions[0] as Placed;
  let bestGap = -1;
  for (const p of positions) {
    let gap = Infinity;
    for (const q of positions) if (q !== p) gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
    if (gap > bestGap) [best, bestGap] = [p, gap];
  }
  return best;
}

describe('the app on the bundled sample', () => {
  it('draws every actor and shows the counts of the sample in the header', async () => {
    const page = await openApp();
    const started = Date.now();
    const painted = await waitForDrawing(page);
    const drawnAfter = Date.now() - started;
    await page.screenshot({ path: `${OUTPUT}/sample.png` });
    const countries = new Set(sample.actors.map((actor) => actor.country)).size;
    expect(await headerCounts(page)).toEqual({
      actors: `${sample.actors.length} actors`,
      agreements: `${sample.agreements.length} agreements`,
      countries: `${countries} countries`,
    });
    expect(await page.locator('h1').textContent()).toBe(sample.title);
    expect(await page.evaluate(() => window.__atlas?.nodeCount())).toBe(sample.actors.length);
    expect(painted).toBeGreaterThan(2000);
    console.log(
      `sample: ${sample.actors.length} actors drawn ${drawnAfter} ms after navigation (${painted} px painted)`,
    );
    await page.close();
  });

  it('opens an actor panel with its agreements when an actor is clicked', async () => {
    const page = await openApp();
    await waitForDrawing(page);
    const { id, x, y } = loneliest(await clickablePositions(page));
    await page.mouse.click(x, y);
    const actor = sample.actors.find((candidate) => candidate.id === id);
    await expect.poll(() => page.locator('#actor-panel-title').textContent()).toBe(actor?.label);
    const ownAgreements = sample.agreements.filter((agreement) => agreement.parties.includes(id));
    expect(await page.locator('.actor-panel .agreement').count()).toBe(ownAgreements.length);
    const rels = await page.$$eval('.actor-panel a[target=_blank]', (links) => links.map((a) => a.getAttribute('rel')));
    for (const rel of rels) expect(rel).toContain('noopener');
    await page.screenshot({ path: `${OUTPUT}/actor-panel.png` });
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches the header buttons with Tab, shows where the focus is, and works them with Enter', async () => {
    const page = await openApp();
    await waitForDrawing(page);
    const readFocus = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          tag: element.tagName,
          text: element.textContent,
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
    // Tab through the header (other buttons may come first) until the warnings button has the focus.
    let focused = await readFocus();
    for (let presses = 0; presses < 12 && !/^\d+ warnings?$/.test(focused.text ?? ''); presses++) {
      await page.keyboard.press('Tab');
      focused = await readFocus();
    }
    expect(focused.tag).toBe('BUTTON');
    expect(focused.text).toMatch(/^\d+ warnings?$/);
    expect(focused.outline).toBe('solid');
    expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#warnings-title').textContent())
      .toBe(`Warnings (${focused.text?.split(' ')[0]})`);
    await page.screenshot({ path: `${OUTPUT}/keyboard-warnings.png` });
    await page.close();
  });

  it('moves from an actor to a partner with the keyboard', async () => {
    const id = 'cleantech-finland';
    const actor = sample.actors.find((candidate) => candidate.id === id);
    const agreement = sample.agreements.find((candidate) => candidate.parties.includes(id));
    const partnerId = agreement?.parties.find((party) => party !== id);
    const partner = sample.actors.find((candidate) => candidate.id === partnerId);
    expect(actor && partner).toBeTruthy();
    const page = await openApp(`?select=${id}`);
    await expect.poll(() => page.locator('#actor-panel-title').textContent(), { timeout: 20_000 }).toBe(actor?.label);
    const button = page.locator('.actor-panel .partners button', { hasText: partner?.label ?? '' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#actor-panel-title').textContent()).toBe(partner?.label);
    await page.close();
  });
});

describe('metrics from the analysis worker', () => {
  it('colours by betweenness once the worker has computed it (?color= from the link)', async () => {
    const page = await openApp('?color=betweenness');
    await waitForDrawing(page);
    const colour = page.locator('.legend section[aria-label=Colour]');
    await expect.poll(() => colour.locator('h3').textContent()).toBe('Colour: Betweenness (broker role)');
    // Grey "not computed yet" disappears when the metrics of this graph arrive from the worker.
    await expect.poll(() => colour.textContent(), { timeout: 30_000 }).not.toContain('not computed yet');
    const ends = await colour.locator('.legend-ramp-ends span').allTextContents();
    expect(Number(ends[0])).toBe(0);
    expect(Number(ends[1])).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUTPUT}/colour-by-betweenness.png` });
    await page.close();
  });
});

describe('loading other datasets', () => {
  it('lists every problem of a bad ?data= file as pointer: message', async () => {
    // Relative to /sub/app/, so this also checks that ?data= resolves against the page's sub-path.
    const page = await openApp('?data=../../e2e-fixtures/bad-references.json');
    await page.locator('.error-panel').waitFor({ timeout: 20_000 });
    const result = parseDatasetText(badText);
    expect(result.ok).toBe(false);
    const expected = result.ok ? [] : result.errors.map(formatProblem);
    expect(await page.locator('.error-panel .problems li').allTextContents()).toEqual(expected);
    expect(await page.locator('.error-panel b').count()).toBe(0);
    await page.screenshot({ path: `${OUTPUT}/bad-data-url.png` });
    await page.close();
  });

  it('opens an absolute http ?data= address and keeps it in the address bar', async () => {
    const address = `${inject('origin')}/e2e-fixtures/two-actors.json`;
    const page = await openApp(`?data=${encodeURIComponent(address)}`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toBe('Two actors, one tie');
    expect(await page.locator('.source').textContent()).toBe(address);
    expect(new URL(page.url()).searchParams.get('data')).toBe(address);
    await page.close();
  });

  it('says what went wrong when ?data= points nowhere, and takes the bad key out of the address bar', async () => {
    const page = await openApp('?data=missing.json&select=innovation-norway');
    await page.locator('.error-panel').waitFor({ timeout: 20_000 });
    expect(await page.locator('.error-panel').textContent()).toMatch(/404.*\/sub\/app\/missing\.json/);
    // The sample opens under the failure, and the address says so: a reload would not fetch the bad address again.
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toBe(sample.title);
    await expect.poll(() => new URL(page.url()).searchParams.has('data'), { timeout: 10_000 }).toBe(false);
    expect(await page.locator('.error-panel').textContent()).toMatch(/404.*missing\.json/);
    await page.close();
  });

  it('never fetches the app page itself for ?data=%20: the sample opens under a message saying ?data= is empty', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const pageFetches: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'fetch' && url.pathname.endsWith('/sub/app/')) pageFetches.push(request.url());
    });
    await page.goto(`${appUrl}?data=%20`);
    await page.locator('.error-panel').waitFor({ timeout: 20_000 });
    expect(await page.locator('.error-panel').textContent()).toMatch(/\?data= with no address after it/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toBe(sample.title);
    await expect.poll(() => new URL(page.url()).searchParams.has('data'), { timeout: 10_000 }).toBe(false);
    expect(pageFetches).toEqual([]);
    await page.close();
  });

  it('keeps the good dataset on screen when a bad file is dropped after it, and opens a good one', async () => {
    const page = await openApp();
    await waitForDrawing(page);
    const before = await headerCounts(page);
    await dropFile(page, 'bad-references.json', badText);
    await page.locator('.error-panel').waitFor();
    expect(await page.locator('.error-panel h2').textContent()).toContain('bad-references.json');
    expect(await page.locator('h1').textContent()).toBe(sample.title);
    expect(await headerCounts(page)).toEqual(before);
    expect(await page.evaluate(() => window.__atlas?.nodeCount())).toBe(sample.actors.length);
    await page.screenshot({ path: `${OUTPUT}/bad-drop-keeps-sample.png` });

    await dropFile(page, 'two-actors.json', twoActorsText);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Two actors, one tie');
    expect(await page.locator('.error-panel').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__atlas?.nodeCount())).toBe(2);
    // Where the nodes rest: read while the new dataset's camera still moved, the click missed under load (1 in 3 runs).
    const positions = await settledPositions(page);
    expect(positions.map((p) => p.id).sort()).toEqual(['__proto__', 'constructor']);
    const proto = positions.find((p) => p.id === '__proto__') as Placed;
    await page.mouse.click(proto.x, proto.y);
    await expect.poll(() => page.locator('#actor-panel-title').textContent()).toBe('Proto Cluster');
    await page.close();
  });

  it('opens a file chosen with the Open dataset button', async () => {
    const page = await openApp();
    await waitForDrawing(page);
    await page.locator('[data-testid=file-input]').setInputFiles('tests/e2e/fixtures/two-actors.json');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Two actors, one tie');
    expect(await page.locator('.source').textContent()).toBe('two-actors.json');
    await page.close();
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
