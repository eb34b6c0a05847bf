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
/** The app reads the embedded dataset once its entry point calls readEmbeddedDataset (src/embed/embedded.ts). */
const appReadsEmbedded = readFileSync('src/main.tsx', 'utf8').includes('readEmbeddedDataset');

let browser: Browser;
const silent = { write: () => true };

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  const code = await exportHtmlCommand([FIXTURE, '--out', exported, '--state', 'select=constructor'], {
    out: silent,
    err: silent,
  });
  expect(code).toBe(0);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  outside: string[];
  errors: string[];
}

/** Opens the exported file with every request that is not file:, data: or blob: refused and recorded. */
async function openOffline(): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`file://${exported}`);
  return { page, outside, errors };
}

describe('single-file export, offline', () => {
  it('starts from file:// without asking the network for anything', async () => {
    const { page, outside, errors } = await openOffline();
    await page.waitForSelector('header', { timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes('actors'), null, { timeout: 30_000 });
    await page.screenshot({ path: resolve(OUTPUT, 'offline-talk.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!appReadsEmbedded)('shows the embedded dataset and opens on the embedded view', async () => {
    const { page, outside } = await openOffline();
    await page.waitForFunction(() => document.body.innerText.includes('Two actors, one tie'), null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.body.innerText.includes('Constructor Agency'), null, { timeout: 30_000 });
    expect(outside).toEqual([]);
    await page.close();
  });
});
