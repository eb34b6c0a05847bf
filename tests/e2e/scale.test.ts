// Continental scale in a real Chromium: 5,000 actors / 50,000 agreements load, draw under the edge budget, and answer a click while the analysis runs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokerageOf } from '../../src/analysis/brokerage';
import { brokerPathsOf } from '../../src/analysis/broker-paths';
import { applyFilters } from '../../src/model/filter';
import { emptyFilters, type Dataset } from '../../src/model/types';
import { EDGE_BUDGET } from '../../src/render/lod';
import { startScaleSetup, type ScaleSetup } from './scale-setup';

declare global {
  interface Window {
    __lastLongTaskEnd?: number;
    __lastPoll?: number;
    __steadySince?: number;
    __longest?: number;
  }
}

const OUTPUT = 'tests/output';

let setup: ScaleSetup;
let browser: Browser;
let dataset: Dataset;
const pageErrors: string[] = [];

beforeAll(async () => {
  setup = await startScaleSetup('scale-5000-50000.json');
  ({ browser, dataset } = setup);
}, 120_000);

afterAll(() => setup?.close());

interface Drawn {
  nodes: number;
  edges: number;
  totalEdges: number;
  preview: boolean;
}

/** The first drawn frame's counts (of a preview, or of cytoscape's frame), once the canvas has painted the network. */
async function firstDrawn(page: Page, interactive: boolean): Promise<Drawn & { time: number }> {
  const handle = await page.waitForFunction(
    (live) => {
      const mark = performance.getEntriesByName('atlas:drawn', 'mark').find((entry) => {
        const detail = (entry as PerformanceMark).detail as Drawn | null;
        return detail !== null && detail.nodes > 0 && (!live || !detail.preview);
      });
      return mark ? { ...((mark as PerformanceMark).detail as Drawn), time: mark.startTime } : false;
    },
    interactive,
    { timeout: 90_000, polling: 100 },
  );
  return (await handle.jsonValue()) as Drawn & { time: number };
}

/** Waits until polls every 100 ms have run on time, with no long task, for `ms` milliseconds. */
async function steady(page: Page, ms: number): Promise<void> {
  await page.evaluate(() => {
    window.__steadySince = undefined;
    window.__lastPoll = undefined;
  });
  await page.waitForFunction(
    (span) => {
      const now = performance.now();
      const late = now - (window.__lastPoll ?? 0) > 250;
      window.__lastPoll = now;
      if (late || window.__steadySince === undefined) window.__steadySince = now;
      return now - window.__steadySince > span && now - (window.__lastLongTaskEnd ?? 0) > span;
    },
    ms,
    { timeout: 120_000, polling: 100 },
  );
}

