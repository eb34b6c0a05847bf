// The one-file export opened from file:// in a real Chromium with every network request refused: the app still runs.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHtmlCommand } from '../../src/cli/export-html';
import { launchChromium } from './browser';

const OUTPUT = 'tests/output';
const FIXTURE = 'tests/e2e/fixtures/two-actors.json';
const exported = resolve(OUTPUT, 'offline-talk.html');
const silent = { write: () => true };
mkdirSync(OUTPUT, { recursive: true });
const exitCode = await exportHtmlCommand([FIXTURE, '--out', exported, '--state', 'select=constructor'], {
  out: silent,
  err: silent,
});

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  outside: string[];
  errors: string[];
  /** Addresses of the workers the page started. */
  workers: string[];
}

/** Opens the exported file with every request that is not file:, data: or blob: refused and recorded. */
async function openOffline(query = ''): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const outside: string[] = [];
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`file://${exported}${query}`);
  return { page, outside, errors, workers };
}

describe('single-file export, offline', () => {
  it('was written', () => {
    expect(exitCode).toBe(0);
  });

  it('starts from file:// without asking the network for anything', async () => {
    const { page, outside, errors, workers } = await openOffline();
    await page.waitForSelector('header', { timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes('actors'), null, { timeout: 30_000 });
    await page.screenshot({ path: resolve(OUTPUT, 'offline-talk.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    // file:// workers and module workers from blob: URLs are refused there; the export makes them data: URLs.
    expect(workers.filter((url) => !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('carries the basemap inside the file (world-atlas, a "Topology" object)', () => {
    expect(readFileSync(exported, 'utf8')).toContain('Topology');
  });

  it('draws the map layout on the bundled basemap, still offline', async () => {
    const { page, outside, errors } = await openOffline('?layout=map');
    await page.waitForFunction(() => document.querySelectorAll('svg.basemap path').length > 20, null, {
      timeout: 45_000,
    });
    await page.screenshot({ path: resolve(OUTPUT, 'offline-map.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the embedded dataset and opens on the embedded view', async () => {
    const { page, outside } = await openOffline();
    await page.waitForFunction(() => document.body.innerText.includes('Two actors, one tie'), null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.body.innerText.includes('Constructor Agency'), null, { timeout: 30_000 });
    expect(outside).toEqual([]);
    await page.close();
  });
});
