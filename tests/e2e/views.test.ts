// Every view and every prepared view of the sample, at 1440×900 and in a 320×480 embed: a screenshot each, and axe finds nothing serious.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;

const SIZES = [
  { name: '1440', width: 1440, height: 900, embed: false },
  { name: 'embed-320', width: 320, height: 480, embed: true },
] as const;

/** Every tab of the app, by its link state. */
const TABS = ['graph', 'country', 'rankings', 'trajectories', 'matrix', 'coverage', 'scorecard', 'compare'].map(
  (view) => ({
    id: `tab-${view}`,
    state: `view=${view}`,
  }),
);
/** The sample's prepared views (what a presenter links to). */
const PREPARED = (sample.views ?? []).map((view) => ({ id: `view-${view.id}`, state: view.state }));

/** Waits until the view has drawn: the canvas placed its nodes and placed labels, or a table or panel is there. */
async function settled(page: Page): Promise<void> {
  // The trajectories chart waits for its worker: every year of the sample's span.
  await page.waitForSelector('.graph-canvas, table, .scorecard-card, .gaps-empty, .bump-chart', { timeout: 60_000 });
  if ((await page.locator('.graph-canvas').count()) > 0) {
    await page.waitForFunction(() => (window.__atlas?.placements() ?? 0) > 0, null, { timeout: 45_000 });
  }
  await page.waitForTimeout(900);
}

describe('every view at both sizes', () => {
  expect(PREPARED.length).toBeGreaterThan(0);
  for (const size of SIZES) {
    for (const view of [...TABS, ...PREPARED]) {
      it(`${view.id} at ${size.name}: screenshot written, no serious or critical axe finding`, async () => {
        const page = await chromium.browser.newPage({ viewport: { width: size.width, height: size.height } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${appUrl}?${size.embed ? 'embed=1&' : ''}${view.state}`);
        await settled(page);
        await page.screenshot({ path: `${OUTPUT}/${view.id}-${size.name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
