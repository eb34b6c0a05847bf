// Stories and prepared views frame their step: every drawn node inside the canvas, or the step's saved camera exactly.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { countryKey } from '../../src/render/country-elements';
import { nodePositions, settledPositions, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const views = sample.views ?? [];
const chromium = sharedChromium(OUTPUT);

/**
 * Nodes drawn outside the canvas's box (a pixel of slack), as "id (x, y)". A step that highlights a path or a focus
 * frames the highlighted actors (the rest are drawn faded around them): then only those must be inside.
 */
async function outside(page: Page, only?: ReadonlySet<string>): Promise<string[]> {
  const box = await page.locator('.graph-canvas').first().boundingBox();
  if (box === null) return ['no canvas'];
  return (await settledPositions(page))
    .filter((p) => only === undefined || only.has(p.id))
    .filter((p) => p.x < box.x - 1 || p.x > box.x + box.width + 1 || p.y < box.y - 1 || p.y > box.y + box.height + 1)
    .map((p) => `${p.id} (${Math.round(p.x)}, ${Math.round(p.y)})`);
}

/** The actors a path or focus step frames (the path's actors, or the focus and its partners), else undefined. */
async function highlighted(page: Page, state: string): Promise<ReadonlySet<string> | undefined> {
  const params = new URLSearchParams(state);
  const kind = params.has('path') ? 'on-path' : params.has('focus') ? 'focus-root' : null;
  if (kind === null) return undefined;
  await page.waitForFunction((name) => (window.__explorer?.nodesWith(name).length ?? 0) > 0, kind, {
    timeout: 30_000,
  });
  return new Set(await page.evaluate((name) => window.__explorer?.nodesWith(name) ?? [], kind));
}

/**
 * The countries a country step must show in a small frame, which frames the map's core (render/core-fit.ts): the
 * sample's countries around the Baltic Sea. Its partners overseas are a zoom-out or the fit button away.
 */
const BALTIC = new Set(['FI', 'SE', 'DK', 'NO', 'EE', 'LV', 'LT', 'PL', 'DE'].map(countryKey));

/** The camera a step's link saves (`cam=x,y,zoom`), or null when the step fits its actors. */
function savedCamera(state: string): { x: number; y: number; zoom: number } | null {
  const cam = new URLSearchParams(state).get('cam');
  if (cam === null) return null;
  const [x, y, zoom] = cam.split(',').map(Number);
  return { x: x!, y: y!, zoom: zoom! };
}

const drawsCanvas = (state: string): boolean => {
  const view = new URLSearchParams(state).get('view') ?? 'graph';
  return view === 'graph' || view === 'country';
};

describe('story steps frame what they show', () => {
  for (const embed of [false, true]) {
    it(
      embed
        ? "frames every canvas step: each drawn node inside the canvas (on the country map, the countries around the Baltic Sea), or exactly the step's saved camera, stepping through the story (embed, 320×480)"
        : "frames every canvas step: each drawn node inside the canvas, or exactly the step's saved camera, stepping through the story",
      { timeout: 180_000 },
      async () => {
        const size = embed ? { width: 320, height: 480 } : { width: 1440, height: 900 };
        const page = await chromium.browser.newPage({ viewport: size });
        await page.goto(`${appUrl}?story=views&step=1${embed ? '&embed=1' : ''}`);
        const title = page.locator('.story-title');
        for (let step = 1; step <= views.length; step++) {
          const view = views[step - 1]!;
          await expect.poll(() => title.textContent(), { timeout: 30_000 }).toBe(view.title);
          const saved = savedCamera(view.state);
          if (drawsCanvas(view.state)) {
            await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
            if (saved === null) {
              const country = new URLSearchParams(view.state).get('view') === 'country';
              const only = embed && country ? BALTIC : await highlighted(page, view.state);
              expect(await outside(page, only), `step ${step}: ${view.title}`).toEqual([]);
            } else {
              // The step's own camera, at every frame size: the same centre and zoom (a link's rounding). At once: the
              // opening step (the map) once showed the network until the map worker answered, and its camera only then.
              await settledPositions(page);
              const shown = await page.evaluate(() => window.__atlas!.camera());
              expect(shown.x, `step ${step}: centre x`).toBeCloseTo(saved.x, 0);
              expect(shown.y, `step ${step}: centre y`).toBeCloseTo(saved.y, 0);
              expect(shown.zoom, `step ${step}: zoom`).toBeCloseTo(saved.zoom, 3);
            }
          }
          // The picture a reader stays on: a tab whose code is still on its way shows "Loading the view…" first.
          await expect.poll(() => page.getByText('Loading the view…').count(), { timeout: 30_000 }).toBe(0);
          await page.screenshot({ path: `${OUTPUT}/story${embed ? '-embed' : ''}-step-${step}.png` });
          if (step < views.length) await page.keyboard.press('ArrowRight');
        }
        await page.close();
      },
    );
  }

  it('opens a story step directly on the country view with all its countries on the canvas', async () => {
    const step = views.findIndex((v) => new URLSearchParams(v.state).get('view') === 'country') + 1;
    expect(step).toBeGreaterThan(0);
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${appUrl}?story=views&step=${step}`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 30_000 });
    expect(await nodePositions(page)).not.toEqual([]);
    expect(await outside(page)).toEqual([]);
    await page.close();
  });
});
