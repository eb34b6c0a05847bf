// ?data= downloads in Chromium: fetched by the parse worker, progress with bytes of the total, Cancel opens the sample, and an error worded for a 404.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const chromium = sharedChromium('tests/output');

/** Another origin (another port), as a real data host would be: it allows cross-origin reads. */
let server: Server;
let dataOrigin = '';
const TOTAL = 1_000_000;

beforeAll(async () => {
  server = createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (request.url === '/valid.json') {
      response.writeHead(200, { ...cors, 'content-type': 'application/json' });
      response.end(readFileSync('tests/fixtures/valid/spec-example.json'));
      return;
    }
    if (request.url === '/stalls.json') {
      // Sends a tenth of what it announces, then nothing: the download waits until the user cancels.
      response.writeHead(200, { ...cors, 'content-type': 'application/json', 'content-length': TOTAL });
      response.write(Buffer.alloc(TOTAL / 10, 0x20));
      return;
    }
    response.writeHead(404, { ...cors, 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  dataOrigin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const sampleShown = (page: Page) =>
  page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 45_000 });

describe('?data= downloads', { timeout: 90_000 }, () => {
  it('shows bytes read of the announced total with Cancel; Cancel opens the sample under a "cancelled" panel', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = `${dataOrigin}/stalls.json`;
    await page.goto(`${appUrl}?data=${encodeURIComponent(url)}`);
    const bytes = page.getByTestId('download-bytes');
    await expect.poll(() => bytes.textContent(), { timeout: 30_000 }).toBe('0.1 MB of 1.0 MB');
    const bar = page.getByRole('progressbar', { name: `Downloading ${url}` });
    expect(await bar.getAttribute('max')).toBe(String(TOTAL));
    await page.getByTestId('download-progress').getByRole('button', { name: 'Cancel' }).click();
    await sampleShown(page);
    const panel = page.getByRole('alert');
    expect(await panel.getByRole('heading').textContent()).toBe(`Stopped loading ${url}`);
    expect(await panel.textContent()).toContain('The bundled sample is shown.');
    expect(await panel.textContent()).toContain(`The download of ${url} was cancelled.`);
    expect(await page.getByTestId('download-progress').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
    await page.close();
  });

  it('words a 404 as the server saying the file is not there, with the sample under it', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = `${dataOrigin}/missing.json`;
    await page.goto(`${appUrl}?data=${encodeURIComponent(url)}`);
    await sampleShown(page);
    const panel = page.getByRole('alert');
    expect(await panel.getByRole('heading').textContent()).toBe(`The server refused ${url}`);
    expect(await panel.textContent()).toContain('the server says the file is not there');
    expect(await panel.textContent()).not.toContain('Fix these places');
    await page.close();
  });

  it('downloads the file in the parse worker: it is in the worker’s resource timing, not the page’s', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = `${dataOrigin}/valid.json`;
    await page.goto(`${appUrl}?data=${encodeURIComponent(url)}`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 45_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    // A worker the app ends between the listing and the question (a finished map or warm-up worker) fetched nothing
    // worth finding; the parse worker stays up for the next load, so it is still there to answer.
    const fetchedBy = async (scope: { evaluate: Page['evaluate'] }): Promise<boolean> =>
      scope
        .evaluate((name) => performance.getEntriesByType('resource').some((entry) => entry.name === name), url)
        .catch(() => false);
    expect(await fetchedBy(page)).toBe(false);
    const workers = await Promise.all(page.workers().map(fetchedBy));
    expect(workers.filter(Boolean)).toHaveLength(1);
    await page.close();
  });
});