describe('a 5,000-actor network', () => {
  it('draws every actor with at most the edge budget, says what is hidden, and answers a click within a second while the analysis runs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Long tasks are only reported to observers: keep the end of the latest one on window.
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__lastLongTaskEnd = Math.max(window.__lastLongTaskEnd ?? 0, entry.startTime + entry.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(setup.appUrl);
    const drawn = await firstDrawn(page, false);
    // The first picture is the plain-canvas preview; cytoscape's frame, which answers clicks, follows.
    expect(drawn.preview).toBe(true);
    const live = await firstDrawn(page, true);
    expect(live.time).toBeGreaterThan(drawn.time);
    expect({ ...live, time: 0, preview: true }).toEqual({ ...drawn, time: 0 });

    expect(drawn.nodes).toBe(dataset.actors.length);
    expect(drawn.totalEdges).toBeGreaterThan(EDGE_BUDGET);
    expect(drawn.edges).toBeLessThanOrEqual(EDGE_BUDGET);
    // The level-of-detail note names what is hidden and offers all of it.
    const note = page.locator('.lod-note');
    await expect.poll(() => note.textContent()).toContain(`of ${drawn.totalEdges.toLocaleString('en')} ties`);
    expect(await note.getByRole('button', { name: 'Show all ties' }).count()).toBe(1);

    // Let the main thread finish placing and drawing: polls every 100 ms must have run on time for a
    // full second with no long task.
    await steady(page, 1000);
    // The load's own analysis may be over by now (it takes a few seconds in two workers). Start a fresh
    // one as a reader would: leave out the smallest country. The graph barely changes, so the canvas
    // redraws quickly, while the worker recomputes every metric of 5,000 actors for seconds.
    const counts = new Map<string, number>();
    for (const actor of dataset.actors) counts.set(actor.country, (counts.get(actor.country) ?? 0) + 1);
    const smallest = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const rest = [...counts.keys()].filter((code) => code !== smallest);
    const networkHeight = (): Promise<number> =>
      page.evaluate(() => document.querySelector('.edge-layer')!.parentElement!.getBoundingClientRect().height);
    const heightBefore = await networkHeight();
    const drawnBefore = await page.evaluate(() => performance.getEntriesByName('atlas:drawn').length);
    const doneBefore = await page.evaluate(() => performance.getEntriesByName('atlas:analysis-done').length);
    // The new analysis's result is held back until after the click, so the click surely comes while it is
    // pending, however fast the workers were on this run (they still compute it meanwhile).
    await page.evaluate((countries) => {
      window.__atlasPerf?.holdAnalysis();
      window.__atlasPerf?.setFilters({ countries });
    }, rest);
    await page.waitForFunction((n) => performance.getEntriesByName('atlas:drawn').length > n, drawnBefore, {
      timeout: 30_000,
    });
    await steady(page, 300);
    const statusBefore = await page.evaluate(() => window.__atlasPerf?.analysisStatus());
    // The progress shows in a chip over the page: text that came and went in the header's row changed the
    // network's height twice per filter change, and each resize redrew all 5,000 nodes and 10,000 ties.
    expect(await page.locator('.analysis-status[role=status]').textContent()).toMatch(/^Computing metrics… \d+%$/);
    expect(await networkHeight()).toBe(heightBefore);
    // Toggle a control that opens a panel: the header's warnings button (the generated data has
    // domestic ties, which are warnings).
    const button = page.locator('header .warnings-button');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const started = Date.now();
    const clickedAt = await page.evaluate(() => performance.now());
    await button.click({ timeout: 1_000 });
    await page.locator('header .warnings-button[aria-pressed=true]').waitFor({ timeout: 5_000 });
    await page.locator('aside.side #warnings-title').waitFor({ state: 'visible', timeout: 5_000 });
    const answeredIn = Date.now() - started;
    await page.evaluate(() => window.__atlasPerf?.releaseAnalysis());
    await page.waitForFunction((n) => performance.getEntriesByName('atlas:analysis-done').length > n, doneBefore, {
      timeout: 60_000,
    });
    const doneTimes = await page.evaluate(() =>
      performance.getEntriesByName('atlas:analysis-done').map((entry) => entry.startTime),
    );

    expect(statusBefore).toBe('running');
    // The click came while the new analysis was pending, was answered within a second (the seconds of
    // work really are off the main thread), and the analysis then arrived once, after the click.
    expect(doneTimes.slice(doneBefore)).toHaveLength(1);
    expect(doneTimes[doneBefore]!).toBeGreaterThan(clickedAt);
    expect(answeredIn).toBeLessThan(1_000);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/scale-5000.png` });
    await page.close();
  }, 180_000);

  it('in a 320×480 embed names the hidden ties in one sentence under a fifth of the canvas, with no canvas label under it', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 480 } });
    await page.goto(`${setup.appUrl}&embed=1`);
    await firstDrawn(page, true);
    const note = page.locator('.lod-note');
    // The full note took 127 of the canvas's 449 px, and labels were not kept off it as off the legend.
    await expect
      .poll(() => note.textContent())
      .toMatch(/^10,000 of [\d,]+ ties drawn, each actor's strongest first; counts include all\. Show all ties$/);
    const noteBox = (await note.boundingBox())!;
    const canvasBox = (await page.locator('.graph-canvas').boundingBox())!;
    expect(noteBox.height).toBeLessThan(canvasBox.height / 5);
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.labelBoxes().length ?? 0), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const labels = await page.evaluate(() => window.__atlas!.labelBoxes());
    const under = labels.filter(
      (label) =>
        label.x2 > noteBox.x &&
        label.x1 < noteBox.x + noteBox.width &&
        label.y2 > noteBox.y &&
        label.y1 < noteBox.y + noteBox.height,
    );
    expect(under.map((label) => label.text)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/scale-5000-embed.png` });
    await page.close();
  }, 120_000);

  it('"Show all ties" draws every tie and the note says all are shown; "Draw fewer" goes back to the budget', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(setup.appUrl);
    const live = await firstDrawn(page, true);
    const note = page.locator('.lod-note');
    const total = live.totalEdges.toLocaleString('en');
    await expect.poll(() => note.textContent()).toContain(`of ${total} ties`);
    const marks = (): Promise<Drawn[]> =>
      page.evaluate(() =>
        performance.getEntriesByName('atlas:drawn', 'mark').map((mark) => (mark as PerformanceMark).detail as Drawn),
      );
    const before = (await marks()).length;
    await note.getByRole('button', { name: 'Show all ties' }).click();
    await expect.poll(() => note.textContent()).toBe(`Showing all ${total} ties. Draw fewer`);
    await expect
      .poll(async () => (await marks()).slice(before).some((mark) => mark.edges === live.totalEdges), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(await page.evaluate(() => window.__atlas!.edgeCount())).toBe(live.totalEdges);
    await note.getByRole('button', { name: 'Draw fewer' }).click();
    await expect
      .poll(() => note.textContent())
      .toContain(`Drawing ${EDGE_BUDGET.toLocaleString('en')} of ${total} ties`);
    await page.close();
  }, 120_000);

  it('draws every tie of a selected actor and of a focus, however many the edge budget left out, and counts them in the note', async () => {
    // The actor with the most partners (every party of an agreement is a partner, as the canvas draws them).
    const partners = new Map<string, Set<string>>();
    for (const agreement of dataset.agreements) {
      for (const party of agreement.parties) {
        const set = partners.get(party) ?? new Set<string>();
        for (const other of agreement.parties) if (other !== party) set.add(other);
        partners.set(party, set);
      }
    }
    const [hub, ties] = [...partners].reduce((best, next) => (next[1].size > best[1].size ? next : best));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(setup.appUrl);
    await firstDrawn(page, true);
    const drawnTies = (): Promise<number> => page.evaluate((id) => window.__atlas!.drawnTiesOf(id), hub);
    const before = await drawnTies();
    // The budget keeps each actor's strongest and the heaviest: not all of the busiest actor's.
    expect(before).toBeLessThan(ties.size);
    await page.evaluate((id) => window.__atlasPerf?.selectActor(id), hub);
    await expect.poll(drawnTies, { timeout: 30_000 }).toBe(ties.size);
    const drawn = EDGE_BUDGET + ties.size - before;
    await expect
      .poll(() => page.locator('.lod-note').textContent())
      .toContain(`Drawing ${drawn.toLocaleString('en')} of`);
    // Focused on it and no longer selected: its ties stay drawn.
    await page.getByRole('button', { name: 'Focus: its partners' }).click();
    await page.evaluate(() => window.__atlasPerf?.selectActor(null));
    await expect.poll(drawnTies, { timeout: 30_000 }).toBe(ties.size);
    await page.getByRole('button', { name: 'Clear focus' }).click();
    await expect.poll(drawnTies, { timeout: 30_000 }).toBe(before);
    await page.close();
  }, 120_000);

  it('works out where a selected actor brokers on request and draws a pair’s paths, each in a worker: as brokerageOf and brokerPathsOf, no task over 250 ms', async () => {
    const actor = dataset.actors[17]!;
    const filtered = applyFilters(dataset, emptyFilters());
    const expected = brokerageOf(filtered, actor.id)!.byCountryPair.slice(0, 5);
    const paths = brokerPathsOf(filtered, actor.id, expected[0]!.countries)!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.addInitScript(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest ?? 0, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(`${setup.appUrl}&select=${encodeURIComponent(actor.id)}`);
    const button = page.getByRole('button', { name: 'Work out where it brokers' });
    await button.waitFor({ timeout: 90_000 });
    await steady(page, 1000);
    await page.evaluate(() => (window.__longest = 0));
    await button.click();
    const bars = page.getByRole('list', { name: 'Share of its brokerage by pair of countries' });
    await bars.waitFor({ timeout: 90_000 });
    const shown = (await bars.locator('.brokerage-share').allTextContents()).map((text) => text.trim());
    expect(shown).toEqual(expected.map((entry) => `${Math.round(entry.share * 100)} %`));
    expect(workers.some((url) => url.includes('brokerage.worker'))).toBe(true);
    // The largest pair's paths: found in their own worker, then drawn (the path ties on the layer) and counted.
    await bars
      .getByRole('button', { name: /^Show the paths between/ })
      .first()
      .click();
    await page.getByText(/^On the network:/).waitFor({ timeout: 90_000 });
    expect(workers.some((url) => url.includes('broker-paths.worker'))).toBe(true);
    expect(await page.getByText(/^On the network:/).textContent()).toContain(
      `over ${paths.edges.length.toLocaleString('en')} ties and ${paths.nodes.length.toLocaleString('en')} actors`,
    );
    await steady(page, 1000);
    expect(await page.evaluate(() => window.__longest ?? 0)).toBeLessThan(250);
    await page.close();
  }, 180_000);

  it('fits the network, and a path it opens on, below the level-of-detail note laid across the canvas’s top', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const [from, to] = [dataset.actors[17]!.id, dataset.actors[4000]!.id];
    for (const query of ['', `&path=${encodeURIComponent(from)},${encodeURIComponent(to)}`]) {
      await page.goto(`${setup.appUrl}${query}`);
      await firstDrawn(page, true);
      await steady(page, 500);
      const noteBottom = await page.locator('.lod-note').evaluate((note) => note.getBoundingClientRect().bottom);
      // Every drawn node's disc (a path: the nodes on it) lies wholly below the note.
      const discs = await page.evaluate(() => window.__atlas!.nodeDiscs());
      expect(discs.length).toBeGreaterThan(0);
      const highest = Math.min(...discs.map((d) => d.y - d.r));
      expect([query, highest > noteBottom]).toEqual([query, true]);
    }
    await page.close();
  }, 120_000);

  it('a link that opens on the map says over the canvas that it is placing the 5,000 actors while another layout stands in, and stops saying it once the map is drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${setup.appUrl}&layout=map`);
    const note = page.locator('.graph-view .arranging-note[role=status]');
    const placing = `Placing ${dataset.actors.length.toLocaleString('en')} actors on the map…`;
    // The map worker needs over a second at 5,000 actors; the note says so while the stand-in is on screen.
    await expect.poll(() => note.textContent(), { timeout: 60_000, interval: 50 }).toBe(placing);
    expect(await page.evaluate(() => window.__explorer?.shown())).not.toBe('map');
    await page.screenshot({ path: `${OUTPUT}/scale-5000-map-waiting.png` });
    await page.waitForFunction(() => window.__explorer?.shown() === 'map', null, { timeout: 60_000 });
    expect(await note.textContent()).toBe('');
    expect(await note.boundingBox()).toMatchObject({ width: 0 });
    await page.close();
  }, 120_000);
});
