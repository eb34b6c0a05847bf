// Helpers shared by the browser tests: one Chromium per file, node positions from the app's test hook, axe's serious findings.
import { mkdirSync } from 'node:fs';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

export type Placed = { id: string; x: number; y: number };

/** Rendered node positions (page pixels) as a list, so ids like `__proto__` survive. */
export const nodePositions = (page: Page): Promise<Placed[]> =>
  page.evaluate(() => window.__atlas?.nodePositions() ?? []);

/** Node positions once they stop moving (the layout and its fit are done): two reads 400 ms apart agree. */
export async function settledPositions(page: Page): Promise<Placed[]> {
  let previous = JSON.stringify(await nodePositions(page));
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(400);
    const now = JSON.stringify(await nodePositions(page));
    if (now === previous) return JSON.parse(now) as Placed[];
    previous = now;
  }
  throw new Error('the nodes kept moving for 16 s');
}

/** Violations that axe rates serious or critical within `context`, as "rule: target" lines (empty when none). */
export async function seriousViolations(page: Page, context = 'html'): Promise<string[]> {
  // Evaluated, not added as a <script>: the app's Content-Security-Policy refuses inline scripts (docs/presenting.md).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (selector) => (window as unknown as { axe: typeof axe }).axe.run(selector, { resultTypes: ['violations'] }),
    context,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/**
 * One Chromium for a test file: launched before its tests (with `outputDir` made for screenshots) and
 * closed after them. Read `.browser` inside tests and hooks.
 */
export function sharedChromium(outputDir: string): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (browser === undefined) throw new Error('Chromium is not running: use .browser inside a test or hook');
      return browser;
    },
  };
}

/** How far the first element matching `selector` runs past its box sideways (0 or less: no sideways scroll). */
export const overflowX = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollWidth - el.clientWidth);
